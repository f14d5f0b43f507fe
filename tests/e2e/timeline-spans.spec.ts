/**
 * Spans set apart at every zoom: a span that covers much of the view (a month seen across a few
 * weeks, a quarter across a month) is drawn in the thin rows below the lanes, as a year is among
 * the day's news, so zooming into a stretch of months and quarters never lets them take every
 * lane from the day's events (`longSpans.ts`). Driven in Chromium with a wheel, on a dataset
 * built here and served from another origin.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { range, serve, settled } from './timelineHelpers';

const DAY = 86_400_000;
const bridge = JSON.parse(
	readFileSync(new URL('../fixtures/timeline/valid-dataset.json', import.meta.url), 'utf8')
) as Dataset;
const [quote] = bridge.events[1].quotes;

/** An event of the bridge dataset's shape, quoting its one source. */
function event(
	id: string,
	title: string,
	date: string,
	start: string,
	end: string,
	precision: string
) {
	return { id, title, date, start, end, precision, quotes: [quote] } as Dataset['events'][number];
}

const day = (id: string, on: string, title: string) => event(id, title, on, on, on, 'day');

test('zoomed into a stretch of months and quarters, the day’s events keep labelled marks in the lanes @phone', async ({
	page,
	request
}) => {
	// A year of news, one event a month, and in spring three quarters and three months that all
	// hold mid-May, where three of the day's events happened.
	const months = [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12].map((m) => {
		const on = `2020-${String(m).padStart(2, '0')}-10`;
		return day(`news-${m}`, on, `Council meets, month ${m}`);
	});
	const quarters = ['talks', 'strikes', 'audits'].map((what) =>
		event(
			`q2-${what}`,
			`Spring of ${what}`,
			'2020-04/2020-06',
			'2020-04-01',
			'2020-06-30',
			'quarter'
		)
	);
	const mays = ['budget', 'roads', 'schools'].map((what) =>
		event(`may-${what}`, `A month of ${what}`, '2020-05', '2020-05-01', '2020-05-31', 'month')
	);
	const week = [
		day('vote', '2020-05-12', 'Council votes on the budget'),
		day('veto', '2020-05-14', 'Mayor vetoes the budget'),
		day('override', '2020-05-19', 'Council overrides the veto')
	];
	const events = [...months, ...quarters, ...mays, ...week];
	const url = await serve(request, 'months-over-days', JSON.stringify({ ...bridge, events }));
	await page.goto(`/?src=${encodeURIComponent(url)}&from=2020-01-01&to=2021-01-01`);
	const timeline = page.getByTestId('timeline');
	await expect(timeline.locator('[data-event-id]').first()).toBeVisible({ timeout: 20_000 });
	await settled(timeline);

	// Ctrl + wheel over mid-May until the view is a few weeks long: every spring span covers more
	// than half of it.
	for (let step = 0; step < 12; step++) {
		const { start, end } = await range(timeline);
		if (end - start < 40 * DAY) break;
		const box = (await timeline.boundingBox())!;
		const width = await timeline.evaluate((el) => el.clientWidth);
		const at = box.x + ((Date.UTC(2020, 4, 15) - start) / (end - start)) * width;
		await page.mouse.move(at, box.y + 60);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -240);
		await page.keyboard.up('Control');
		await settled(timeline);
	}
	const { start, end } = await range(timeline);
	expect(end - start, 'zoomed to a few weeks').toBeLessThan(40 * DAY);
	expect(start).toBeLessThan(Date.UTC(2020, 4, 12));
	expect(end).toBeGreaterThan(Date.UTC(2020, 4, 20));

	for (const { id, title } of week) {
		const mark = timeline.locator(`[data-event-id="${id}"]`);
		await expect(mark, `${title} is drawn`).toBeVisible();
		await expect(mark, `${title} is in the lanes`).not.toHaveClass(/\bbackground\b/);
		await expect(mark.locator('.title'), `${title} is labelled`).toHaveText(title);
		const label = (await mark.locator('.title').boundingBox())!;
		expect(label.width, `${title}'s label shows`).toBeGreaterThan(20);
	}
	// The spring's spans are still drawn, as bands in their thin rows or counted, never in a lane.
	const lanes = timeline.locator(
		'.event:not(.background)[data-event-id^="q2-"], .event:not(.background)[data-event-id^="may-"]'
	);
	await expect(lanes).toHaveCount(0);
	const spring = '.background[data-event-id^="q2-"], .background[data-event-id^="may-"]';
	await expect(timeline.locator(spring)).toHaveCount(2);
	await expect(timeline.locator(spring).first()).toBeVisible();
	await page.screenshot({ path: test.info().outputPath('zoomed.png') });
});
