/**
 * Reads a dataset given by URL off the main thread (issue 15): the page posts the bytes it
 * fetched (`FetchedDataset`, transferred, not copied) and receives progress, then the dataset,
 * its events already in reading order (so the timeline and the list need not sort them), or the
 * reasons it was refused. The validator loads with the worker, while the page is still fetching.
 */
// With the worker, not on demand: `readDataset` imports it once the bytes come, by then loaded.
import '$lib/data/schema';
import { compareChronologically } from '$lib/timeline/timelineData';
import type { WorkerAnswer } from './remoteClient';
import { readDataset, type FetchedDataset } from './remoteDataset';

const post = (answer: WorkerAnswer) => self.postMessage(answer);

self.onmessage = async (event: MessageEvent<FetchedDataset>) => {
	const result = await readDataset(event.data, (progress) => post({ type: 'progress', progress }));
	if (result.state === 'ok') result.dataset.events.sort(compareChronologically);
	post({ type: 'done', result });
};
