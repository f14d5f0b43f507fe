/**
 * Checks a dataset given by URL off the main thread (issue 15). It is handed either the bytes the
 * page fetched (`FetchedDataset`, a copy), or, as the page's HTML arrives, the body of the answer
 * still arriving (`StreamedDataset`, from `EarlyFetch.svelte`): then it reads the body, reporting
 * the bytes received, and posts the page a copy of them. It reports progress, then its verdict:
 * accepted, or the reasons it was refused. The page reads its own copy of the bytes meanwhile
 * (`readAhead.ts`) and keeps it once accepted, so the events are never copied back. The validator
 * loads with the worker, while the page is still fetching.
 */
import type { LoadProgress, WorkerAnswer } from './remoteTypes';
import {
	readDataset,
	readStreamed,
	type FetchedDataset,
	type StreamedDataset
} from './remoteDataset';

// The validator starts loading now, not once the bytes have come (`readDataset` imports it):
// the body is read while it loads.
import('$lib/data/schema');

const post = (answer: WorkerAnswer) => self.postMessage(answer);
const onprogress = (progress: LoadProgress) => post({ type: 'progress', progress });

self.onmessage = async (event: MessageEvent<FetchedDataset | StreamedDataset>) => {
	let fetched = event.data;
	if (fetched.state === 'streamed') {
		const read = await readStreamed(fetched, onprogress);
		if (read.state === 'refused') return post({ type: 'refused', result: read });
		// A copy: the page parses its own while this one is checked.
		post({ type: 'bytes', bytes: read.bytes });
		fetched = read;
	}
	const result = await readDataset(fetched, onprogress);
	post(result.state === 'ok' ? { type: 'accepted' } : { type: 'refused', result });
};
