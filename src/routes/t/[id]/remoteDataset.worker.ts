/**
 * Reads a dataset given by URL off the main thread (issue 15): the page posts the bytes it
 * fetched (`FetchedDataset`, transferred, not copied) and receives progress, then the dataset,
 * its events already in reading order (so the timeline and the list need not sort them) and sent
 * in batches ahead of the rest (copying 100,000 events into the page at once would hold it for
 * half a second), or the reasons it was refused. The validator loads with the worker, while the page is still fetching.
 */
// With the worker, not on demand: `readDataset` imports it once the bytes come, by then loaded.
import '$lib/data/schema';
import { compareChronologically } from '$lib/timeline/timelineData';
import type { WorkerAnswer } from './remoteClient';
import { readDataset, type FetchedDataset } from './remoteDataset';

const post = (answer: WorkerAnswer) => self.postMessage(answer);

/** Events per message: each is copied into the page as one short task, so the page keeps answering. */
const BATCH = 5_000;

self.onmessage = async (event: MessageEvent<FetchedDataset>) => {
	const result = await readDataset(event.data, (progress) => post({ type: 'progress', progress }));
	if (result.state !== 'ok') return post({ type: 'done', result });
	const { events, ...rest } = result.dataset;
	events.sort(compareChronologically);
	for (let i = 0; i < events.length; i += BATCH)
		post({ type: 'events', events: events.slice(i, i + BATCH) });
	post({ type: 'done', result: { ...result, dataset: { ...rest, events: [] } } });
};
