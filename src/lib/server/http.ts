/**
 * HTTP for readers at scale and for editors' requests: validators and caching headers that let a
 * CDN serve published timelines, and bounded reading of request bodies.
 */

/**
 * Whether an `If-None-Match` header matches an entity tag, by the weak comparison that RFC 9110
 * prescribes for it (`W/"x"` matches `"x"`), in a list or as `*`.
 *
 * @example
 * noneMatch('W/"abc", "def"', '"abc"'); // true
 * noneMatch(null, '"abc"'); // false
 */
export function noneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	const wanted = opaque(etag);
	return header.split(',').some((tag) => opaque(tag) === wanted);
}

/**
 * `Cache-Control` for what readers get (pages, embeds, datasets, oEmbed): anyone may store it,
 * and must check it is still current before using it again (a 304 when it is), so that each load
 * shows the latest version. `sharedMaxAge` (DATELINE_CDN_MAX_AGE) lets a CDN serve it without
 * asking for that many seconds: updates then reach readers up to that late.
 *
 * @example
 * readerCacheControl(0); // 'public, no-cache'
 * readerCacheControl(30); // 'public, max-age=0, s-maxage=30, must-revalidate'
 */
export function readerCacheControl(sharedMaxAge: number): string {
	return sharedMaxAge > 0
		? `public, max-age=0, s-maxage=${sharedMaxAge}, must-revalidate`
		: 'public, no-cache';
}

/** DATELINE_CDN_MAX_AGE, in seconds: a whole number, 0 (the default) when unset or malformed. */
export function sharedMaxAge(env: Record<string, string | undefined> = process.env): number {
	const value = Number(env.DATELINE_CDN_MAX_AGE ?? 0);
	return Number.isInteger(value) && value > 0 ? value : 0;
}

/** A request body larger than allowed. */
export class TooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`The request is larger than ${formatBytes(limit)}, the most this server accepts`);
		this.name = 'TooLargeError';
	}
}

/** `10485760` → `10 MB` (binary megabytes, as the limit is set). */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${+(bytes / 1024 / 1024).toFixed(1)} MB`
		: `${+(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Reads a request body as UTF-8 text, refusing it as soon as it passes `limit` bytes, whether
 * its `Content-Length` says so up front or a chunked body turns out longer.
 *
 * @throws TooLargeError
 */
export async function readText(request: Request, limit: number): Promise<string> {
	const declared = Number(request.headers.get('content-length') ?? NaN);
	if (declared > limit) throw new TooLargeError(limit);
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw new TooLargeError(limit);
		}
		chunks.push(value);
	}
	return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
