/**
 * The page's side of a dataset given by URL (`?src=`): it starts the worker that fetches, parses
 * and validates the dataset (`remoteDataset.worker.ts`), passes its progress on, and hands back
 * the dataset, or the reasons it was refused. The worker ends with its answer, and its memory
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
 * read and validated off the main thread, reporting progress; read here only where workers
 * cannot run. `early` is the response to a request the page started before its scripts loaded
 * (`EarlyFetch.svelte`), if any: it is used instead of asking again. `prepare` is given the events
 * once they are all here, in a task of its own, before the result (`prepareEvents`).
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
	const { fetchDataset, readDataset } = await import('./remoteDataset');
	const fetched = await fetchDataset(src, base, early ? () => early : fetch, onprogress);
	if (fetched.state === 'refused' || !worker) {
		worker?.terminate();
		return fetched.state === 'refused' ? fetched : readDataset(fetched, onprogress);
	}
	return new Promise((resolve) => {
		const events: Dataset['events'] = [];
		worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			if (answer.type === 'progress') return onprogress(answer.progress);
			if (answer.type === 'events') {
				for (const e of answer.events) events.push(e);
				return onprogress({ phase: 'receive', loaded: events.length, total: null });
			}
			worker.terminate();
			if (answer.result.state !== 'ok') return resolve(answer.result);
			answer.result.dataset.events = events;
			// `prepare` (the timeline's indexes) runs in a task of its own, and the timeline draws
			// in the next: each a fraction of what both together would hold the page for at
			// 100,000 events.
			const { result } = answer;
			setTimeout(() => {
				prepare(events);
				setTimeout(() => resolve(result));
			});
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			resolve({
				state: 'refused',
				src,
				reason: 'fetch',
				error: `${src}: the dataset could not be read (${event.message || 'the reader stopped'}).`
			});
		};
		worker.postMessage(fetched, [fetched.bytes.buffer]);
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
