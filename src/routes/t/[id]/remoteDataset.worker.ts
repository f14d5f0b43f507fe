/**
 * Fetches, parses and validates a dataset given by URL, off the main thread (issue 15): the page
 * posts `{ src, base }` and receives progress, then the dataset, its events already in reading
 * order (so the timeline and the list need not sort them), or the reasons it was refused.
 */
import { compareChronologically } from '$lib/timeline/timelineData';
import type { WorkerAnswer } from './remoteClient';
import { loadRemoteDataset } from './remoteDataset';

const post = (answer: WorkerAnswer) => self.postMessage(answer);

self.onmessage = async (event: MessageEvent<{ src: string; base: string }>) => {
	const { src, base } = event.data;
	const result = await loadRemoteDataset(src, base, fetch, (progress) =>
		post({ type: 'progress', progress })
	);
	if (result.state === 'ok') result.dataset.events.sort(compareChronologically);
	post({ type: 'done', result });
};
