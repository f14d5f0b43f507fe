/**
 * Starts the worker that reads a dataset given by URL (`remoteDataset.worker.ts`) as soon as the
 * page's code runs, before it hydrates: the worker's code (with the validator, zod) then loads
 * while the page hydrates and the dataset downloads (`EarlyFetch.svelte`), not after. A few bytes
 * in the reader's page; the worker's own code is loaded only with `?src=`.
 */

let started: Worker | null = null;
/** Whether it failed before it was taken (its code could not load): then it is not handed over. */
let failed = false;

/**
 * Starts the reader's worker when the page has a `?src=` and workers can run (once).
 *
 * @example
 * startReader(); // in a page's module script; `loadInWorker` then takes it (`takeReader`)
 */
export function startReader(): void {
	if (started || typeof Worker !== 'function' || !/[?&]src=/.test(location.search)) return;
	started = new Worker(new URL('./remoteDataset.worker.ts', import.meta.url), { type: 'module' });
	started.addEventListener('error', () => (failed = true), { once: true });
}

/**
 * The worker `startReader` started, handed over once; null when none was started, or it failed
 * already (the caller starts another, whose failure it hears).
 */
export function takeReader(): Worker | null {
	const worker = failed ? null : started;
	if (failed) started?.terminate();
	started = null;
	return worker;
}
