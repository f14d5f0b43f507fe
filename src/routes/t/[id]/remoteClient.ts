/**
 * The page's side of a dataset given by URL (`?src=`): it fetches the dataset, starts the worker
 * that parses and validates it (`remoteDataset.worker.ts`) and reads the same bytes itself
 * meanwhile (`readAhead.ts`), passes the progress on, and hands back the dataset once the worker
 * accepted it, or the reasons it was refused. The worker ends with its answer, and its memory
 * with it. Browser-only.
 */
import type { Dataset } from '$lib/data/schema';
import type { LoadProgress, RefusalReason, RemoteDataset, WorkerAnswer } from './remoteTypes';
import { takeReader } from './startReader';

export type { LoadProgress, RefusalReason, RemoteDataset, WorkerAnswer } from './remoteTypes';

/**
 * How a page introduces a refusal, after "The dataset at <src>": what went wrong, in words a
 * developer can act on. The lines of `error` follow it.
 */
export const REFUSAL_LEADS: Readonly<Record<RefusalReason, string>> = Object.freeze({
	address: 'cannot be loaded:',
	fetch: 'could not be fetched:',
	json: 'is not JSON:',
	contract: 'does not meet the Dateline contract:'
});

/** What a progress report says to a reader: "Downloading 12.5 of 40.1 MB", "Checking …". */
export function progressText({ phase, loaded, total }: LoadProgress): string {
	const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
	if (phase === 'fetch')
		return total && total >= loaded
			? `Downloading ${mb(loaded)} of ${mb(total)} MB`
			: `Downloading ${mb(loaded)} MB`;
	if (phase === 'parse') return `Reading ${mb(loaded)} MB of JSON`;
	if (phase === 'receive') return `Laying out ${loaded.toLocaleString('en-US')} events`;
	return 'Checking every event against the Dateline contract';
}

/**
 * Loads the dataset at `src` (absolute, or relative to `base`, the page's URL): fetched here,
 * validated off the main thread while the page reads its own copy, reporting progress; validated
 * here only where workers cannot run. `early` is the response to a request the page started
 * before its scripts loaded (`EarlyFetch.svelte`), if any: it is used instead of asking again.
 * `prepare` is given the events, in reading order, once the worker has accepted them, in a task
 * of its own before the result (`prepareEvents`).
 *
 * @example
 * const result = await loadInWorker(src, location.href, (p) => (progress = p));
 */
export async function loadInWorker(
	src: string,
	base: string,
	onprogress: (progress: LoadProgress) => void = () => {},
	early?: Promise<Response>,
	prepare: (events: Dataset['events']) => void = () => {}
): Promise<Exclude<RemoteDataset, { state: 'loading' }>> {
	// Started first (by the page as its code ran, `startReader`, or now), so the worker loads the
	// validator while the bytes come.
	const worker =
		takeReader() ??
		(typeof Worker === 'undefined'
			? null
			: new Worker(new URL('./remoteDataset.worker.ts', import.meta.url), { type: 'module' }));
	// Loaded now, not with the page's code: only a page given a dataset by URL reads one.
	const [{ fetchDataset, readDataset }, { ReadAhead }] = await Promise.all([
		import('./remoteDataset'),
		import('./readAhead')
	]);
	const fetched = await fetchDataset(src, base, early ? () => early : fetch, onprogress);
	if (fetched.state === 'refused' || !worker) {
		worker?.terminate();
		return fetched.state === 'refused' ? fetched : readDataset(fetched, onprogress);
	}
	// The page reads the same bytes while the worker checks them (`readAhead.ts`), in tasks of
	// about a frame (but the parse, one step), and keeps its reading once the worker accepts them.
	const ahead = new ReadAhead(fetched.bytes);
	const next = () => {
		const until = performance.now() + 16;
		while (ahead.step()) if (performance.now() > until) return void setTimeout(next);
	};
	return new Promise((resolve) => {
		worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			if (answer.type === 'progress') return onprogress(answer.progress);
			worker.terminate();
			if (answer.type === 'refused') {
				ahead.drop();
				return resolve(answer.result);
			}
			const dataset = ahead.accepted();
			const count = dataset.events.length;
			onprogress({ phase: 'receive', loaded: count, total: count });
			// `prepare` (the timeline's indexes) runs in a task of its own, and the timeline draws
			// in the next: each a fraction of what both together would hold the page for at
			// 100,000 events.
			setTimeout(() => {
				prepare(dataset.events);
				setTimeout(() => resolve({ state: 'ok', src, dataset }));
			});
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			ahead.drop();
			resolve({
				state: 'refused',
				src,
				reason: 'fetch',
				error: `${src}: the dataset could not be read (${event.message || 'the reader stopped'}).`
			});
		};
		// A copy of the bytes: the page keeps its own to read.
		worker.postMessage(fetched);
		setTimeout(next);
	});
}

/**
 * The response to the request `EarlyFetch.svelte` started for `src`, once (null when it started
 * none, or for another address).
 */
export function takeEarlyFetch(src: string): Promise<Response> | undefined {
	const holder = globalThis as { __datelineEarly?: { src: string; response: Promise<Response> } };
	const early = holder.__datelineEarly;
	delete holder.__datelineEarly;
	return early?.src === src ? early.response : undefined;
}
