/**
 * Checks a dataset given by URL off the main thread (issue 15): the page posts the bytes it
 * fetched (`FetchedDataset`, a copy) and receives progress, then the verdict: accepted, or the
 * reasons it was refused. The page reads its own copy of the bytes meanwhile (`readAhead.ts`)
 * and keeps it once accepted, so the events are never copied back. The validator loads with the
 * worker, while the page is still fetching.
 */
// With the worker, not on demand: `readDataset` imports it once the bytes come, by then loaded.
import '$lib/data/schema';
import type { WorkerAnswer } from './remoteClient';
import { readDataset, type FetchedDataset } from './remoteDataset';

const post = (answer: WorkerAnswer) => self.postMessage(answer);

self.onmessage = async (event: MessageEvent<FetchedDataset>) => {
	const result = await readDataset(event.data, (progress) => post({ type: 'progress', progress }));
	post(result.state === 'ok' ? { type: 'accepted' } : { type: 'refused', result });
};
