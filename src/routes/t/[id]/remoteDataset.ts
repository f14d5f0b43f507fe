/**
 * The `?src=<dataset URL>` mode of the timeline page: newsroom developers point the page at their
 * own dataset, which is fetched in the browser and validated against the same contract as every
 * published one. A Web Worker fetches it (`fetchDataset`) and reads it (`readDataset`, in
 * `remoteDataset.worker.ts`, started as the page's HTML arrives by `EarlyFetch.svelte`, which
 * asks for the dataset then and hands the worker the answer, or by `remoteClient.ts`, which then
 * fetches it itself), so fetching, parsing and validating a 40 MB
 * dataset never blocks the page nor waits for it, and the validator (zod) loads only there,
 * keeping the reader's page light.
 *
 * A refusal says which step failed, because each has its own fix: the address (`address`), the
 * request (`fetch`: a status, or no readable answer at all, which is how the browser reports both a
 * server that is down and one that does not allow cross-origin reads), the JSON syntax (`json`,
 * with the line and column), or the contract (`contract`, one line per problem with its path).
 */
import { DatasetError } from '$lib/data/issueText';
import { jsonSyntaxError } from '$lib/data/jsonSyntax';
import type { Dataset } from '$lib/data/schema';
import type { LoadProgress, RefusalReason, RemoteDataset } from './remoteTypes';

/** A dataset given by URL, fetched: its bytes, not yet read. */
export interface FetchedDataset {
	state: 'fetched';
	src: string;
	/** The absolute URL it was fetched from. */
	url: string;
	/** The content type the server sent. */
	type: string;
	bytes: Uint8Array;
}

/**
 * A dataset given by URL, not yet asked for: the worker fetches it (`fetchDataset`), started as
 * the page's HTML arrives (`EarlyFetch.svelte`).
 */
export interface RequestedDataset {
	state: 'requested';
	src: string;
	/** The page's URL: `src` is relative to it, and a failure is told from its point of view. */
	base: string;
}

/**
 * A dataset given by URL that the page asked for as its HTML arrived (`EarlyFetch.svelte`), while
 * the worker's thread was still starting: the answer's status, headers and body, the body handed
 * over whole (a transferred stream, read by the worker as it comes).
 */
export interface AnsweredDataset {
	state: 'answered';
	src: string;
	/** The page's URL, as for `RequestedDataset`. */
	base: string;
	status: number;
	statusText: string;
	/** The headers the reading needs: content-type and content-length, when sent. */
	headers: [string, string][];
	body: ReadableStream<Uint8Array> | null;
}

/**
 * A fetch that gives the answer the page already received (`AnsweredDataset`), so that the
 * worker reads it as it reads one it fetched itself (`fetchDataset`): the same checks, progress
 * and refusals.
 *
 * @example
 * await fetchDataset(answer.src, answer.base, answered(answer), onprogress);
 */
export function answered(answer: AnsweredDataset): typeof fetch {
	const { status, statusText, headers } = answer;
	// A status that has no body (204, 304…) cannot carry one into a Response.
	const body = [101, 103, 204, 205, 304].includes(status) ? null : answer.body;
	return () => Promise.resolve(new Response(body, { status, statusText, headers }));
}

type Refused = Extract<RemoteDataset, { state: 'refused' }>;
type Loaded = Exclude<RemoteDataset, { state: 'loading' }>;

const refusal = (src: string, reason: RefusalReason, error: string): Refused => ({
	state: 'refused',
	src,
	reason,
	error
});

/**
 * Fetches and validates the dataset at `src` (absolute, or relative to `base`, the page's URL),
 * telling `onprogress` how far it has got: the bytes received (of how many, when the server says),
 * then reading the JSON, then checking the contract. The two halves, `fetchDataset` and
 * `readDataset`, run apart in the browser: the page fetches (it can start before its scripts
 * load), a worker reads.
 *
 * @example
 * await loadRemoteDataset('/data/mine.json', location.href); // { state: 'ok', … } or 'refused'
 */
export async function loadRemoteDataset(
	src: string,
	base: string,
	fetcher: typeof fetch = fetch,
	onprogress: (progress: LoadProgress) => void = () => {}
): Promise<Loaded> {
	const fetched = await fetchDataset(src, base, fetcher, onprogress);
	return fetched.state === 'fetched' ? readDataset(fetched, onprogress) : fetched;
}

/**
 * Fetches the dataset at `src` (absolute, or relative to `base`), reporting the bytes received;
 * refused when it is not an http(s) URL, or no answer could be read.
 */
