/**
 * The timeline's use of importance (issue 12), in a real Chromium: the "Key events" switch and
 * its place in the URL and in an embed's, the list ordered by importance, the first view of a
 * story that mentions an old year, crowded lanes that keep the most important event labelled,
 * and long spans kept out of the day's lanes. The story is `tests/fixtures/keydays/keydays.json`,
 * extracted from five invented articles (see its README).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { open, range, serve } from './timelineHelpers';

const story: Dataset = JSON.parse(
	readFileSync(new URL('../fixtures/keydays/keydays.json', import.meta.url), 'utf8')
);

/** The story's events by id. */
const byId = new Map(story.events.map((e) => [e.id, e]));

/** Ids of the events drawn on the timeline (labelled or counted in a cluster: all in the list). */
async function listedIds(page: Page): Promise<string[]> {
	return page
		.locator('.event-list > li[aria-posinset]')
		.evaluateAll((lis) => lis.map((li) => li.id.replace(/^list-/, '')));
}

test.describe('a story whose events carry an importance', () => {
	let src = '';
	test.beforeEach(async ({ request }, info) => {
		src = await serve(
			request,
			`keydays-${info.project.name}-${info.title.length}`,
			JSON.stringify(story)
		);
	});

	test('"Key events" shows only the most important events, and the URL keeps it @phone', async ({
		page
	}) => {
		await open(page, `/?src=${encodeURIComponent(src)}`);
		const key = page.getByRole('button', { name: 'Key events' });
		await expect(key).toHaveAttribute('aria-pressed', 'false');
		await expect(page.locator('.event-list > li[aria-posinset]').first()).toHaveAttribute(
			'aria-setsize',
			String(story.events.length)
		);
		await key.click();
		await expect(key).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL(/[?&]key=1/);
		const shown = await listedIds(page);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(story.events.length);
		// Every event kept scores at least as high as every event left out.
		const kept = shown.map((id) => byId.get(id)!.importance!);
		const left = story.events.filter((e) => !shown.includes(e.id)).map((e) => e.importance!);
		expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...left));
		// The timeline draws only those: every mark is a kept event.
		const drawn = await page
			.getByTestId('timeline')
			.locator('[data-event-id]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId!));
		for (const id of drawn) expect(shown).toContain(id);
		await expect(
			page.getByRole('heading', { name: new RegExp(`^${shown.length} of ${story.events.length}`) })
		).toBeVisible();

		// A link with ?key=1 opens with the switch on.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Key events' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect.poll(() => listedIds(page)).toEqual(shown);

		await page.getByRole('button', { name: 'Key events' }).click();
		await expect(page).not.toHaveURL(/[?&]key=/);
		await expect.poll(async () => (await listedIds(page)).length).toBe(story.events.length);
	});

	test('the list can be ordered by importance, each entry still saying its place', async ({
		page
	}) => {
		await open(page, `/?src=${encodeURIComponent(src)}`);
		const order = page.getByRole('combobox', { name: 'Order' });
		await expect(order).toHaveValue('date');
		const entries = page.locator('.event-list > li[aria-posinset]');
		const byDate = await listedIds(page);
		await order.selectOption('importance');
		await expect(page).toHaveURL(/[?&]order=importance/);
		await expect.poll(() => listedIds(page)).not.toEqual(byDate);
		const ids = await listedIds(page);
		const scores = ids.map((id) => byId.get(id)!.importance!);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		await expect(entries.first()).toHaveAttribute('aria-posinset', '1');
		await expect(entries.first()).toHaveAttribute('aria-setsize', String(story.events.length));
		await expect(entries.nth(1)).toHaveAttribute('aria-posinset', '2');
		// Its title opens its event.
		const top = byId.get(ids[0])!;
		await entries.first().getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`#${top.id}$`));
		await order.selectOption('date');
		await expect.poll(() => listedIds(page)).toEqual(byDate);
	});

	test('opens on the week of the key events, not on 1971 nor on the minor events around @phone', async ({
		page,
		request
	}, info) => {
		// The story, with thirty minor events (one vote each) through 2023 and 2024: fitting most
		// of the events, as a dataset without importance opens, would show those two years.
		const minor = Array.from({ length: 30 }, (_, i) => {
			const day = `${2023 + Math.floor(i / 15)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
			const base = story.events.find((e) => e.precision === 'day')!;
			return {
				...base,
				id: `minor-${i}`,
				title: `Minor event ${i}`,
				date: day,
				start: day,
				end: day,
				importance: 0.5
			};
		});
		const busy = await serve(
			request,
			`keydays-busy-${info.project.name}`,
			JSON.stringify({ ...story, events: [...story.events, ...minor] })
		);
		const timeline = await open(page, `/?src=${encodeURIComponent(busy)}`);
		const { start, end } = await range(timeline);
		expect(end - start).toBeLessThan(60 * 86_400_000);
		// The two days the story is about are in view.
		for (const day of [Date.UTC(2025, 5, 8), Date.UTC(2025, 5, 11)]) {
			expect(start).toBeLessThan(day);
			expect(end).toBeGreaterThan(day + 86_400_000);
		}
		await expect(timeline.getByRole('button', { name: /earlier/ })).toBeVisible();
	});

	test('draws years and decades in thin rows below the lanes, the day’s news in the lanes', async ({
		page
	}) => {
		const timeline = await open(page, `/?src=${encodeURIComponent(src)}`);
		await page.getByRole('button', { name: 'Fit all' }).click();
		const decade = story.events.find((e) => e.precision === 'decade')!;
		const mark = timeline.locator(`[data-event-id="${decade.id}"]`);
		await expect(mark).toHaveClass(/background/);
		const [thinTop, height] = await mark.evaluate((el) => [
			(el as HTMLElement).offsetTop,
			(el as HTMLElement).offsetHeight
		]);
		expect(height).toBeLessThan(24);
		// Below every lane of day-level events.
		const dayTops = await timeline
			.locator('[data-event-id]:not(.background)')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).offsetTop));
		expect(dayTops.length).toBeGreaterThan(0);
		expect(Math.max(...dayTops)).toBeLessThan(thinTop);
	});

	test('an embed given key=1 opens on the key events, and its reader can show the rest', async ({
		page
	}) => {
		await page.goto(`/embed/?src=${encodeURIComponent(src)}&key=1`);
		const key = page.getByRole('button', { name: 'Key events' });
		await expect(key).toHaveAttribute('aria-pressed', 'true');
		const drawn = page.getByTestId('timeline').locator('[data-event-id]');
		await expect(drawn.first()).toBeVisible();
		const ids = await drawn.evaluateAll((els) =>
			els.map((el) => (el as HTMLElement).dataset.eventId!)
		);
		const lowest = Math.min(...ids.map((id) => byId.get(id)!.importance!));
		const top = [...story.events].sort((a, b) => b.importance! - a.importance!);
		expect(lowest).toBeGreaterThanOrEqual(top[Math.ceil(story.events.length / 2)].importance!);
		await key.click();
		await expect(key).toHaveAttribute('aria-pressed', 'false');
	});
});

test.describe('crowded lanes', () => {
	// Fourteen happenings on one day, titled so that the most important sorts last by title.
	const day: Dataset = {
		...story,
		id: 'crowded-day',
		title: 'A crowded day',
		events: Array.from({ length: 14 }, (_, i) => {
			const base = story.events.find((e) => e.precision === 'day')!;
			return {
				...base,
				id: `happening-${i}`,
				title:
					i === 13
						? 'Zeta: the happening the story is about'
						: `Happening ${String.fromCharCode(65 + i)} of the day`,
				date: '2025-06-10',
				start: '2025-06-10',
				end: '2025-06-10',
				precision: 'day' as const,
				importance: i === 13 ? 50 : 1 + (i % 3)
			};
		})
	};

	for (const [name, dataset, labelled] of [
		['keep the most important event labelled', day, true],
		[
			'fill from left to right without importance',
			{ ...day, events: day.events.map(({ importance: _, ...e }) => e) },
			false
		]
	] as const) {
		test(`${name} @phone`, async ({ page, request }, info) => {
			const src = await serve(
				request,
				`crowded-${labelled}-${info.project.name}`,
				JSON.stringify(dataset)
			);
			const timeline = await open(page, `/?src=${encodeURIComponent(src)}`);
			await expect(timeline.locator('.cluster').first()).toBeVisible();
			await expect(timeline.locator('[data-event-id="happening-13"]')).toHaveCount(
				labelled ? 1 : 0
			);
			await expect(page.getByRole('button', { name: 'Key events' })).toHaveCount(labelled ? 1 : 0);
		});
	}
});
