/**
 * Datasets given by URL (`?src=`) that cannot be shown: each failure says which step failed, as a
 * developer pointing Dateline at their own server needs to know: the request (a status, or an
 * answer the browser would not let the page read, as without CORS), the JSON, or the contract.
 *
 * The datasets are served by tests/fixtures/embed/host-server.mjs on PORT + 1, another origin
 * than Dateline's, so CORS is real (Playwright's `route.fulfill` would answer any origin).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hostOrigin, serve } from './timelineHelpers';

const valid = readFileSync(
	new URL('../fixtures/timeline/valid-dataset.json', import.meta.url),
	'utf8'
);

/** Opens the timeline page on a dataset URL and returns its refusal, once shown. */
async function refusalOf(page: Page, url: string) {
	await page.goto(`/?src=${encodeURIComponent(url)}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This dataset cannot be shown', { timeout: 20_000 });
	await expect(page.getByTestId('timeline')).toHaveCount(0);
	return alert;
}

test('a dataset the server does not have could not be fetched: its URL and the status, not the contract', async ({
	page
}) => {
	const url = `${hostOrigin}/pages/never-stored`;
	const alert = await refusalOf(page, url);
	await expect(alert.getByText(`The dataset at ${url} could not be fetched:`)).toBeVisible();
	await expect(alert.locator('pre')).toHaveText(`${url}: the server answered 404 Not Found`);
	await expect(alert).not.toContainText('Dateline contract');
});

test('a dataset on a server that does not allow cross-origin reads names the header to send', async ({
	page,
	request
}) => {
	const url = await serve(request, 'no-cors', valid, { cors: false });
	const alert = await refusalOf(page, url);
	const dateline = new URL(page.url()).origin;
	await expect(alert.getByText(`The dataset at ${url} could not be fetched:`)).toBeVisible();
	await expect(alert.locator('pre')).toContainText(`${url}: no answer could be read`);
	await expect(alert.locator('pre')).toContainText(
		`A dataset on another site must be served with the header\n  Access-Control-Allow-Origin: ${dateline}`
	);
	await expect(alert).not.toContainText('Dateline contract');
});

test('an HTML page is not JSON: the page says where, what the server called it, and marks the spot', async ({
	page,
	request
}) => {
	const url = await serve(request, 'html-page', '<!doctype html>\n<p>Our timeline</p>', {
		type: 'text/html; charset=utf-8'
	});
	const alert = await refusalOf(page, url);
	await expect(alert.getByText(`The dataset at ${url} is not JSON:`)).toBeVisible();
	await expect(alert.locator('pre')).toHaveText(
		`${url}: not valid JSON at line 1, column 1: expected a JSON value (object, array, string, number, true, false or null), found "<" (the server sent it as text/html; charset=utf-8)\n` +
			'  <!doctype html>\n' +
			'  ^'
	);
});

test('broken JSON is placed by its line and column, with a caret under the stray character', async ({
	page,
	request
}) => {
	// A trailing comma after the last event, as a hand-edited file often has.
	const text = valid.replace(/\}\s*\]\s*\}\s*$/, '},\n\t]\n}\n');
	const offset = text.lastIndexOf(',\n\t]') + 3;
	const line = text.slice(0, offset).split('\n').length;
	const url = await serve(request, 'trailing-comma', text);
	const alert = await refusalOf(page, url);
	await expect(alert.getByText(`The dataset at ${url} is not JSON:`)).toBeVisible();
	await expect(alert.locator('pre')).toHaveText(
		`${url}: not valid JSON at line ${line}, column 2: expected a JSON value (object, array, string, number, true, false or null), found "]"\n` +
			// The line before, where the stray comma is, then the spot.
			'    },\n' +
			'   ]\n' +
			'   ^'
	);
});

test('a dataset that breaks the contract in its shape and its meaning lists both at once', async ({
	page,
	request
}) => {
	const dataset = JSON.parse(valid);
	dataset.events[0].precision = 'fortnight';
	const misquoted = dataset.events.length - 1;
	dataset.events[misquoted].quotes[0].text = 'words the article never printed';
	const url = await serve(request, 'two-problems', JSON.stringify(dataset));
	const alert = await refusalOf(page, url);
	await expect(
		alert.getByText(`The dataset at ${url} does not meet the Dateline contract:`)
	).toBeVisible();
	const lines = (await alert.locator('pre').textContent())!.split('\n');
	expect(lines).toHaveLength(2);
	expect(lines[0]).toMatch(`${url}: $.events[0].precision: expected one of "minute", "day"`);
	expect(lines[1]).toMatch(
		`${url}: $.events[${misquoted}].quotes[0].text: expected the source text at`
	);
});

test('a dataset with several faults lists a quote naming an unknown source among them, at once', async ({
	page,
	request
}) => {
	const dataset = JSON.parse(valid);
	dataset.sources[0].published = 'yesterday';
	dataset.events[0].precision = 'fortnight';
	dataset.events[0].quotes[0].source = 'nowhere';
	const url = await serve(request, 'several-faults', JSON.stringify(dataset));
	const alert = await refusalOf(page, url);
	const lines = (await alert.locator('pre').textContent())!.split('\n');
	expect(lines).toEqual([
		expect.stringContaining(`${url}: $.sources[0].published: expected`),
		expect.stringContaining(`${url}: $.events[0].precision: expected one of`),
		`${url}: $.events[0].quotes[0].source: expected one of the source ids (${dataset.sources[0].id}), found "nowhere"`
	]);
});

test('a dataset with many problems lists twenty and counts the rest', async ({ page, request }) => {
	const dataset = JSON.parse(valid);
	const event = dataset.events[0];
	dataset.events = Array.from({ length: 32 }, (_, i) => ({ ...event, id: `e-${i}`, title: '' }));
	const url = await serve(request, 'many-problems', JSON.stringify(dataset));
	const alert = await refusalOf(page, url);
	const lines = (await alert.locator('pre').textContent())!.split('\n');
	expect(lines).toHaveLength(21);
	expect(lines[20]).toBe(`${url}: … and 12 more problems`);
});

test('the embed says which step failed too', async ({ page, request }) => {
	const url = await serve(request, 'embed-no-cors', valid, { cors: false });
	await page.goto(`/embed/?src=${encodeURIComponent(url)}`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This timeline cannot be shown', { timeout: 20_000 });
	await expect(alert.getByText('It could not be fetched:')).toBeVisible();
	await expect(alert.locator('pre')).toContainText('Access-Control-Allow-Origin');
});

/** The first mark the timeline draws, once the dataset is shown. */
const drawn = (page: Page) =>
	page.getByTestId('timeline').locator('[data-event-id], .cluster').first();

test('the dataset is asked for once, by the reader the page starts as its HTML arrives', async ({
	page,
	request
}) => {
	const url = await serve(request, 'asked-once', valid);
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url() === url) asked.push(r.url());
	});
	await page.goto(`/?src=${encodeURIComponent(url)}`);
	await expect(drawn(page)).toBeVisible({ timeout: 20_000 });
	expect(asked).toHaveLength(1);
});

test('when the reader’s code cannot load at first, the page fetches the dataset itself and shows it', async ({
	page,
	request
}) => {
	const url = await serve(request, 'reader-retried', valid);
	let readers = 0;
	await page.route(/remoteDataset\.worker/, (route) =>
		readers++ === 0 ? route.abort() : route.continue()
	);
	await page.goto(`/?src=${encodeURIComponent(url)}`);
	await expect(drawn(page)).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(readers).toBe(2);
});
