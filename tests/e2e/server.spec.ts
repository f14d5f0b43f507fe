/**
 * The server as a CDN and an attacker see it: validators and caching on everything readers get,
 * 304s, security headers, and every kind of bad write refused with its reason.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
	publishFromPage,
	publishInEditor,
	retitleAndPublish,
	seed,
	signIn,
	timeline,
	uniqueId
} from './helpers/editors';

const READER_PATHS = [
	'/',
	`/t/${seed.id}/`,
	`/embed/${seed.id}/`,
	`/t/${seed.id}.json`,
	`/oembed/${seed.id}.json`
];

async function get(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
	return request.get(path, { headers, maxRedirects: 0 });
}

test.describe('what readers get', () => {
	for (const path of READER_PATHS) {
		test(`${path} carries an ETag and Cache-Control, and answers 304 when unchanged`, async ({
			request
		}) => {
			const first = await get(request, path);
			expect(first.status()).toBe(200);
			const etag = first.headers().etag;
			expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
			expect(first.headers()['cache-control']).toBe('public, no-cache');
			const again = await get(request, path, { 'if-none-match': etag });
			expect(again.status()).toBe(304);
			expect(await again.body()).toHaveLength(0);
			expect(again.headers().etag).toBe(etag);
			const other = await get(request, path, { 'if-none-match': '"something-else"' });
			expect(other.status()).toBe(200);
		});
	}

	test('the dataset is the stored version, readable from any site', async ({ request }) => {
		const response = await get(request, `/t/${seed.id}.json`);
		expect(response.headers()['access-control-allow-origin']).toBe('*');
		expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
		expect((await response.json()).events).toHaveLength(seed.events.length);
	});

	test('a new version changes the validators, so the next load gets it', async ({ page }) => {
		const id = uniqueId('validators');
		await signIn(page);
		await publishInEditor(page, timeline(id, 'Before'));
		const paths = [`/t/${id}/`, `/embed/${id}/`, `/t/${id}.json`, `/oembed/${id}.json`];
		const before = await Promise.all(paths.map((p) => get(page.request, p)));
		await retitleAndPublish(page, 'After', 2);
		for (const [i, path] of paths.entries()) {
			const after = await get(page.request, path, { 'if-none-match': before[i].headers().etag });
			expect(after.status(), path).toBe(200);
			expect(await after.text(), path).toContain('After');
		}
	});

	test('only embeds may be framed, by any site; every page keeps referrers to itself', async ({
		request
	}) => {
		for (const path of ['/', `/t/${seed.id}/`, '/new/', '/signin/']) {
			const headers = (await get(request, path)).headers();
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['referrer-policy'], path).toBe('same-origin');
		}
		for (const path of [`/embed/${seed.id}/`, '/embed/?src=x']) {
			const headers = (await get(request, path)).headers();
			expect(headers['x-frame-options'], path).toBeUndefined();
			expect(headers['content-security-policy'] ?? '', path).not.toContain(
				"frame-ancestors 'none'"
			);
		}
		const page = (await get(request, `/t/${seed.id}/`)).headers()['content-security-policy'];
		expect(page).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
		expect(page).toContain("object-src 'none'");
	});
});

test.describe('writes refused', () => {
	test('from another origin, even with the editor’s session, whatever the content type', async ({
		page
	}) => {
		const id = uniqueId('forged');
		await signIn(page);
		const body = JSON.stringify({ dataset: timeline(id), base: null });
		for (const origin of ['http://evil.example', 'null']) {
			const response = await page.request.put(`/api/timelines/${id}`, {
				data: body,
				headers: { 'content-type': 'application/json', origin }
			});
			expect(response.status()).toBe(403);
			expect((await response.json()).error).toContain('Cross-site request refused');
		}
		const noOrigin = await page.request.put(`/api/timelines/${id}`, {
			data: body,
			headers: { 'content-type': 'application/json' }
		});
		expect(noOrigin.status()).toBe(403);
		expect((await get(page.request, `/t/${id}.json`)).status()).toBe(404);
	});

	test('past the size limit, as something other than JSON, or breaking the contract', async ({
		page
	}) => {
		const id = uniqueId('refused');
		await signIn(page);
		const origin = new URL(page.url()).origin;
		const huge = await page.request.put(`/api/timelines/${id}`, {
			data: 'x'.repeat(11 * 1024 * 1024),
			headers: { 'content-type': 'application/json', origin }
		});
		expect(huge.status()).toBe(413);

		const text = await page.request.put(`/api/timelines/${id}`, {
			data: JSON.stringify({ dataset: timeline(id), base: null }),
			headers: { 'content-type': 'text/csv', origin }
		});
		expect(text.status()).toBe(415);

		const broken = await publishFromPage(
			page,
			{ ...timeline(id), events: [{ ...seed.events[0], date: '2024-13-45' }] },
			null
		);
		expect(broken.status).toBe(422);
		expect(broken.body.problems!.join('\n')).toContain('$.dataset.events[0].date');
		expect((await get(page.request, `/t/${id}.json`)).status()).toBe(404);
	});

	test('a new timeline under a published id, and an update from an old version', async ({
		page
	}) => {
		const id = uniqueId('conflict');
		await signIn(page);
		expect((await publishFromPage(page, timeline(id, 'Mine'), null)).status).toBe(201);
		const taken = await publishFromPage(page, timeline(id, 'Theirs'), null);
		expect(taken).toMatchObject({ status: 409, body: { latest: 1 } });
		expect(taken.body.error).toContain(`A timeline named "${id}" is already published`);
		expect((await publishFromPage(page, timeline(id, 'Second'), 1)).status).toBe(200);
		expect((await publishFromPage(page, timeline(id, 'Stale'), 1)).status).toBe(409);
		expect((await (await get(page.request, `/t/${id}.json`)).json()).title).toBe('Second');
	});
});
