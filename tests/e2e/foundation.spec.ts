import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const site = JSON.parse(readFileSync('data/site.json', 'utf8'));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered seed timeline lists every event in date order with its date and quotes', async ({
		page
	}) => {
		await page.goto(`/t/${seed.id}/`);
		const items = page.locator('.event-list > li');
		await expect(items).toHaveCount(seed.events.length);
		const starts = await items
			.locator('time')
			.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
		const byDate = new Map(seed.events.map((e) => [e.date, e.start]));
		const listed = starts.map((d) => byDate.get(d) ?? 'unknown date ' + d);
		expect(listed).toEqual([...listed].sort());
		for (const event of seed.events) {
			const item = page.locator(`#list-${event.id}`);
			await expect(item.locator('.title')).toHaveText(event.title);
			for (const quote of event.quotes) {
				await expect(item.locator('blockquote', { hasText: quote.text })).toHaveCount(1);
			}
		}
	});

	test('the root page shows the default timeline through the same page', async ({ page }) => {
		await page.goto('/');
		expect(site.defaultTimeline).toBe(seed.id);
		await expect(page.locator('h1')).toHaveText(seed.title);
		await expect(page.locator('.event-list > li')).toHaveCount(seed.events.length);
	});
});

for (const path of ['/', `/t/${seed.id}/`, `/embed/${seed.id}/`, `/embed/${seed.id}/?theme=dark`]) {
	test(`${path} hydrates the page the server rendered, without replacing it`, async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
		});
		// A fresh URL each run: the server keeps readers' pages rendered by URL.
		await page.goto(path + (path.includes('?') ? '&' : '?') + `run=${Date.now()}`);
		await expect(page.getByTestId('timeline')).toBeVisible();
		// Hydration is over once the timeline has measured its width and drawn its axis.
		await expect(page.locator('svg.axis')).not.toHaveAttribute('width', '0');
		expect(warnings.filter((text) => /hydrat/i.test(text))).toEqual([]);
		// The list for readers without scripts stays inside its <noscript>: none of its entries
		// leaks into the page as it is parsed (a <noscript> in a <noscript> ended it early).
		if (path.startsWith('/embed/')) await expect(page.locator('.event-list')).toHaveCount(0);
	});
}

test('the version 2 JSON Schema is served beside version 1, with media, groups and eras', async ({
	request
}) => {
	const response = await request.get('/schema/timeline-v2.json');
	expect(response.ok()).toBe(true);
	const schema = await response.json();
	expect(schema.properties.version.enum).toEqual([1, 2]);
	expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['eras', 'media']));
	expect(Object.keys(schema.properties.events.items.properties)).toEqual(
		expect.arrayContaining(['media', 'group', 'displayDate'])
	);
});

test('the published JSON Schema is served and names the contract fields', async ({ request }) => {
	const response = await request.get('/schema/timeline-v1.json');
	expect(response.ok()).toBe(true);
	const schema = await response.json();
	expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
	expect(schema.properties.events.items.properties.quotes.items.required).toEqual([
		'source',
		'start',
		'end',
		'text'
	]);
});
