/**
 * Reads and checks a dataset given by URL off the main thread (issue 15). It is handed either the
 * bytes the page fetched (`FetchedDataset`, a copy), or, as the page's HTML arrives, the answer
 * the page has begun to receive (`AnsweredDataset`, its body streaming in) or only the address
 * (`RequestedDataset`, when the page could not hand the answer over: then it fetches the dataset
 * itself), both from `EarlyFetch.svelte`. It reads the body, reporting the bytes received,
 * whatever the page's main thread is busy with, and posts the page a copy of the bytes. It reports progress, then its verdict: accepted, or the reasons it was
 * refused. The page reads its own copy of the bytes meanwhile (`readAhead.ts`) and keeps it once
 * accepted, so the events are never copied back.
 */
import type { LoadProgress, WorkerAnswer } from './remoteTypes';
import {
	answered,
	fetchDataset,
	readDataset,
	type AnsweredDataset,
	type FetchedDataset,
	type RequestedDataset
} from './remoteDataset';

// The validator starts loading now, not once the bytes have come (`readDataset` imports it):
// the dataset downloads while it loads. Not the schema (zod): only a broken dataset needs it.
import('$lib/data/quickValidate');

const post = (answer: WorkerAnswer, transfer: Transferable[] = []) =>
	self.postMessage(answer, { transfer });
const onprogress = (progress: LoadProgress) => post({ type: 'progress', progress });

self.onmessage = async (
	event: MessageEvent<FetchedDataset | RequestedDataset | AnsweredDataset>
) => {
	let fetched = event.data;
	if (fetched.state === 'requested' || fetched.state === 'answered') {
		const { src, base } = fetched;
		const fetcher = fetched.state === 'answered' ? answered(fetched) : fetch;
		const answer = await fetchDataset(src, base, fetcher, onprogress);
		if (answer.state === 'refused') return post({ type: 'refused', result: answer });
		// A copy, handed over whole (a copied buffer, not one cloned on the way): the page parses
		// its own while this one is checked.
		const copy = answer.bytes.slice();
		post({ type: 'bytes', bytes: copy }, [copy.buffer]);
		fetched = answer;
	}
	const result = await readDataset(fetched, onprogress);
	post(result.state === 'ok' ? { type: 'accepted' } : { type: 'refused', result });
};