export async function fetchDataset(
	src: string,
	base: string,
	fetcher: typeof fetch = fetch,
	onprogress: (progress: LoadProgress) => void = () => {}
): Promise<FetchedDataset | Refused> {
	let url: URL;
	try {
		url = new URL(src, base);
	} catch {
		return refusal(src, 'address', `${src}: not a URL`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return refusal(src, 'address', `${src}: only http and https URLs can be loaded`);
	}
	try {
		const response = await fetcher(url, { headers: { accept: 'application/json' } });
		if (!response.ok) {
			return refusal(
				src,
				'fetch',
				`${url.href}: the server answered ${response.status} ${response.statusText}`.trim()
			);
		}
		const type = response.headers.get('content-type') ?? '';
		return {
			state: 'fetched',
			src,
			url: url.href,
			type,
			bytes: await readBytes(response, onprogress)
		};
	} catch (error) {
		return refusal(src, 'fetch', unreadable(url, new URL(base), error));
	}
}

/** Reads a fetched dataset: its text as UTF-8, the JSON, then the contract. */
export async function readDataset(
	{ src, url, type, bytes }: FetchedDataset,
	onprogress: (progress: LoadProgress) => void = () => {}
): Promise<Loaded> {
	onprogress({ phase: 'parse', loaded: bytes.length, total: bytes.length });
	let value: unknown;
	try {
		value = jsonOf(bytes);
	} catch (error) {
		const text = textOf(bytes);
		return refusal(src, 'json', notJson(new URL(url), text, type, error));
	}
	onprogress({ phase: 'validate', loaded: 0, total: null });
	// The schema (zod) loads only for a dataset whose structure the quick check does not vouch
	// for, to name what is wrong with it (`quickValidate.ts`).
	const { soundDatasetProblems } = await import('$lib/data/quickValidate');
	const problems =
		soundDatasetProblems(value) ?? (await import('$lib/data/schema')).datasetProblems(value);
	if (problems.length) return refusal(src, 'contract', new DatasetError(url, problems).message);
	return { state: 'ok', src, dataset: value as Dataset };
}

/**
 * A dataset's bytes as text (UTF-8, a byte order mark dropped) and as JSON: the one reading, by
 * the worker that checks a dataset and by the page that keeps what it accepted (`readAhead.ts`),
 * so both hold the same value.
 */
const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const jsonOf = (bytes: Uint8Array): unknown => JSON.parse(textOf(bytes));

/**
 * The body's bytes, read chunk by chunk so the bytes received can be reported (at most every
 * 64 kB, and at the end).
 */
async function readBytes(
	response: Response,
	onprogress: (progress: LoadProgress) => void
): Promise<Uint8Array> {
	const length = Number(response.headers.get('content-length'));
	const total = Number.isFinite(length) && length > 0 ? length : null;
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	let reported = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		if (loaded - reported >= 65_536) {
			reported = loaded;
			onprogress({ phase: 'fetch', loaded, total });
		}
	}
	onprogress({ phase: 'fetch', loaded, total: total ?? loaded });
	const bytes = new Uint8Array(loaded);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}

/**
 * Why a request gave no answer the page may read. The browser does not say whether the server
 * was unreachable or refused cross-origin reading (it hides that on purpose), so a request to
 * another origin names both, and the header that allows the read.
 */
function unreadable(url: URL, page: URL, error: unknown): string {
	const cause = error instanceof Error && error.message ? ` (${error.message})` : '';
	const lines = [`${url.href}: no answer could be read${cause}.`];
	if (page.protocol === 'https:' && url.protocol === 'http:') {
		lines.push(`This page is https: browsers do not let it load http URLs. Serve it over https.`);
	}
	if (url.origin === page.origin) {
		lines.push('Is the server up?');
	} else {
		lines.push(
			`Either the server could not be reached, or it answered without allowing ${page.origin} to read it.`,
			'A dataset on another site must be served with the header',
			`  Access-Control-Allow-Origin: ${page.origin}`,
			'(or Access-Control-Allow-Origin: * for any site).'
		);
	}
	return lines.join('\n');
}

/** Where and why `text` is not JSON, with the line around the spot and a caret under it. */
function notJson(url: URL, text: string, type: string, error: unknown): string {
	const sentAs = type && !/\bjson\b/i.test(type) ? ` (the server sent it as ${type})` : '';
	if (text.trim() === '') return `${url.href}: the answer is empty${sentAs}.`;
	const at = jsonSyntaxError(text);
	if (!at) return `${url.href}: not valid JSON: ${(error as Error).message}${sentAs}`;
	const found = at.offset < text.length ? JSON.stringify(text[at.offset]) : 'the end of the text';
	return [
		`${url.href}: not valid JSON at line ${at.line}, column ${at.column}: expected ${at.expected}, found ${found}${sentAs}`,
		...excerpt(text, at.offset)
	].join('\n');
}

/**
 * The part of the offset's line around it (at most 60 characters) and a caret under the spot;
 * after the line before too when the spot opens its line, as the culprit is often at the end of
 * the previous one (a trailing comma, a missing one).
 */
function excerpt(text: string, offset: number): string[] {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const lineEnd = text.indexOf('\n', offset);
	const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
	const at = offset - lineStart;
	const from = Math.max(0, at - 30);
	// One character per column, so the caret lines up: control characters become spaces.
	const shown = line.slice(from, at + 30).replace(/\p{Cc}/gu, ' ');
	const lead = from > 0 ? '…' : '';
	const before: string[] = [];
	if (lineStart > 0 && line.slice(0, at).trim() === '') {
		const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
		const tail = previous.slice(-60).replace(/\p{Cc}/gu, ' ');
		before.push(`  ${previous.length > 60 ? '…' : ''}${tail}`);
	}
	return [
		...before,
		`  ${lead}${shown}${at + 30 < line.length ? '…' : ''}`,
		`  ${' '.repeat(lead.length + at - from)}^`
	];
}
