import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { plainTitle } from '../../src/lib/data/plainTitle';
import type { Dataset } from '../../src/lib/data/schema';

// A valid dataset whose every string field (titles, summary, quotes, article text, publisher,
// author, resolution, entities, URLs) carries markup and script. It must render as text.
const hostileText = readFileSync('tests/fixtures/datasets/hostile.json', 'utf8');
const hostile: Dataset = JSON.parse(hostileText);

async function serveHostile(page: Page) {
	await page.route(
		(url) => url.pathname === '/hostile.json',
		(route) => route.fulfill({ status: 200, contentType: 'application/json', body: hostileText })
	);
}

async function expectNothingInjected(page: Page) {
	expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBe(
		undefined
	);
	const injected = await page.evaluate(() => ({
		images: document.querySelectorAll('img[src="x"]').length,
		handlers: document.querySelectorAll('[onerror], [onload], [onmouseover]').length,
		scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
		bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'x').length
	}));
	expect(injected).toEqual({ images: 0, handlers: 0, scripts: 0, bold: 0 });
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
}

test('hostile strings in every field of a dataset given by ?src= render as text, never as HTML', async ({
	page
}) => {
	await serveHostile(page);
	const seedId = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;
	await page.goto(`/t/${seedId}/?src=/hostile.json`);
	await expect(page.locator('h1')).toHaveText(hostile.title, { timeout: 20_000 });
	await expect(
		page.getByText(hostile.sources[0].publisher, { exact: false }).first()
	).toBeVisible();
	await expectNothingInjected(page);

	for (const event of hostile.events) {
		await page.evaluate((id) => (location.hash = encodeURIComponent(id)), event.id);
		// Shown as plain text: the title's bidi override is dropped (the next tests).
		const panel = page.getByRole('region', { name: plainTitle(event.title) });
		await expect(panel).toBeVisible();
		for (const quote of event.quotes) {
			await expect(panel.locator('blockquote').filter({ hasText: quote.text })).toHaveCount(1);
			await expect(panel.locator('mark').first()).toHaveText(quote.text);
		}
		await expectNothingInjected(page);
	}
});

test('a javascript: link in a dataset is refused with the field that holds it', async ({
	page
}) => {
	const bad = structuredClone(hostile);
	bad.events[0].url = 'javascript:window.__pwned="link"';
	await page.route(
		(url) => url.pathname === '/bad-link.json',
		(route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) })
	);
	const seedId = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;
	await page.goto(`/t/${seedId}/?src=/bad-link.json`);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('$.events[0].url: expected an absolute http(s) URL', {
		timeout: 20_000
	});
	await expectNothingInjected(page);
});

test('hostile strings render as text in the embed too, with each event opened by a click', async ({
	page
}) => {
	await serveHostile(page);
	await page.goto('/embed/?src=/hostile.json');
	await expect(page.locator('h1')).toHaveText(hostile.title, { timeout: 20_000 });
	await expectNothingInjected(page);

	const timeline = page.getByTestId('timeline');
	for (const event of hostile.events) {
		// The reader's way in: a click on the event's mark, named by its literal title (as plain
		// text: its bidi override dropped).
		const title = plainTitle(event.title);
		const mark = timeline.locator(`[data-event-id="${event.id}"]`);
		expect((await mark.getAttribute('aria-label'))!.startsWith(`${title}, `)).toBe(true);
		await mark.click();
		const panel = page.getByRole('region', { name: title });
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { name: title })).toHaveText(title);
		for (const quote of event.quotes) {
			await expect(panel.locator('blockquote').filter({ hasText: quote.text })).toHaveCount(1);
			await expect(panel.locator('mark').first()).toHaveText(quote.text);
		}
		// The article, publisher and author are there as the literal strings of the dataset.
		const source = hostile.sources.find((s) => s.id === event.quotes[0].source)!;
		await expect(panel).toContainText(source.publisher);
		await expect(panel).toContainText(source.author);
		await expectNothingInjected(page);
	}
});

/**
 * Whether the characters of `text`, inside `locator`, are laid out left to right (as English
 * reads) rather than reversed by a bidi control before them.
 */
async function readsLeftToRight(locator: Locator, text: string): Promise<boolean> {
	return locator.evaluate((root, text) => {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(text);
			if (at < 0) continue;
			const lefts = [...text].map((_, i) => {
				const range = document.createRange();
				range.setStart(node!, at + i);
				range.setEnd(node!, at + i + 1);
				return range.getBoundingClientRect().left;
			});
			return lefts.every((left, i) => i === 0 || left > lefts[i - 1]);
		}
		throw new Error(`"${text}" is not in the element`);
	}, text);
}

