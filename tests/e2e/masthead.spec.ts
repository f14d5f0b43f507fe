/**
 * The masthead's line for each article a story was made from: an article without a title of its
 * own is named by its publisher, else by its address's host (http(s) only), else, among several
 * articles, by its day, never as a bare "the article" beside "and 3 more articles".
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dateLabel } from '../../src/lib/data/partialDate';
import type { Dataset } from '../../src/lib/data/schema';

const bridge = JSON.parse(
	readFileSync(new URL('../fixtures/timeline/valid-dataset.json', import.meta.url), 'utf8')
) as Dataset;
const wire = bridge.sources[0];
const day = (iso: string) => dateLabel({ date: iso, start: iso, end: iso, precision: 'day' });

test('an untitled first article among several is named by its publisher, its host or its day', async ({
	page
}) => {
	const untitled = { ...wire, title: '', author: '', published: '2024-01-08' };
	const others = [1, 2, 3, 4, 5].map((n) => ({ ...wire, id: `update-${n}`, title: `Update ${n}` }));
	const cases: [Partial<Dataset['sources'][number]>, string][] = [
		[{ publisher: 'Harbour Gazette' }, 'From Harbour Gazette · Jan. 8, 2024'],
		[
			{ publisher: '', url: 'https://www.harbour.example/news/1' },
			'From harbour.example · Jan. 8, 2024'
		],
		[{ publisher: '', url: undefined }, `From an article of ${day('2024-01-08')}`]
	];
	for (const [i, [change, line]] of cases.entries()) {
		const first = { ...untitled, ...change };
		const body = JSON.stringify({ ...bridge, sources: [first, ...others] });
		await page.route(`https://data.example.org/untitled-${i}.json`, (route) =>
			route.fulfill({ contentType: 'application/json', body })
		);
		await page.goto(`/?src=https://data.example.org/untitled-${i}.json`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(bridge.title, {
			timeout: 20_000
		});
		const lines = page.locator('.masthead .source');
		await expect(lines.first()).toHaveText(line);
		await expect(lines.first()).not.toContainText('the article');
		await expect(lines.last()).toHaveText('and 3 more articles');
	}
	// A host is a link to the article; a day, with no address, is not.
	await page.goto('/?src=https://data.example.org/untitled-1.json');
	await expect(
		page.locator('.masthead .source').first().getByRole('link', { name: 'harbour.example' })
	).toHaveAttribute('href', 'https://www.harbour.example/news/1');
});

test('a story’s only article, untitled and unsigned, is still "the article"', async ({ page }) => {
	const only = { ...wire, title: '', publisher: '', author: '', url: undefined };
	const body = JSON.stringify({ ...bridge, sources: [only] });
	await page.route('https://data.example.org/only.json', (route) =>
		route.fulfill({ contentType: 'application/json', body })
	);
	await page.goto('/?src=https://data.example.org/only.json');
	await expect(page.locator('.masthead .source')).toHaveText(
		`From the article · ${day(wire.published)}`,
		{ timeout: 20_000 }
	);
});
