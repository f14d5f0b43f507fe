/**
 * The `?src=<dataset URL>` mode of the timeline page: newsroom developers point the page at their
 * own dataset, which is fetched in the browser and validated against the same contract as every
 * published one. The validator (zod) is loaded only in this mode, by dynamic import, so the
 * reader's bundle for published timelines stays light.
 */
import type { Dataset } from '$lib/data/schema';

/** A dataset given by URL: loaded and valid, or refused with every reason, one per line. */
export type RemoteDataset =
	| { state: 'loading'; src: string }
	| { state: 'ok'; src: string; dataset: Dataset }
	| { state: 'refused'; src: string; error: string };

/**
 * Fetches and validates the dataset at `src` (absolute, or relative to `base`).
 *
 * @example
 * await loadRemoteDataset('/data/mine.json', location.href); // { state: 'ok', … } or 'refused'
 */
export async function loadRemoteDataset(
	src: string,
	base: string,
	fetcher: typeof fetch = fetch
): Promise<RemoteDataset> {
	const refuse = (error: string): RemoteDataset => ({ state: 'refused', src, error });
	let url: URL;
	try {
		url = new URL(src, base);
	} catch {
		return refuse(`${src}: not a URL`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return refuse(`${src}: only http and https URLs can be loaded`);
	}
	let text: string;
	try {
		const response = await fetcher(url, { headers: { accept: 'application/json' } });
		if (!response.ok) {
			return refuse(`${src}: the server answered ${response.status} ${response.statusText}`.trim());
		}
		text = await response.text();
	} catch (error) {
		return refuse(
			`${src}: could not be fetched (${(error as Error).message}); is the server up, and does it allow cross-origin requests (CORS)?`
		);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return refuse(`${src}: not valid JSON: ${(error as Error).message}`);
	}
	const { validateDataset, DatasetError } = await import('$lib/data/schema');
	try {
		return { state: 'ok', src, dataset: validateDataset(value, src) };
	} catch (error) {
		if (error instanceof DatasetError) return refuse(error.message);
		throw error;
	}
}
