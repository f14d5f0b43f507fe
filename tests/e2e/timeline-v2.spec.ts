/**
 * What contract version 2 adds, as readers see it on the timeline page (issue 16): media in the
 * detail panel (an image loaded only once its event opens, with its alt text, caption and
 * credit; other media as links), years named as readers say them on the axis (600 BC, AD 79),
 * deep time in years ago. The datasets come from TimelineJS sheets written from the template's
 * documented columns (tests/fixtures/timelinejs/), served from another origin.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { fromSheetsCsv } from '../../src/lib/data/sheets';
import type { Dataset } from '../../src/lib/data/schema';

const hostPort = Number(process.env.PORT ?? 4173) + 1;
const sheet = (name: string) =>
	fromSheetsCsv(readFileSync(`tests/fixtures/timelinejs/${name}.sheet.csv`, 'utf8'), name).dataset;

// A small picture, served by the newsroom stand-in as an event's image (as text: the stand-in
// keeps what it is given as UTF-8).
const PICTURE = Buffer.from(
	'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#a3361b"/></svg>'
);

async function put(request: APIRequestContext, name: string, body: Buffer, type: string) {
	const response = await request.put(`http://127.0.0.1:${hostPort}/pages/${name}`, {
		data: body,
		headers: { 'content-type': type }
	});
	expect(response.status()).toBe(204);
	return `http://localhost:${hostPort}/pages/${name}`;
}

async function openDataset(page: Page, request: APIRequestContext, name: string, dataset: Dataset) {
	const src = await put(request, name, Buffer.from(JSON.stringify(dataset)), 'application/json');
	await page.goto(`/?src=${encodeURIComponent(src)}`);
	await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible({
		timeout: 20_000
	});
}

/** The tick labels the axis draws now. */
async function axisLabels(page: Page): Promise<string[]> {
	return page.getByTestId('timeline').locator('svg text').allTextContents();
}

test('an event’s image loads only once the event is opened, with its alt text, caption and credit @phone', async ({
	page,
	request
}) => {
	const name = `pixel-${test.info().project.name}`;
	const image = await put(request, name, PICTURE, 'image/svg+xml');
	const pompeii = sheet('pompeii');
	const pumice = pompeii.events.find((e) => e.media?.type === 'image')!;
	pumice.media = { ...pumice.media!, url: image } as typeof pumice.media;
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await openDataset(page, request, `v2-media-${test.info().project.name}`, pompeii);
	expect(requested).not.toContain(image);

	await page.locator(`[data-event-id="${pumice.id}"]`).click();
	const panel = page.getByRole('region', { name: pumice.title, exact: true });
	const img = panel.getByRole('img', { name: 'Pumice from the excavations' });
	await expect(img).toBeVisible();
	await expect(img).toHaveAttribute('loading', 'lazy');
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(40);
	await expect(panel.locator('figcaption')).toHaveText(
		'Pumice from the excavations · Example Museum'
	);
});

test('other media are links, and a passage a block quote, never an embed', async ({
	page,
	request
}) => {
	const pompeii = sheet('pompeii');
	await openDataset(page, request, 'v2-links', pompeii);
	const cloud = pompeii.events.find((e) => e.media?.type === 'link')!;
	await page.locator(`[data-event-id="${cloud.id}"]`).click();
	const panel = page.getByRole('region', { name: cloud.title, exact: true });
	await expect(
		panel.getByRole('link', { name: 'A reconstruction of the eruption' })
	).toHaveAttribute('href', 'https://www.youtube.com/watch?v=example79');
	await expect(panel.locator('iframe')).toHaveCount(0);
	await expect(panel).toContainText('Example Films');
	await expect(panel).toContainText('Aug. 24, AD 79, 1 p.m.');
	await expect(panel).not.toContainText('approximate');
});

test('years before AD 1000 are named on the axis as readers say them, never as negative numbers', async ({
	page,
	request
}) => {
	await openDataset(page, request, 'v2-bc', sheet('pompeii'));
	const labels = await axisLabels(page);
	expect(labels.some((l) => /^\d+ BC$/.test(l))).toBe(true);
	expect(labels.filter((l) => /^-\d/.test(l))).toEqual([]);
});