test('a bidi override in a title or a name cannot reorder the text after it', async ({ page }) => {
	// U+202E RIGHT-TO-LEFT OVERRIDE, never closed: left alone it reverses the rest of the line.
	const override = '\u202e';
	const bidi = structuredClone(hostile);
	bidi.sources[0].title = `Minutes of the council ${override}reversed`;
	bidi.sources[0].publisher = 'Gazette';
	bidi.sources[0].author = 'Reporter';
	const event = bidi.events[1];
	event.entities = { people: [`${override}Alpha`, 'Bravo'], places: [], organizations: [] };
	await page.route(
		(url) => url.pathname === '/bidi.json',
		(route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bidi) })
	);
	const seedId = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;
	await page.goto(`/t/${seedId}/?src=/bidi.json`);
	await expect(page.locator('h1')).toHaveText(bidi.title, { timeout: 20_000 });

	// "From Minutes of the council ‮reversed · Gazette, by Reporter · Mar. 3, 2021", shown with
	// its override dropped.
	const line = page.locator('.masthead .source');
	await expect(line).toContainText(bidi.sources[0].title.replace(override, ''));
	expect(await readsLeftToRight(line, 'Gazette')).toBe(true);
	expect(await readsLeftToRight(line, 'Reporter')).toBe(true);

	// "Alpha · Bravo", the first name carrying the override.
	await page.getByTestId('timeline').locator(`[data-event-id="${event.id}"]`).click();
	const people = page
		.getByRole('region', { name: plainTitle(event.title) })
		.getByRole('definition')
		.first();
	await expect(people).toContainText('Bravo');
	expect(await readsLeftToRight(people, 'Bravo')).toBe(true);
});

test('a bidi override inside a title or a source’s name is dropped: each reads in logical order', async ({
	page
}) => {
	// U+202E RIGHT-TO-LEFT OVERRIDE: inside a <bdi> it still reverses the rest of the title.
	const override = '\u202e';
	const bidi = structuredClone(hostile);
	const event = bidi.events[1];
	event.title = `Council ${override}votes`;
	bidi.sources[0].title = `Minutes of the ${override}council`;
	bidi.sources[0].publisher = `${override}Gazette of the city`;
	await page.route(
		(url) => url.pathname === '/bidi-names.json',
		(route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bidi) })
	);
	const seedId = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;
	await page.goto(`/t/${seedId}/?src=/bidi-names.json`);
	await expect(page.locator('h1')).toHaveText(bidi.title, { timeout: 20_000 });
	const plain = (text: string) => text.replace(override, '');

	// On the timeline, its mark's label; opened, the panel's heading.
	const mark = page.getByTestId('timeline').locator(`[data-event-id="${event.id}"]`);
	await expect(mark.locator('.title')).toHaveText(plain(event.title));
	expect(await readsLeftToRight(mark.locator('.title'), 'votes')).toBe(true);
	await mark.click();
	const heading = page
		.getByRole('region', { name: plain(event.title) })
		.getByRole('heading', { name: plain(event.title), exact: true });
	await expect(heading).toHaveText(plain(event.title));
	expect(await readsLeftToRight(heading, 'votes')).toBe(true);

	// The source's title and publisher, in the masthead.
	const line = page.locator('.masthead .source');
	await expect(line).toContainText(plain(bidi.sources[0].title));
	expect(await readsLeftToRight(line, 'council')).toBe(true);
	expect(await readsLeftToRight(line, 'Gazette of the city')).toBe(true);
	expect(await line.textContent()).not.toContain(override);
});

test('the document title is the dataset title as plain text, with no bidi controls around or in it', async ({
	page
}) => {
	// A title as the contract allows it, with an override (U+202E) opened and never closed.
	const bidi = structuredClone(hostile);
	bidi.title = 'Council \u202evote';
	await page.route(
		(url) => url.pathname === '/bidi-title.json',
		(route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bidi) })
	);
	const seedId = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;
	const seed: Dataset = JSON.parse(readFileSync(`data/timelines/${seedId}.json`, 'utf8'));
	for (const path of ['/', `/embed/${seedId}/`]) {
		await page.goto(path);
		await expect(page, path).toHaveTitle(`${seed.title} · Dateline`);
	}
	for (const path of [`/t/${seedId}/?src=/bidi-title.json`, '/embed/?src=/bidi-title.json']) {
		await page.goto(path);
		await expect(page.locator('h1')).toHaveText('Council vote', { timeout: 20_000 });
		await expect(page, path).toHaveTitle('Council vote · Dateline');
	}
});

test('a title, name or summary of 5,000 unbroken letters wraps inside the page at every width', async ({
	page
}) => {
	const seedId = JSON.parse(readFileSync('data/site.json', 'utf8')).defaultTimeline;
	const seed: Dataset = JSON.parse(readFileSync(`data/timelines/${seedId}.json`, 'utf8'));
	const long = (letter: string) => letter.repeat(5000);
	const dataset: Dataset = {
		...seed,
		title: long('T'),
		description: long('D'),
		sources: seed.sources.map((s) => ({ ...s, title: long('S'), publisher: long('P') })),
		events: seed.events.map((e, i) => (i === 0 ? { ...e, title: long('E') } : e))
	};
	await page.route(
		(url) => url.pathname === '/long.json',
		(route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) })
	);
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`/t/${seedId}/?src=/long.json`);
		await expect(page.locator('h1')).toHaveText(dataset.title, { timeout: 20_000 });
		await page.evaluate((id) => (location.hash = encodeURIComponent(id)), dataset.events[0].id);
		await expect(page.getByRole('region', { name: dataset.events[0].title })).toBeVisible();
		const widths = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(widths[0]).toBeLessThanOrEqual(widths[1]);
	}
});
