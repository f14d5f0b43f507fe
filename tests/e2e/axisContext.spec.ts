/**
 * The day or year the axis says at its left (its context) is the one where that label stands.
 * With events beyond the view, the "‹ earlier" count takes the axis's left end and the context is
 * drawn past it, which may be a day later than the view's first instant.
 */
import { expect, test } from '@playwright/test';
import { open, range } from './timelineHelpers';

const HOUR = 3_600_000;

test('the context at the axis names the day where it is drawn, past the earlier count', async ({
	page
}) => {
	// 36 hours from 22:00 on Jan. 4, 2024: the next midnight comes two hours in, under the count.
	const from = Date.parse('2024-01-04T22:00:00Z');
	const timeline = await open(
		page,
		`/?from=${new Date(from).toISOString()}&to=${new Date(from + 36 * HOUR).toISOString()}`
	);
	const earlier = timeline.locator('[data-edge="earlier"]');
	await expect(earlier).toBeVisible();
	const context = timeline.locator('text.context');
	await expect(context).toBeVisible();

	const { start, end } = await range(timeline);
	const frame = (await timeline.boundingBox())!;
	const label = (await context.boundingBox())!;
	expect(label.x, 'the context stands past the earlier count').toBeGreaterThan(
		(await earlier.boundingBox())!.x + (await earlier.boundingBox())!.width
	);
	const at = new Date(start + ((label.x - frame.x) / frame.width) * (end - start));
	const first = new Date(start);
	expect(at.getUTCDate(), 'a midnight lies between the view start and the label').not.toBe(
		first.getUTCDate()
	);
	const said = (await context.textContent())!;
	expect(said).toMatch(new RegExp(`\\b${at.getUTCDate()}\\b`));
	expect(said).not.toMatch(new RegExp(`\\b${first.getUTCDate()}\\b`));
});