test('the cosmology example draws deep time, its axis in years ago and its era as a band', async ({
	page,
	request
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const cosmos = sheet('cosmos');
	await openDataset(page, request, 'v2-cosmos', cosmos);
	const labels = await axisLabels(page);
	expect(labels.some((l) => / billion years ago$/.test(l))).toBe(true);
	expect(labels.filter((l) => /^-?\d+$/.test(l) && l.length > 4)).toEqual([]);
	await expect(page.getByTestId('timeline').locator('svg rect.era')).toHaveCount(1);
	await expect(page.getByTestId('timeline').locator('svg text.era-name')).toHaveText(
		'The Precambrian'
	);
	const bigBang = cosmos.events.find((e) => e.title === 'The Big Bang')!;
	await page.locator(`[data-event-id="${bigBang.id}"]`).click();
	await expect(page.getByRole('region', { name: 'The Big Bang', exact: true })).toContainText(
		'13.8 billion years ago'
	);
	expect(errors).toEqual([]);
});

test('the overview strip’s year labels all lie within it, none cut at its edges @phone', async ({
	page,
	request
}) => {
	for (const name of ['pompeii', 'cosmos']) {
		await openDataset(
			page,
			request,
			`v2-overview-${name}-${test.info().project.name}`,
			sheet(name)
		);
		const strip = page.getByRole('img', { name: 'Overview of the whole timeline' });
		const box = (await strip.boundingBox())!;
		const labels = await strip.locator('text.year').evaluateAll((texts) =>
			texts.map((t) => {
				const r = t.getBoundingClientRect();
				return { label: t.textContent, left: r.left, right: r.right };
			})
		);
		expect(labels.length, name).toBeGreaterThan(0);
		for (const l of labels) {
			expect(l.left, `${name}: ${l.label}`).toBeGreaterThanOrEqual(box.x - 0.5);
			expect(l.right, `${name}: ${l.label}`).toBeLessThanOrEqual(box.x + box.width + 0.5);
		}
	}
});

test('a time of day’s interval is drawn solid with square ends, apart from a month’s hatched band', async ({
	page,
	request
}) => {
	const base = sheet('pompeii');
	const [a, b] = base.events;
	const dataset: Dataset = {
		...base,
		events: [
			{
				...a,
				id: 'rally',
				title: 'Rally in the square',
				date: '2011-02-11T18:00/2011-02-11T21:30',
				start: '2011-02-11',
				end: '2011-02-11',
				precision: 'minute'
			},
			{
				...b,
				id: 'protests',
				title: 'A month of protests',
				date: '2011-02',
				start: '2011-02-01',
				end: '2011-02-28',
				precision: 'month'
			}
		],
		eras: []
	};
	const src = await put(
		request,
		`v2-timed-${test.info().project.name}`,
		Buffer.from(JSON.stringify(dataset)),
		'application/json'
	);
	await page.goto(`/?src=${encodeURIComponent(src)}&from=2011-02-11T12:00Z&to=2011-02-12T00:00Z`);
	const rally = page.locator('[data-event-id="rally"] .span');
	const month = page.locator('[data-event-id="protests"] .span');
	await expect(rally).toBeVisible({ timeout: 20_000 });
	const style = (el: Element) => {
		const s = getComputedStyle(el);
		return { image: s.backgroundImage, radius: s.borderTopLeftRadius, left: s.borderLeftWidth };
	};
	const timed = await rally.evaluate(style);
	const hatched = await month.evaluate(style);
	expect(hatched.image).toContain('repeating-linear-gradient');
	expect(timed.image).toBe('none');
	expect(timed.radius).toBe('0px');
	expect(timed.left).not.toBe('0px');
	// Three and a half hours of a twelve-hour view: about 29% of the timeline's width.
	const width = (await page.getByTestId('timeline').boundingBox())!.width;
	const drawn = (await rally.boundingBox())!.width;
	expect(drawn / width).toBeGreaterThan(0.26);
	expect(drawn / width).toBeLessThan(0.32);
});
