/**
 * The static site (`npm run build:static`), served as files by a plain host (project `static` in
 * playwright.config.ts): what newsrooms that host files only rely on keeps working, under the
 * Content-Security-Policy of its <meta> tag.
 */
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/pageWeight';
import { extractHtmlInEditor, watchViolations } from './helpers/csp';
import { seed } from './helpers/editors';

const hostPort = Number(process.env.PORT ?? 4173) + 1;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered page lists every event with its quotes', async ({ page }) => {
		await page.goto(`/t/${seed.id}/`);
		await expect(page.locator('h1')).toHaveText(seed.title);
		await expect(page.locator('.event-list > li')).toHaveCount(seed.events.length);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
		await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'same-origin');
	});
});

test('the timeline, a dataset by URL and its files work under the policy', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(`/t/${seed.id}/`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	await page.getByRole('button', { name: seed.events[0].title }).first().click();
	await expect(page.getByRole('region', { name: seed.events[0].title })).toBeVisible();

	const dataset = await page.request.get(`/t/${seed.id}.json`);
	expect((await dataset.json()).title).toBe(seed.title);
	expect((await (await page.request.get(`/oembed/${seed.id}.json`)).json()).type).toBe('rich');

	await page.goto(`/?src=${encodeURIComponent(`/t/${seed.id}.json`)}`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	expect(await violations()).toEqual([]);
});

test("an address with no page says so, and a link to one of the site's files opens it", async ({
	page
}) => {
	// The host has no route module (`__route.js`) for either: scripts/kitRouteResolution.ts.
	await page.goto('/t/no-such-timeline/');
	await expect(page.locator('h1')).toHaveText('Not found');
	await page.goto(`/?src=${encodeURIComponent('/favicon.svg')}`);
	await page.getByRole('link', { name: 'timeline-v2 JSON Schema' }).click();
	await expect(page).toHaveURL(/\/schema\/timeline-v2\.json$/);
});

test('an embed on another site sizes itself from its messages', async ({ page }) => {
	const origin = `http://127.0.0.1:${Number(process.env.PORT ?? 4173) + 2}`;
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
		<p>Before.</p>
		<iframe data-dateline src="${origin}/embed/${seed.id}/" title="Timeline" style="width:100%;border:0" height="450"></iframe>
		<script async src="${origin}/embed.js"></script>
		<p>After.</p></body></html>`;
	const put = await page.request.put(`http://127.0.0.1:${hostPort}/pages/static-embed`, {
		data: html,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
	expect(put.status()).toBe(204);
	await page.goto(`http://localhost:${hostPort}/pages/static-embed`);
	const iframe = page.locator('iframe[data-dateline]');
	const frame = page.frameLocator('iframe[data-dateline]');
	await expect(frame.getByTestId('timeline')).toBeVisible();
	// /embed.js resized the frame to its content (no longer the snippet's 450 px).
	await expect
		.poll(() => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height)))
		.not.toBe(450);
	const content = await frame
		.locator('.embed')
		.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	await expect
		.poll(() => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height)))
		.toBe(content);
});

test('the editor extracts in its Web Worker, and there is nothing to sign in to', async ({
	page
}) => {
	const violations = await watchViolations(page);
	const asked: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
	});
	await extractHtmlInEditor(page);
	// Publishing is the dataset file and a build here: the page says so, and asks no server.
	await page.getByText('How to publish it on this site').click();
	await expect(page.getByText('Build the site:')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sign in to publish' })).toHaveCount(0);
	expect(asked).toEqual([]);
	expect(await violations()).toEqual([]);
	expect((await page.request.get('/signin/')).status()).toBe(404);
	expect((await page.request.get(`/api/timelines/${seed.id}`)).status()).toBe(404);
});

test("a reader's page, the timeline's and an embed's, loads at most 60 kB of JS and CSS (gzip -9) until the reader moves", async ({
	browser
}, info) => {
	// Issue 15's budget, as `npm run bench` weighs it: what only some readers use (search, the
	// Embed panel, a dataset by URL's reader) comes when used, and is not counted here.
	for (const path of ['/', `/embed/${seed.id}/`]) {
		const [atLoad] = await pageWeight(browser, new URL(path, info.project.use.baseURL).href);
		expect(atLoad, path).toBeLessThanOrEqual(60_000);
		expect(atLoad, `${path} loads its JS and CSS`).toBeGreaterThan(20_000);
	}
});
