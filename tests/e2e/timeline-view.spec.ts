/**
 * The view through a reader's changes of mind (issue 15): a window resized or a phone rotated
 * after zooming, a cluster holding a year-long event, + and - on the event the keyboard is on,
 * the first gesture made before the gesture code has arrived, and sources published on one day
 * (issue 17). Driven in Chromium; datasets are built here and served from another origin.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { open, range, serve, settled } from './timelineHelpers';

const DAY = 86_400_000;
const seed = JSON.parse(
	readFileSync(new URL('../../data/timelines/iraq-coalition-exit.json', import.meta.url), 'utf8')
) as Dataset;
const bridge = JSON.parse(
	readFileSync(new URL('../fixtures/timeline/valid-dataset.json', import.meta.url), 'utf8')
) as Dataset;

/** The middle and length of the visible window. */
async function view(timeline: Locator) {
	const { start, end } = await range(timeline);
	return { centre: (start + end) / 2, span: end - start };
}

/** Collects what the page throws, so a test can say nothing was thrown. */
function errorsOf(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** A day event of the bridge dataset's shape, quoting its one source. */
function dayEvent(id: string, day: string, title = id) {
	const [quote] = bridge.events[1].quotes;
	return { id, title, date: day, start: day, end: day, precision: 'day' as const, quotes: [quote] };
}

test.describe('resizing keeps the view', () => {
	test('a window narrowed and widened again after zooming keeps its centre and span @phone', async ({
		page
	}) => {
		const errors = errorsOf(page);
		await page.setViewportSize({ width: 1280, height: 800 });
		const timeline = await open(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await settled(timeline);
		const zoomed = await view(timeline);
		for (const width of [390, 844, 600, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await expect
				.poll(async () => {
					const now = await view(timeline);
					return [
						Math.abs(now.centre - zoomed.centre) / zoomed.span < 0.001,
						Math.abs(now.span / zoomed.span - 1) < 0.001
					];
				}, `at ${width} px`)
				.toEqual([true, true]);
		}
		expect(errors).toEqual([]);
	});

	test('a phone rotated at twice the zoom shows the same stretch of time @phone-only', async ({
		page
	}) => {
		const errors = errorsOf(page);
		const timeline = await open(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await settled(timeline);
		const portrait = await view(timeline);
		await page.setViewportSize({ width: 844, height: 390 });
		await expect
			.poll(async () => Math.abs((await view(timeline)).centre - portrait.centre))
			.toBeLessThan(portrait.span / 1000);
		expect((await view(timeline)).span / portrait.span).toBeCloseTo(1, 3);
		await page.setViewportSize({ width: 390, height: 844 });
		await expect
			.poll(async () => Math.abs((await view(timeline)).centre - portrait.centre))
			.toBeLessThan(portrait.span / 1000);
		expect(errors).toEqual([]);
	});

	test('a timeline shown again after being hidden comes back where it was', async ({ page }) => {
		const errors = errorsOf(page);
		const timeline = await open(page);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await settled(timeline);
		const before = await view(timeline);
		// Hidden to no width (a collapsed panel, a print preview), then shown.
		await timeline.evaluate((el) => ((el.parentElement!.parentElement!.style.display = 'none'), 0));
		await page.waitForTimeout(200);
		await timeline.evaluate((el) => ((el.parentElement!.parentElement!.style.display = ''), 0));
		await expect
			.poll(async () => Math.abs((await view(timeline)).centre - before.centre))
			.toBeLessThan(before.span / 1000);
		expect(errors).toEqual([]);
	});
});

test.describe('clusters', () => {
	test('a cluster holding a year-long event zooms in on its members when clicked', async ({
		page,
		request
	}) => {
		// Year-long events among day-level news are drawn in the thin rows below the lanes, two
		// rows; three years of 2020 fill them, so the third joins the count in the middle of the
		// year with the thirty events of mid-June that the lanes cannot hold.
		const years = Array.from({ length: 3 }, (_, i) => ({
			...dayEvent(`year-${i}`, '2020-01-01', `The year of plan ${i}`),
			date: '2020',
			end: '2020-12-31',
			precision: 'year' as const
		}));
		const events = [
			...years,
			...Array.from({ length: 30 }, (_, i) => dayEvent(`june-${i}`, '2020-06-15', `June ${i}`))
		];
		const url = await serve(request, 'year-in-cluster', JSON.stringify({ ...bridge, events }));
		await page.goto(`/?src=${encodeURIComponent(url)}&from=2019-12-20&to=2021-01-10`);
		const timeline = page.getByTestId('timeline');
		const cluster = timeline.getByRole('button', { name: /more events, 2020 to June 15, 2020/ });
		await expect(cluster).toBeVisible({ timeout: 20_000 });
		// The count holds a year: the other two are drawn, in the thin rows.
		const drawn = timeline.locator('.background[data-event-id^="year-"]');
		await expect(drawn).toHaveCount(2);
		const before = await view(timeline);
		await cluster.click();
		await settled(timeline);
		const after = await view(timeline);
		expect(after.span).toBeLessThanOrEqual(before.span / 2);
		const { start, end } = await range(timeline);
		expect(start).toBeLessThan(Date.UTC(2020, 5, 15, 12));
		expect(end).toBeGreaterThan(Date.UTC(2020, 5, 15, 12));
	});

	test('a month across the view is drawn, not counted, and a cluster beside it zooms in on its member', async ({
		page,
		request
	}) => {
		// The week of April 18, 2010 on a phone: eight days of talks, more important than the
		// month that holds them and a year before it, fill the lanes.
		await page.setViewportSize({ width: 390, height: 844 });
		const week = [18, 18, 19, 20, 21, 22, 23, 24].map((d, i) => ({
			...dayEvent(`day-${i}`, `2010-04-${d}`, `Talks on the bill resume, day ${i}`),
			importance: 0.5 + i / 20
		}));
		const events = [
			{
				...dayEvent('year', '2009-01-01', 'The year of the crisis'),
				date: '2009',
				end: '2009-12-31',
				precision: 'year' as const,
				importance: 0.1
			},
			{
				...dayEvent('month', '2010-04-01', 'A month of negotiations'),
				date: '2010-04',
				end: '2010-04-30',
				precision: 'month' as const,
				importance: 0.2
			},
			...week
		];
		const url = await serve(request, 'month-across-week', JSON.stringify({ ...bridge, events }));
		await page.goto(`/?src=${encodeURIComponent(url)}&from=2010-04-18&to=2010-04-26`);
		const timeline = page.getByTestId('timeline');
		const month = timeline.getByRole('button', { name: 'A month of negotiations, April 2010' });
		await expect(month).toBeVisible({ timeout: 20_000 });
		await expect(timeline.getByRole('button', { name: /more events?, April 2010/ })).toHaveCount(0);
		// A cluster of one says its date once, and a click shows what it counted, in the week.
		const cluster = timeline.getByRole('button', {
			name: /^1 more event, April \d+, 2010: zoom in$/
		});
		await expect(cluster.first()).toBeVisible();
		const name = (await cluster.first().getAttribute('aria-label'))!;
		const day = Number(name.match(/April (\d+)/)![1]);
		const before = await view(timeline);
		await cluster.first().click();
		await settled(timeline);
		const { start, end } = await range(timeline);
		expect(end - start).toBeLessThanOrEqual(before.span / 2);
		expect(start).toBeGreaterThanOrEqual(Date.UTC(2010, 3, 18));
		expect(end).toBeLessThanOrEqual(Date.UTC(2010, 3, 26));
		const members = timeline.getByRole('button', {
			name: new RegExp(`^Talks on the bill resume, day \\d, April ${day}, 2010$`)
		});
		await expect(members.first()).toBeVisible();
		await expect(month).toBeVisible();
	});
});

test.describe('keys', () => {
	test('+ and - zoom about the event the keyboard is on, which stays where it was', async ({
		page
	}) => {
		const timeline = await open(page);
		await page.getByRole('button', { name: 'Fit all' }).click();
		await settled(timeline);
		await timeline.focus();
		await page.keyboard.press('Home');
		await settled(timeline);
		const first = timeline.locator('[data-event-id]:focus');
		await expect(first).toBeFocused();
		const id = (await first.getAttribute('data-event-id'))!;
		const mark = timeline.locator(`[data-event-id="${id}"] .dot, [data-event-id="${id}"] .span`);
		const centreOf = async () => {
			const box = (await mark.boundingBox())!;
			return box.x + box.width / 2;
		};
		const x = await centreOf();
		const before = await view(timeline);
		await page.keyboard.press('+');
		await settled(timeline);
		expect((await view(timeline)).span).toBeCloseTo(before.span / 2, -3);
		expect(Math.abs((await centreOf()) - x)).toBeLessThan(3);
		await page.keyboard.press('-');
		await settled(timeline);
		expect(Math.abs((await centreOf()) - x)).toBeLessThan(3);
	});
});

test.describe('the first gesture', () => {
	test('a Ctrl + wheel zoom made while the gesture code is still on its way is not lost', async ({
		page
	}) => {
		const timeline = await open(page);
		// From now on every script comes a second late: the gestures have not arrived yet.
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await new Promise((r) => setTimeout(r, 1000));
			await route.continue();
		});
		const before = await view(timeline);
		const box = (await timeline.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
		await page.keyboard.down('Control');
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -100);
		await page.keyboard.up('Control');
		// The page was not zoomed instead.
		expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
		await expect
			.poll(async () => (await view(timeline)).span, { timeout: 10_000 })
			.toBeLessThan(before.span / 1.5);
	});
});

test.describe('sources published on one day', () => {
	/** The bridge dataset with three sources published on March 4, 2021, as a wire story and its updates. */
	function sameDay() {
		const [wire] = bridge.sources;
		const sources = [
			wire,
			{ ...wire, id: 'update', title: 'An update', published: '2021-03-04' },
			{ ...wire, id: 'evening', title: 'The evening story', published: '2021-03-04T00:00' }
		];
		return JSON.stringify({ ...bridge, sources });
	}

	for (const path of ['/', '/embed/']) {
		test(`a dataset whose sources share a publication date shows, with one mark for the day (${path}) @phone`, async ({
			page,
			request
		}) => {
			const errors = errorsOf(page);
			const url = await serve(request, `same-day-${path.length}`, sameDay());
			await page.goto(`${path}?src=${encodeURIComponent(url)}`);
			const timeline = page.getByTestId('timeline');
			await expect(timeline.getByRole('button', { name: /Bridge opens/ })).toBeVisible({
				timeout: 20_000
			});
			await expect(timeline.locator('line.published')).toHaveCount(1);
			await expect(timeline.locator('text.published-label')).toHaveText(
				'3 published March 4, 2021'
			);
			expect(errors).toEqual([]);
		});
	}

	test('sources on many nearby days each get a mark, and their labels never overlap', async ({
		page,
		request
	}) => {
		const [wire] = bridge.sources;
		const sources = Array.from({ length: 36 }, (_, i) => ({
			...wire,
			id: `s${i}`,
			published: new Date(Date.UTC(2021, 1, 1) + (i % 18) * DAY).toISOString().slice(0, 10)
		}));
		const events = bridge.events.map((e) => ({
			...e,
			quotes: e.quotes.map((q) => ({ ...q, source: 's0' }))
		}));
		const url = await serve(request, 'many-days', JSON.stringify({ ...bridge, sources, events }));
		await page.goto(`/?src=${encodeURIComponent(url)}&from=2021-01-25&to=2021-03-10`);
		const timeline = page.getByTestId('timeline');
		await expect(timeline.locator('line.published')).toHaveCount(18, { timeout: 20_000 });
		const labels = await timeline.locator('text.published-label').evaluateAll((els) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				return [r.left, r.right];
			})
		);
		expect(labels.length).toBeGreaterThan(1);
		expect(labels.length).toBeLessThan(18);
		const sorted = labels.sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < sorted.length; i++) expect(sorted[i][0]).toBeGreaterThan(sorted[i - 1][1]);
		// Only the labelled days are lined across the plot, over the events' titles; the others
		// are notches below the axis line, above its labels.
		await expect(timeline.locator('line.published:not(.unlabelled)')).toHaveCount(labels.length);
		const plotBottom = await timeline
			.locator('line.baseline')
			.evaluate((l) => l.getBoundingClientRect().top);
		const labelsTop = Math.min(
			...(await timeline
				.locator('text.tick')
				.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().top)))
		);
		const ticks = await timeline
			.locator('line.published.unlabelled')
			.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect()));
		expect(ticks.length).toBeGreaterThan(0);
		for (const { top, bottom } of ticks) {
			expect(top).toBeGreaterThanOrEqual(plotBottom - 1);
			expect(bottom, 'a notch ends above the axis labels').toBeLessThanOrEqual(labelsTop + 0.5);
		}
	});
});

test('the seed still marks its publication day', async ({ page }) => {
	const timeline = await open(page, `/t/${seed.id}/`);
	await expect(timeline.locator('text.published-label')).toHaveText(/^Published Jan\. 8, 2024$/);
});
