/**
 * The day the axis says at its left (its context) is the day of the hours labelled after it.
 * With events beyond the view, the "‹ earlier" count takes the axis's left end and the context is
 * drawn past it; and a midnight may pass under the context label itself.
 */
import { expect, test, type Locator } from '@playwright/test';
import { open, range } from './timelineHelpers';

const HOUR = 3_600_000;

/** The page's view of `hours` hours from `from`, with the seed's events on either side. */
const view = (from: number, hours: number) =>
	`/?from=${new Date(from).toISOString()}&to=${new Date(from + hours * HOUR).toISOString()}`;

/** The context's text, and the instant of the first hour labelled right of it. */
async function contextAndNextHour(timeline: Locator) {
	const context = timeline.locator('text.context');
	await expect(context).toBeVisible();
	const { start, end } = await range(timeline);
	const frame = (await timeline.boundingBox())!;
	const label = (await context.boundingBox())!;
	const ticks = await timeline
		.locator('text.tick')
		.evaluateAll((els) =>
			els.map((el) => ({ text: el.textContent!, x: el.getBoundingClientRect().left }))
		);
	const next = ticks.find(
		(t) => t.x > label.x + label.width && /\b(?:a\.m\.|p\.m\.|noon)/.test(t.text)
	);
	expect(next, 'an hour is labelled after the context').toBeDefined();
	// A tick's label stands 4 px right of its tick.
	const at = start + ((next!.x - 4 - frame.x) / frame.width) * (end - start);
	return { said: (await context.textContent())!, label, next: new Date(at) };
}

test('the context names the day of the hours after it, past the earlier count', async ({
	page
}) => {
	// 36 hours from 22:00 on Jan. 4, 2024: the next midnight comes two hours in, under the count.
	const from = Date.parse('2024-01-04T22:00:00Z');
	const timeline = await open(page, view(from, 36));
	const earlier = timeline.locator('[data-edge="earlier"]');
	await expect(earlier).toBeVisible();
	const { said, label, next } = await contextAndNextHour(timeline);
	const count = (await earlier.boundingBox())!;
	expect(label.x, 'the context stands past the earlier count').toBeGreaterThan(
		count.x + count.width
	);
	expect(next.getUTCDate()).toBe(5);
	expect(said).toMatch(/\bJan\. 5, 2024\b/);
});

test('the context names the new day when its midnight passes under the label', async ({ page }) => {
	// A day from 20:00 on Dec. 31, 2023: midnight, and the new year, come four hours in.
	const timeline = await open(page, view(Date.parse('2023-12-31T20:00:00Z'), 24));
	const { said, next } = await contextAndNextHour(timeline);
	expect(next.getUTCFullYear()).toBe(2024);
	expect(said).toMatch(/\bJan\. 1, 2024\b/);
});
