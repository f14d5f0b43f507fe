/**
 * The page's side of a dataset given by URL (`?src=`): it takes the worker that fetches, parses
 * and validates the dataset (`remoteDataset.worker.ts`), started as the page's HTML arrived
 * (`EarlyFetch.svelte`), or fetches the dataset and starts one; reads the same bytes itself meanwhile
 * (`readAhead.ts`), passes the progress on, and hands back the dataset once the worker accepted
 * it, or the reasons it was refused. The worker ends with its answer, and its memory with it.
 * Browser-only; loaded only by a page given a dataset by URL, with what it reads the bytes with.
 */
import { plainNames } from '$lib/data/plainNames';
import type { Dataset } from '$lib/data/schema';
import { thousands } from '$lib/data/thousands';
import { ReadAhead } from './readAhead';
import { fetchDataset, readDataset } from './remoteDataset';
import type { LoadProgress, RefusalReason, RemoteDataset, WorkerAnswer } from './remoteTypes';

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
	if (phase === 'receive') return `Laying out ${thousands(loaded)} events`;
	return 'Checking every event against the Dateline contract';
}

/**
 * What `EarlyFetch.svelte` started as the page's HTML arrived, left on `window.__datelineEarly`:
 * the worker, already fetching `src`, and what it said before the page listened (messages, or the
 * error of a worker whose code could not load).
 */
export interface EarlyStart {
	src: string;
	worker: Worker;
	heard: (MessageEvent<WorkerAnswer> | ErrorEvent)[];
}

/**
 * Loads the dataset at `src` (absolute, or relative to `base`, the page's URL): fetched, then
 * validated off the main thread while the page reads its own copy, reporting progress; validated
 * here only where workers cannot run. `early` is the worker the page started for it before its
 * scripts loaded (`EarlyFetch.svelte`), if any, which fetches it too. `prepare` is given the
 * events, in reading order, once the worker has accepted them, in a task of its own before the
 * result (`prepareEvents`).
 *
 * @example
 * const result = await loadInWorker(src, location.href, (p) => (progress = p), takeEarlyStart(src));
 */
export async function loadInWorker(
	src: string,
	base: string,
	onprogress: (progress: LoadProgress) => void = () => {},
	early?: EarlyStart,
	prepare: (events: Dataset['events']) => void = () => {}
): Promise<Exclude<RemoteDataset, { state: 'loading' }>> {
	if (early) {
		// Its first word says whether its code loaded: until the page listens, what it says is
		// kept in `heard`. One whose code could not load (a flaky connection) is replaced, and the
		// page fetches the dataset itself.
		if (!early.heard.length)
			await new Promise((heard) => {
				early.worker.addEventListener('message', heard, { once: true });
				early.worker.addEventListener('error', heard, { once: true });
			});
		if (early.heard[0] instanceof MessageEvent)
			return verdict(src, early.worker, onprogress, prepare, early.heard);
		early.worker.terminate();
	}
	const worker =
		typeof Worker === 'undefined'
			? null
			: new Worker(new URL('./remoteDataset.worker.ts', import.meta.url), { type: 'module' });
	const fetched = await fetchDataset(src, base, fetch, onprogress);
	if (fetched.state === 'refused' || !worker) {
		worker?.terminate();
		return fetched.state === 'refused' ? fetched : readDataset(fetched, onprogress);
	}
	// A copy of the bytes: the page keeps its own to read.
	worker.postMessage(fetched);
	return verdict(src, worker, onprogress, prepare, [], fetched.bytes);
}

/**
 * The worker's verdict on a dataset's bytes, which the page reads meanwhile: `bytes` when the
 * page fetched them, or as the worker posts them when it fetched them itself. `heard` is what
 * the worker said before the page listened, taken first.
 */
function verdict(
	src: string,
	worker: Worker,
	onprogress: (progress: LoadProgress) => void,
	prepare: (events: Dataset['events']) => void,
	heard: EarlyStart['heard'],
	bytes?: Uint8Array
): Promise<Exclude<RemoteDataset, { state: 'loading' }>> {
	// The page reads the same bytes while the worker checks them (`readAhead.ts`), in tasks of
	// about a frame (but the parse, one step), and keeps its reading once the worker accepts them.
	let ahead: ReadAhead | null = null;
	const read = (bytes: Uint8Array) => {
		const reading = (ahead = new ReadAhead(bytes, prepare));
		const next = () => {
			const until = performance.now() + 16;
			while (reading.step()) if (performance.now() > until) return void setTimeout(next);
		};
		setTimeout(next);
	};
	if (bytes) read(bytes);
	return new Promise((resolve) => {
		worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			if (answer.type === 'progress') return onprogress(answer.progress);
			if (answer.type === 'bytes') return read(answer.bytes);
			if (answer.type === 'refused') {
				worker.terminate();
				ahead?.drop();
				return resolve(answer.result);
			}
			// The worker accepts only bytes it read, and it posted them before its verdict.
			// Its titles and names as the reader sees them (`plainNames`).
			const dataset = plainNames(ahead!.accepted());
			const count = dataset.events.length;
			onprogress({ phase: 'receive', loaded: count, total: count });
			// `prepare` (the timeline's indexes) ran ahead with the reading, as a step of its own,
			// and is remembered; when the verdict came first it runs now, in a task of its own, and
			// the timeline draws in the next: each a fraction of what both together would hold the
			// page for at 100,000 events.
			setTimeout(() => {
				prepare(dataset.events);
				setTimeout(() => resolve({ state: 'ok', src, dataset }));
				// The worker has said all it will: ended once the drawing is painted, whose frame
				// need not wait for its thread to be torn down (some milliseconds of the page's).
				setTimeout(() => requestAnimationFrame(() => setTimeout(() => worker.terminate())));
			});
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			ahead?.drop();
			resolve({
				state: 'refused',
				src,
				reason: 'fetch',
				error: `${src}: the dataset could not be read (${event.message || 'the reader stopped'}).`
			});
		};
		for (const event of heard) {
			if (event instanceof MessageEvent) worker.onmessage(event);
			else worker.onerror(event);
		}
	});
}

/**
 * What `EarlyFetch.svelte` started for `src`, once (undefined when it started nothing, or for
 * another address).
 */
export function takeEarlyStart(src: string): EarlyStart | undefined {
	const holder = globalThis as { __datelineEarly?: EarlyStart };
	const early = holder.__datelineEarly;
	delete holder.__datelineEarly;
	if (early?.src === src) return early;
	early?.worker.terminate();
}
