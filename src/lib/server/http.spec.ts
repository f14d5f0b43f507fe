import { describe, expect, it } from 'vitest';
import { noneMatch, readerCacheControl, readText, sharedMaxAge, TooLargeError } from './http';

describe('noneMatch', () => {
	it('matches by the weak comparison, in lists and as *', () => {
		expect(noneMatch('"abc"', '"abc"')).toBe(true);
		expect(noneMatch('W/"abc"', '"abc"')).toBe(true);
		expect(noneMatch('"abc"', 'W/"abc"')).toBe(true);
		expect(noneMatch('"x", W/"abc" ,"y"', '"abc"')).toBe(true);
		expect(noneMatch('*', '"abc"')).toBe(true);
	});

	it('does not match another tag, a tag without quotes, or nothing', () => {
		expect(noneMatch('"abd"', '"abc"')).toBe(false);
		expect(noneMatch('abc', '"abc"')).toBe(false);
		expect(noneMatch(null, '"abc"')).toBe(false);
		expect(noneMatch('', '"abc"')).toBe(false);
	});
});

describe('caching', () => {
	it('makes every reader revalidate, and lets a CDN hold copies only when told', () => {
		expect(readerCacheControl(sharedMaxAge({}))).toBe('public, no-cache');
		expect(readerCacheControl(sharedMaxAge({ DATELINE_CDN_MAX_AGE: '30' }))).toBe(
			'public, max-age=0, s-maxage=30, must-revalidate'
		);
		expect(sharedMaxAge({ DATELINE_CDN_MAX_AGE: '-5' })).toBe(0);
		expect(sharedMaxAge({ DATELINE_CDN_MAX_AGE: '1.5' })).toBe(0);
	});
});

describe('readText', () => {
	const stream = (chunks: string[]) =>
		new ReadableStream<Uint8Array>({
			start(controller) {
				for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
				controller.close();
			}
		});

	it('reads a body within the limit', async () => {
		const request = new Request('http://x/', { method: 'PUT', body: 'é'.repeat(10) });
		expect(await readText(request, 20)).toBe('é'.repeat(10));
	});

	it('refuses a body whose Content-Length is over the limit before reading it', async () => {
		const request = new Request('http://x/', {
			method: 'PUT',
			body: 'x'.repeat(100),
			headers: { 'content-length': '100' }
		});
		await expect(readText(request, 99)).rejects.toThrow(TooLargeError);
	});

	it('refuses a chunked body as soon as it passes the limit', async () => {
		const request = new Request('http://x/', {
			method: 'PUT',
			body: stream(['x'.repeat(60), 'x'.repeat(60), 'x'.repeat(60)]),
			duplex: 'half'
		} as RequestInit);
		await expect(readText(request, 100)).rejects.toThrow(
			'The request is larger than 0.1 KB, the most this server accepts'
		);
	});
});
