/**
 * The timeline as a reader uses it, driven with real gestures in Chromium on the seed dataset:
 * wheel, Ctrl+wheel, drag, double-click, touch (through CDP), keys and clicks (issue 4).
 * Event ids and quotes are read from the dataset file, never hard-coded: the extractor
 * regenerates it.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dayEnd, dayStart } from '../../src/lib/data/calendar';
import { chronological, dateLabel } from '../../src/lib/data/partialDate';
import type { Dataset, TimelineEvent } from '../../src/lib/data/schema';
import { open, range, serve, settled, swipe } from './timelineHelpers';

const seed = JSON.parse(
	readFileSync(new URL('../../data/timelines/iraq-coalition-exit.json', import.meta.url), 'utf8')
) as Dataset;
const events = chronological(seed.events);
const source = seed.sources[0];

async function zoomInWithButton(page: Page, timeline: Locator, times = 2) {
	for (let i = 0; i < times; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await settled(timeline);
}

/** Waits until the page stops scrolling (after a smooth scroll). */
async function scrollSettled(page: Page) {
	let previous = -1;
	await expect
		.poll(async () => {
			const now = await page.evaluate(() => window.scrollY);
			const same = now === previous;
			previous = now;
			return same;
		})
		.toBe(true);
}

/** A point inside the timeline's empty top-left area, away from the event marks. */
async function emptySpot(timeline: Locator): Promise<{ x: number; y: number }> {
	const box = (await timeline.boundingBox())!;
	return { x: box.x + box.width * 0.45, y: box.y + box.height * 0.62 };
}

/** Boxes of the elements matched, in page pixels. */
async function boxes(locator: Locator) {
	return locator.evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: el.textContent };
		})
	);
}

type Box = Awaited<ReturnType<typeof boxes>>[number];

function overlap(a: Box, b: Box, gap = 0.5): boolean {
	return (
		a.left < b.right - gap &&
		b.left < a.right - gap &&
		a.top < b.bottom - gap &&
		b.top < a.bottom - gap
	);
}

/** No two event labels overlap, and every label lies inside the timeline's box. */
async function expectLabelsApart(timeline: Locator, count?: number) {
	const labels = await boxes(timeline.locator('[data-event-id] .label'));
	if (count !== undefined) expect(labels.length).toBe(count);
	expect(labels.length).toBeGreaterThan(0);
	const frame = (await timeline.boundingBox())!;
	for (let i = 0; i < labels.length; i++) {
		expect(labels[i].left, `label ${labels[i].text} clipped left`).toBeGreaterThanOrEqual(frame.x);
		expect(labels[i].right, `label ${labels[i].text} clipped right`).toBeLessThanOrEqual(
			frame.x + frame.width
		);
		for (let j = i + 1; j < labels.length; j++)
			expect(overlap(labels[i], labels[j]), `${labels[i].text} / ${labels[j].text}`).toBe(false);
	}
}

/**
 * No event's label lies over another event's mark (its dot or band), nor over its own dot; a
 * label that lies over its own band hides the hatching under an opaque background.
 */
async function expectLabelsOffMarks(timeline: Locator, when: string, least = 1) {
	const drawn = await timeline.locator('[data-event-id]').evaluateAll((els) =>
		els.map((el) => {
			const box = (node: Element | null) => {
				const r = node!.getBoundingClientRect();
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: '' };
			};
			const label = el.querySelector('.label')!;
			// Opaque when its background colour has no transparency (a selected label's tint is
			// a gradient laid over such a colour).
			const background = getComputedStyle(label).backgroundColor;
			const alpha = /rgba?\((?:[^,]+,){3}\s*([\d.]+)\)/.exec(background)?.[1];
			return {
				id: (el as HTMLElement).dataset.eventId!,
				title: label.querySelector('.title')!.textContent!,
				label: box(label),
				mark: box(el.querySelector('.dot, .span')),
				band: el.querySelector('.span') !== null,
				opaque: background !== 'transparent' && (alpha === undefined || Number(alpha) === 1)
			};
		})
	);
	expect(drawn.length, `${when}: events drawn`).toBeGreaterThanOrEqual(least);
	for (const a of drawn) {
		for (const b of drawn) {
			if (a === b) {
				if (overlap(a.label, a.mark))
					expect(a.band && a.opaque, `${when}: "${a.title}" over its own mark, see-through`).toBe(
						true
					);
			} else
				expect(
					overlap(a.label, b.mark),
					`${when}: "${a.title}" over the mark of "${b.title}"`
				).toBe(false);
		}
	}
}

/** The axis's tick labels (and the year said at its left) neither touch nor leave the timeline. */
async function expectAxisLabelsApart(timeline: Locator) {
	const labels = await boxes(timeline.locator('text.tick, text.context'));
	expect(labels.length).toBeGreaterThan(1);
	const frame = (await timeline.boundingBox())!;
	for (let i = 0; i < labels.length; i++) {
		expect(labels[i].left).toBeGreaterThanOrEqual(frame.x);
		expect(labels[i].right).toBeLessThanOrEqual(frame.x + frame.width);
		for (let j = i + 1; j < labels.length; j++)
			expect(overlap(labels[i], labels[j], -2), `${labels[i].text} / ${labels[j].text}`).toBe(
				false
			);
	}
}

test.describe('the seed timeline', () => {
	test('fits every event in the first view, each a button named with its title and date @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		const { start, end } = await range(timeline);
		expect(start).toBeLessThan(Date.parse(events[0].start));
		expect(end).toBeGreaterThan(Date.parse(events.at(-1)!.end));
		for (const event of events) {
			const mark = timeline.locator(`[data-event-id="${event.id}"]`);
			await expect(mark).toHaveRole('button');
			await expect(mark).toBeInViewport();
			const name = (await mark.getAttribute('aria-label')) ?? '';
			expect(name).toContain(event.title);
			expect(name).toContain(dateLabel(event));
			// Nothing covers it: a tap on its dot or band lands on this event, and on its title too.
			for (const part of [mark.locator('.dot, .span'), mark.locator('.title')]) {
				const box = (await part.boundingBox())!;
				const hit = await page.evaluate(
					([x, y]) =>
						document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-event-id]')?.dataset
							.eventId,
					[box.x + box.width / 2, box.y + Math.min(box.height / 2, 8)]
				);
				expect(hit, `${event.title} can be clicked`).toBe(event.id);
			}
		}
	});

	test('lists its events in chronological order in the DOM, as screen readers read them', async ({
		page
	}) => {
		const timeline = await open(page);
		const order = await timeline
			.locator('[data-event-id]')
			.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId));
		expect(order).toEqual(events.map((e) => e.id));
	});

	test('never lets two event labels overlap nor run out of the timeline, at any zoom @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		await expectLabelsApart(timeline, events.length);
		// Ctrl + wheel over the week of January 2024 where three events crowd, zooming in step by
		// step until they stand apart.
		const crowd = timeline.locator(`[data-event-id="${events.at(-1)!.id}"]`).locator('.dot, .span');
		for (let i = 0; i < 5; i++) {
			const box = (await crowd.boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.keyboard.down('Control');
			await page.mouse.wheel(0, -150);
			await page.keyboard.up('Control');
			await settled(timeline);
			await expectLabelsApart(timeline);
		}
	});

	test('never draws a label over another event’s mark, nor see-through over its own, at any zoom @phone', async ({
		page
	}) => {
		// Some twenty animated zooms, each waited out: more than the default 30 s on a busy machine.
		test.setTimeout(60_000);
		const timeline = await open(page);
		await expectLabelsOffMarks(timeline, 'first view');
		await expectLabelsApart(timeline, events.length);
		// Ctrl + wheel over each band in turn, so every year and week is seen from wide to close.
		for (const event of events.filter((e) => e.precision !== 'day')) {
			await page.getByRole('button', { name: 'Fit all' }).click();
			await settled(timeline);
			const band = timeline.locator(`[data-event-id="${event.id}"] .span`);
			for (let i = 0; i < 4; i++) {
				const box = (await band.boundingBox())!;
				await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.9);
				await page.keyboard.down('Control');
				await page.mouse.wheel(0, -120);
				await page.keyboard.up('Control');
				await settled(timeline);
				await expectLabelsOffMarks(timeline, `zoomed in on ${event.title} (${i + 1})`);
				await expectLabelsApart(timeline);
			}
		}
		// Then the buttons, which zoom about the centre: out from there step by step, and in from
		// the whole span (where the middle years may hold no event at all).
		for (let i = 0; i < 4; i++) {
			await page.getByRole('button', { name: 'Zoom out' }).click();
			await settled(timeline);
			await expectLabelsOffMarks(timeline, `zoom out button (${i + 1})`);
			await expectLabelsApart(timeline);
		}
		await page.getByRole('button', { name: 'Fit all' }).click();
		for (let i = 0; i < 3; i++) {
			await zoomInWithButton(page, timeline, 1);
			await expectLabelsOffMarks(timeline, `zoom in button (${i + 1})`, 0);
		}
	});

	test('never lets axis labels collide or clip at the edges, at any zoom @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		await expectAxisLabelsApart(timeline);
		// Ctrl + wheel zooms about the pointer: from a decade down through years, months and days.
		const box = (await timeline.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5);
		for (let i = 0; i < 6; i++) {
			await page.keyboard.down('Control');
			await page.mouse.wheel(0, -300);
			await page.keyboard.up('Control');
			await settled(timeline);
			await expectAxisLabelsApart(timeline);
		}
	});

	test('on a phone every title reads on up to two lines, and the focused event shows its title in full @phone-only', async ({
		page
	}) => {
		const timeline = await open(page);
		for (const event of events) {
			const title = timeline.locator(`[data-event-id="${event.id}"] .title`);
			// Cut to one line would be a truncation a reader cannot get past; two lines read.
			const lines = await title.evaluate(
				(el) => el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)
			);
			const whole = await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
			expect(whole || lines > 1.9, `${event.title} is cut to one line`).toBe(true);
		}
		await timeline.locator('[data-event-id]').first().focus();
		for (const event of events) {
			if (event !== events[0]) await page.keyboard.press('ArrowRight');
			const mark = timeline.locator(`[data-event-id="${event.id}"]`);
			await expect(mark).toBeFocused();
			const title = mark.locator('.title');
			await expect(title).toHaveText(event.title);
			expect(
				await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
				`${event.title} shows in full when focused`
			).toBe(true);
		}
	});

	test('draws a day as a point and a week or year as a visible band across its interval @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		for (const event of events) {
			const mark = timeline.locator(`[data-event-id="${event.id}"]`);
			if (event.precision === 'day') await expect(mark.locator('.dot')).toHaveCount(1);
			else {
				await expect(mark.locator('.span')).toHaveCount(1);
				// However short its interval at this zoom (a week across a decade), the band shows.
				const band = (await mark.locator('.span').boundingBox())!;
				expect(band.width, `${event.title}'s band is visible`).toBeGreaterThanOrEqual(10);
				expect(band.height).toBeGreaterThanOrEqual(10);
				// Known to the week or the year, not about it: the seed states no approximate date.
				expect(await mark.getAttribute('aria-label')).not.toContain('approximate');
			}
		}
	});

	test('calls a year exact at its precision, and only a date stated as about one approximate', async ({
		page,
		request
	}) => {
		const dataset = JSON.parse(
			readFileSync(new URL('../fixtures/timeline/valid-dataset.json', import.meta.url), 'utf8')
		) as Dataset;
		const [year, day] = dataset.events;
		expect(year.date).toBe('2019');
		// The same day's event, now "about 2019": EDTF's approximate qualifier.
		const about = {
			...day,
			id: 'about-2019',
			title: 'Work begins',
			date: '2019~',
			start: year.start,
			end: year.end
		};
		about.precision = 'year';
		dataset.events.push(about);
		const src = await serve(request, 'approximate-year', JSON.stringify(dataset));
		const timeline = await open(page, `/?src=${encodeURIComponent(src)}`);
		const yearMark = timeline.locator(`[data-event-id="${year.id}"]`);
		const aboutMark = timeline.locator(`[data-event-id="${about.id}"]`);
		await expect(yearMark).toHaveAttribute('aria-label', `${year.title}, 2019`);
		await expect(aboutMark).toHaveAttribute('aria-label', `${about.title}, c. 2019 (approximate)`);
		await yearMark.click();
		await expect(page.getByRole('region', { name: year.title })).not.toContainText('approximate');
		await aboutMark.click();
		await expect(page.getByRole('region', { name: about.title })).toContainText('approximate');
	});

	test('marks the publication date on the axis', async ({ page }) => {
		await open(page);
		const day = source.published.slice(0, 10);
		const label = dateLabel({ date: day, start: day, end: day, precision: 'day' });
		await expect(page.locator('.published-label')).toHaveText(`Published ${label}`);
	});
});

test.describe('moving through time', () => {
	test('a plain vertical wheel over the timeline scrolls the page and leaves the view alone', async ({
		page
	}) => {
		const timeline = await open(page);
		const before = await range(timeline);
		const spot = await emptySpot(timeline);
		await page.mouse.move(spot.x, spot.y);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
		expect(await range(timeline)).toEqual(before);
	});

	test('a horizontal wheel pans later in time, keeping the zoom', async ({ page }) => {
		const timeline = await open(page);
		await zoomInWithButton(page, timeline);
		await page.getByRole('button', { name: 'Fit all' }).focus();
		// Start from the far left so there is room to pan right.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Home');
		await settled(timeline);
		const before = await range(timeline);
		const spot = await emptySpot(timeline);
		await page.mouse.move(spot.x, spot.y);
		await page.mouse.wheel(300, 0);
		await expect.poll(async () => (await range(timeline)).start).toBeGreaterThan(before.start);
		const after = await range(timeline);
		expect(after.end - after.start).toBeCloseTo(before.end - before.start, -4);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('Ctrl + wheel zooms in about the pointer: the range shrinks and the time under it stays', async ({
		page
	}) => {
		const timeline = await open(page);
		const box = (await timeline.boundingBox())!;
		const before = await range(timeline);
		const px = box.width * 0.7;
		const timeAt = (r: { start: number; end: number }) =>
			r.start + (px / box.width) * (r.end - r.start);
		await page.mouse.move(box.x + px, box.y + box.height * 0.62);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect
			.poll(async () => {
				const r = await range(timeline);
				return r.end - r.start;
			})
			.toBeLessThan((before.end - before.start) * 0.6);
		const after = await range(timeline);
		const drift = Math.abs(timeAt(after) - timeAt(before));
		expect(drift).toBeLessThan((after.end - after.start) * 0.01);
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
	});

	test('dragging the timeline pans it', async ({ page }) => {
		const timeline = await open(page);
		await zoomInWithButton(page, timeline, 3);
		const before = await range(timeline);
		const spot = await emptySpot(timeline);
		await page.mouse.move(spot.x, spot.y);
		await page.mouse.down();
		await page.mouse.move(spot.x + 150, spot.y, { steps: 8 });
		await page.mouse.up();
		const after = await range(timeline);
		expect(after.start).toBeLessThan(before.start);
		// A pan keeps the span: within a hundred-thousandth of it (the view's last animation frame
		// and the scale's floating point move it by seconds over a year), where a zoom would
		// change it by a good fraction.
		const span = before.end - before.start;
		expect(Math.abs(after.end - after.start - span)).toBeLessThan(span * 1e-5);
	});

	test('double-clicking empty space zooms in, and the buttons zoom in, out and fit', async ({
		page
	}) => {
		const timeline = await open(page);
		const full = await range(timeline);
		const spot = await emptySpot(timeline);
		await page.mouse.dblclick(spot.x, spot.y);
		await settled(timeline);
		const zoomed = await range(timeline);
		expect(zoomed.end - zoomed.start).toBeLessThan((full.end - full.start) * 0.6);

		await page.getByRole('button', { name: 'Zoom in' }).click();
		await settled(timeline);
		const closer = await range(timeline);
		expect(closer.end - closer.start).toBeLessThan((zoomed.end - zoomed.start) * 0.6);

		await page.getByRole('button', { name: 'Zoom out' }).click();
		await settled(timeline);
		const back = await range(timeline);
		expect(back.end - back.start).toBeCloseTo(zoomed.end - zoomed.start, -5);

		await page.getByRole('button', { name: 'Fit all' }).click();
		await settled(timeline);
		expect(await range(timeline)).toEqual(full);
	});

	test('with reduced motion, the buttons move the view at once, without animating', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const timeline = await open(page);
		const full = await range(timeline);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		// Read straight away: an animated zoom would still be near the start of its 300 ms.
		const zoomed = await range(timeline);
		expect(zoomed.end - zoomed.start).toBeCloseTo((full.end - full.start) / 2, -5);
	});

	test('zoom stops at a few hours and at the whole span', async ({ page }) => {
		const timeline = await open(page);
		const full = await range(timeline);
		const box = (await timeline.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 20);
		await page.keyboard.down('Control');
		for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -500);
		await page.keyboard.up('Control');
		await expect
			.poll(async () => {
				const r = await range(timeline);
				return (r.end - r.start) / 3_600_000;
			})
			.toBeLessThan(4);
		const narrowest = await range(timeline);
		expect(narrowest.end - narrowest.start).toBeGreaterThan(2 * 3_600_000);
		await page.keyboard.down('Control');
		for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 500);
		await page.keyboard.up('Control');
		await expect.poll(() => range(timeline)).toEqual(full);
	});

	test('dragging the overview brush moves the view to that window', async ({ page }) => {
		const timeline = await open(page);
		const overview = page.getByRole('img', { name: 'Overview of the whole timeline' });
		const box = (await overview.boundingBox())!;
		// Brush the last tenth of the span: where the dense week of January 2024 is.
		await page.mouse.move(box.x + box.width * 0.88, box.y + 8);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.98, box.y + 8, { steps: 6 });
		await page.mouse.up();
		// The view follows in the frames after the drag: polled, as a busy machine draws late.
		await expect
			.poll(async () => (await range(timeline)).start)
			.toBeGreaterThan(Date.parse(events[0].end));
		const r = await range(timeline);
		expect(r.end - r.start).toBeLessThan(2 * 365 * 86_400_000);
	});
});

test.describe('touch', () => {
	/** Sends a two-finger pinch through CDP: fingers start `from` apart and end `to` apart. */
	async function pinch(page: Page, centre: { x: number; y: number }, from: number, to: number) {
		const cdp = await page.context().newCDPSession(page);
		const points = (gap: number) => [
			{ x: centre.x - gap / 2, y: centre.y, id: 1 },
			{ x: centre.x + gap / 2, y: centre.y, id: 2 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
		for (let s = 1; s <= 8; s++) {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: points(from + ((to - from) * s) / 8)
			});
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	}

	test('two fingers pinching apart zoom in @phone-only', async ({ page }) => {
		const timeline = await open(page);
		const before = await range(timeline);
		const box = (await timeline.boundingBox())!;
		await pinch(page, { x: box.x + box.width / 2, y: box.y + box.height * 0.6 }, 60, 240);
		await expect
			.poll(async () => {
				const r = await range(timeline);
				return r.end - r.start;
			})
			.toBeLessThan((before.end - before.start) * 0.5);
	});

	test('one finger swiping sideways pans, and swiping up scrolls the page @phone-only', async ({
		page
	}) => {
		const timeline = await open(page);
		const box = (await timeline.boundingBox())!;
		await pinch(page, { x: box.x + box.width / 2, y: box.y + box.height * 0.6 }, 60, 240);
		await settled(timeline);
		const before = await range(timeline);
		await swipe(page, { x: box.x + box.width * 0.3, y: box.y + box.height * 0.6 }, 120, 0);
		await expect.poll(async () => (await range(timeline)).start).toBeLessThan(before.start);
		const panned = await range(timeline);

		await swipe(page, { x: box.x + box.width * 0.5, y: box.y + box.height * 0.7 }, 0, -250);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
		expect(await range(timeline)).toEqual(panned);
	});
});

test.describe('opening events', () => {
	test('every seed event opens on click, showing its exact quotes, highlighted in the article, and whom they name', async ({
		page
	}) => {
		const timeline = await open(page);
		for (const event of events) {
			await timeline.locator(`[data-event-id="${event.id}"]`).click();
			const panel = page.getByRole('region', { name: event.title, exact: true });
			await expect(panel).toBeVisible();
			await expect(panel.locator('time').first()).toHaveText(dateLabel(event));
			const quotes = await panel
				.locator('blockquote')
				.evaluateAll((els) => els.map((el) => el.textContent));
			expect(quotes).toEqual(event.quotes.map((q) => q.text));
			const marks = await panel
				.locator('mark')
				.evaluateAll((els) => els.map((el) => el.textContent));
			expect(marks).toEqual([...event.quotes].sort((a, b) => a.start - b.start).map((q) => q.text));
			// The people, places and organisations its quotes name, kind by kind.
			const named = await panel
				.getByRole('definition')
				.evaluateAll((els) => els.map((el) => el.textContent?.trim()));
			const entities = event.entities ?? { people: [], places: [], organizations: [] };
			expect(named).toEqual(
				[entities.people, entities.places, entities.organizations]
					.filter((names) => names.length > 0)
					.map((names) => names.join(' · '))
			);
			// The panel is brought into view, and the highlight scrolled into view inside the article.
			await expect(panel.getByRole('heading', { name: event.title })).toBeInViewport();
			const box = panel.getByRole('region', { name: 'Article text' });
			await expect
				.poll(async () => {
					const [b, m] = await Promise.all([
						box.boundingBox(),
						panel.locator('mark').first().boundingBox()
					]);
					return m!.y >= b!.y - 1 && m!.y + Math.min(m!.height, 40) <= b!.y + b!.height + 1;
				})
				.toBe(true);
			expect(page.url()).toContain(`#${event.id}`);
		}
	});

	test('the panel names the source: publisher, author, publication date and link', async ({
		page
	}) => {
		const timeline = await open(page);
		await timeline.locator(`[data-event-id="${events[2].id}"]`).click();
		const panel = page.getByRole('region', { name: events[2].title, exact: true });
		await expect(panel).toContainText(source.publisher);
		await expect(panel).toContainText(source.author);
		if (source.url) {
			await expect(panel.getByRole('link', { name: source.title })).toHaveAttribute(
				'href',
				source.url
			);
		}
		await expect(panel).toContainText('How the date was read');
	});

	test('the keyboard walks the events: arrows, Home and End, Enter opens, Escape closes', async ({
		page
	}) => {
		const timeline = await open(page);
		await page.getByRole('button', { name: 'Fit all' }).focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Home');
		await expect(timeline.locator(`[data-event-id="${events[0].id}"]`)).toBeFocused();
		for (const event of events.slice(1)) {
			await page.keyboard.press('ArrowRight');
			const mark = timeline.locator(`[data-event-id="${event.id}"]`);
			await expect(mark).toBeFocused();
			// The focus is visible: a ring around the event.
			expect(await mark.evaluate((el) => getComputedStyle(el).boxShadow)).toMatch(/3px/);
		}
		await page.keyboard.press('ArrowLeft');
		const second = events.at(-2)!;
		await expect(timeline.locator(`[data-event-id="${second.id}"]`)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('region', { name: second.title, exact: true })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('region', { name: second.title, exact: true })).toHaveCount(0);
		await expect(timeline.locator(`[data-event-id="${second.id}"]`)).toBeFocused();
		await page.keyboard.press('End');
		await expect(timeline.locator(`[data-event-id="${events.at(-1)!.id}"]`)).toBeFocused();
		await page.keyboard.press(' ');
		await expect(
			page.getByRole('region', { name: events.at(-1)!.title, exact: true })
		).toBeVisible();
	});

	test('the first key, pressed as soon as the page has loaded, steps to the next event while the gestures are still on their way', async ({
		page
	}) => {
		await page.goto('/');
		// Hydrated: the timeline has measured its width and drawn its axis (the page's own code,
		// some of it imported after the load event, must not be held back below).
		await expect(page.locator('svg.axis')).not.toHaveAttribute('width', '0');
		// From now on the code the timeline loads when reached for (its gestures, the detail
		// panel) is held back: the keys must not wait for it.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		try {
			const timeline = page.getByTestId('timeline');
			const stop = timeline.locator('[data-event-id][tabindex="0"]');
			const from = (await stop.getAttribute('data-event-id'))!;
			await stop.focus();
			await page.keyboard.press('ArrowRight');
			const next = events[events.findIndex((e) => e.id === from) + 1];
			await expect(timeline.locator(`[data-event-id="${next.id}"]`)).toBeFocused();
		} finally {
			release();
		}
	});

	test('+ and - zoom from the keyboard, and the view follows the focused event', async ({
		page
	}) => {
		const timeline = await open(page);
		const full = await range(timeline);
		await page.getByRole('button', { name: 'Fit all' }).focus();
		await page.keyboard.press('Tab');
		for (let i = 0; i < 5; i++) await page.keyboard.press('+');
		await settled(timeline);
		const zoomed = await range(timeline);
		expect(zoomed.end - zoomed.start).toBeLessThan((full.end - full.start) / 8);
		// Each arrow press brings the next event into view, however far away it is.
		for (const event of events) {
			await page.keyboard.press(event === events[0] ? 'Home' : 'ArrowRight');
			await settled(timeline);
			const r = await range(timeline);
			expect(r.end).toBeGreaterThan(Date.parse(event.start));
			expect(r.start).toBeLessThan(Date.parse(event.end) + 86_400_000);
			await expect(timeline.locator(`[data-event-id="${event.id}"]`)).toBeFocused();
		}
		await page.keyboard.press('-');
		await settled(timeline);
		const out = await range(timeline);
		expect(out.end - out.start).toBeGreaterThan(zoomed.end - zoomed.start);
	});

	test('a link with #<event id> opens that event', async ({ page }) => {
		const event = events[3];
		await open(page, `/#${event.id}`);
		const panel = page.getByRole('region', { name: event.title, exact: true });
		await expect(panel).toBeVisible();
		await expect(panel.locator('mark').first()).toHaveText(event.quotes[0].text);
	});

	test('Back and Forward walk through the events the reader opened', async ({ page }) => {
		const timeline = await open(page, `/t/${seed.id}/`);
		const [a, b] = [events[1], events[2]];
		await timeline.locator(`[data-event-id="${a.id}"]`).click();
		await expect(page.getByRole('region', { name: a.title, exact: true })).toBeVisible();
		await timeline.locator(`[data-event-id="${b.id}"]`).click();
		await expect(page.getByRole('region', { name: b.title, exact: true })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('region', { name: a.title, exact: true })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('region', { name: a.title, exact: true })).toHaveCount(0);
		await page.goForward();
		await expect(page.getByRole('region', { name: a.title, exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Close details' }).click();
		await expect(page.getByRole('region', { name: a.title, exact: true })).toHaveCount(0);
		expect(new URL(page.url()).hash).toBe('');
	});
});

test.describe('datasets by URL', () => {
	const fixture = (name: string) =>
		readFileSync(new URL(`../fixtures/timeline/${name}`, import.meta.url), 'utf8');

	test('?src= shows a valid dataset from another server', async ({ page }) => {
		await page.route('https://data.example.org/bridge.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: fixture('valid-dataset.json') })
		);
		await page.goto('/?src=https://data.example.org/bridge.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'The bridge, from plan to opening',
			{ timeout: 20_000 }
		);
		const timeline = page.getByTestId('timeline');
		await expect(
			timeline.getByRole('button', { name: /Bridge opens, March 1, 2021/ })
		).toBeVisible();
		await expect(timeline.getByRole('button', { name: /Plan approved, 2019/ })).toBeVisible();
	});

	test('?src= never shows the default timeline, not even before the scripts start', async ({
		page
	}) => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('https://data.example.org/slow.json', async (route) => {
			await held;
			await route.fulfill({ contentType: 'application/json', body: fixture('valid-dataset.json') });
		});
		// Looks at every frame the browser renders, from the very first, for the default's title.
		await page.addInitScript(
			({ title, ids }) => {
				const record = { frames: 0, seen: 0 };
				(window as unknown as { __frames: typeof record }).__frames = record;
				const selector = ids
					.flatMap((id) => [`[id="list-${id}"]`, `[data-event-id="${id}"]`])
					.join();
				const look = () => {
					record.frames++;
					for (const el of document.querySelectorAll(`h1, ${selector}`))
						if (el.checkVisibility() && (el.tagName !== 'H1' || el.textContent === title))
							record.seen++;
					requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			},
			{ title: seed.title, ids: events.map((e) => e.id) }
		);
		await page.goto('/?src=https://data.example.org/slow.json');
		await expect(page.getByRole('status')).toContainText('Loading the timeline', {
			timeout: 20_000
		});
		release();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'The bridge, from plan to opening'
		);
		const record = await page.evaluate(
			() => (window as unknown as { __frames: { frames: number; seen: number } }).__frames
		);
		expect(record.frames).toBeGreaterThan(2);
		expect(record.seen).toBe(0);
	});

	test('?src= refuses an invalid dataset, naming each problem by its path', async ({ page }) => {
		await page.route('https://data.example.org/bad.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: fixture('invalid-dataset.json') })
		);
		await page.goto('/?src=https://data.example.org/bad.json');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('This dataset cannot be shown', { timeout: 20_000 });
		await expect(alert).toContainText(
			'https://data.example.org/bad.json: $.events[1].start: expected a real calendar day (February 2021 has 28 days), found "2021-02-30"'
		);
		await expect(page.getByTestId('timeline')).toHaveCount(0);
	});

	test('?src= refuses what is not JSON, and what cannot be fetched', async ({ page }) => {
		await page.route('https://data.example.org/page.html', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>hello</p>' })
		);
		await page.goto('/?src=https://data.example.org/page.html');
		await expect(page.getByRole('alert')).toContainText('not valid JSON', { timeout: 20_000 });
		await page.route('https://data.example.org/missing.json', (route) =>
			route.fulfill({ status: 404, body: 'nope' })
		);
		await page.goto('/?src=https://data.example.org/missing.json');
		await expect(page.getByRole('alert')).toContainText('answered 404');
	});
});

test.describe('how it looks', () => {
	test('desktop screenshot, with an event open', async ({ page }) => {
		const timeline = await open(page);
		await page.screenshot({ path: '/tmp/timeline-desktop.png' });
		await timeline.locator(`[data-event-id="${events[3].id}"]`).click();
		await expect(page.locator('mark').first()).toBeVisible();
		await page.screenshot({ path: '/tmp/timeline-desktop-open.png', fullPage: true });
		expect((await timeline.boundingBox())!.width).toBeGreaterThan(1000);
	});

	test('phone screenshot, with an event open @phone-only', async ({ page }) => {
		const timeline = await open(page);
		await page.screenshot({ path: '/tmp/timeline-phone.png' });
		await timeline.locator(`[data-event-id="${events[2].id}"]`).click();
		await expect(page.locator('mark').first()).toBeVisible();
		await page.screenshot({ path: '/tmp/timeline-phone-open.png', fullPage: true });
		const box = (await timeline.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(390);
	});
});

test.describe('crowds and print', () => {
	/** Forty events within ten days of March 2024 and one in 2020: too many for the lanes. */
	function crowded(): Dataset {
		const text = 'Many things happened in early March 2024, one after another.';
		const quote = { source: 'wire', start: 0, end: 20, text: text.slice(0, 20) };
		const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}`;
		return {
			version: 1,
			id: 'crowded',
			title: 'A crowded March',
			sources: [
				{
					id: 'wire',
					title: 'Wire',
					publisher: 'Wire',
					author: 'Desk',
					published: '2024-03-20',
					text
				}
			],
			events: [
				{
					id: 'early',
					title: 'An early event',
					date: '2020-06-15',
					start: '2020-06-15',
					end: '2020-06-15',
					precision: 'day',
					quotes: [quote]
				},
				...Array.from({ length: 40 }, (_, i) => ({
					id: `crowd-${i}`,
					title: `Crowded event number ${i}`,
					date: day(1 + (i % 10)),
					start: day(1 + (i % 10)),
					end: day(1 + (i % 10)),
					precision: 'day' as const,
					quotes: [quote]
				}))
			]
		};
	}

	test('events the lanes cannot hold gather in a counted cluster that zooms in on click', async ({
		page
	}) => {
		await page.route('https://data.example.org/crowded.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(crowded()) })
		);
		await page.goto('/?src=https://data.example.org/crowded.json');
		const timeline = page.getByTestId('timeline');
		// It opens on the crowded March (see 'the first view'); fitted to 2020 as well, it crowds.
		await expect(timeline.locator('[data-edge="earlier"]')).toBeVisible({ timeout: 20_000 });
		await page.getByRole('button', { name: 'Fit all' }).click();
		await settled(timeline);
		const cluster = timeline.getByRole('button', { name: /more events, .* zoom in/ });
		await expect(cluster.first()).toBeVisible({ timeout: 20_000 });
		const drawn = await timeline.locator('[data-event-id]').count();
		const counts = await cluster.evaluateAll((els) =>
			els.map((el) => Number(el.textContent!.replace(/[^\d]/g, '')))
		);
		// Every event is either drawn or counted in a cluster, and no two labels overlap.
		expect(drawn + counts.reduce((a, b) => a + b, 0)).toBe(41);
		await expectLabelsApart(timeline);
		const before = await range(timeline);
		await cluster.last().click();
		await settled(timeline);
		const after = await range(timeline);
		expect(after.end - after.start).toBeLessThan((before.end - before.start) / 20);
		expect(after.start).toBeGreaterThan(Date.parse('2024-02-01'));
		await expect.poll(() => timeline.locator('[data-event-id]').count()).toBeGreaterThan(drawn);
		await expectLabelsApart(timeline);
	});

	test('prints as a readable list, without the interactive timeline', async ({ page }) => {
		await open(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('timeline')).toBeHidden();
		await expect(page.locator('.event-list > li')).toHaveCount(events.length);
		await expect(page.locator('.event-list > li').first()).toBeVisible();
	});
});

test.describe('the view in the URL', () => {
	test('a zoomed view is kept in ?from=&to=, and a link with them opens that view', async ({
		page
	}) => {
		const timeline = await open(page);
		await zoomInWithButton(page, timeline, 3);
		const zoomed = await range(timeline);
		// The URL follows the view after a short pause, once it has stopped moving.
		await expect
			.poll(() => {
				const from = new URL(page.url()).searchParams.get('from');
				return from !== null && Math.abs(Date.parse(from) - zoomed.start) < 86_400_000;
			})
			.toBe(true);
		const url = new URL(page.url());
		const from = Date.parse(url.searchParams.get('from')!);
		const to = Date.parse(url.searchParams.get('to')!);
		expect(Math.abs(from - zoomed.start)).toBeLessThan(86_400_000);
		expect(Math.abs(to - zoomed.end)).toBeLessThan(86_400_000);

		await page.goto(url.pathname + url.search);
		// The view may hold no event, so wait for the range rather than for a mark.
		await expect
			.poll(async () => Math.abs((await range(timeline)).start - from), { timeout: 20_000 })
			.toBeLessThan((to - from) * 0.01);
		expect(Math.abs((await range(timeline)).end - to)).toBeLessThan((to - from) * 0.01);
	});
});

test.describe('events sharing one moment', () => {
	test('a cluster that zooming cannot pull apart opens its first event, and the arrows reach the rest', async ({
		page
	}) => {
		const text = 'Everything happened on the same day.';
		const quote = { source: 'wire', start: 0, end: 10, text: text.slice(0, 10) };
		const dataset: Dataset = {
			version: 1,
			id: 'same-day',
			title: 'One busy day',
			sources: [
				{
					id: 'wire',
					title: 'Wire',
					publisher: 'Wire',
					author: 'Desk',
					published: '2024-05-02',
					text
				}
			],
			events: Array.from({ length: 12 }, (_, i) => ({
				id: `same-${String(i).padStart(2, '0')}`,
				title: `Same-day event ${String(i).padStart(2, '0')}`,
				date: '2024-05-01',
				start: '2024-05-01',
				end: '2024-05-01',
				precision: 'day' as const,
				quotes: [quote]
			}))
		};
		await page.route('https://data.example.org/same-day.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
		);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?src=https://data.example.org/same-day.json');
		const timeline = page.getByTestId('timeline');
		const cluster = timeline.getByRole('button', { name: /more events/ });
		await expect(cluster).toBeVisible({ timeout: 20_000 });
		// Zoom as far as clicking goes, then once more: the cluster stays, so it opens instead.
		for (
			let i = 0;
			i < 12 && (await page.getByRole('region', { name: /Same-day/ }).count()) === 0;
			i++
		)
			await cluster.click();
		const first = page.getByRole('region', { name: /Same-day event \d+/ });
		await expect(first).toBeVisible();
		const opened = (await first.getByRole('heading').textContent())!.trim();
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
		const next = page.getByRole('region', { name: /Same-day event \d+/ });
		await expect(next).toBeVisible();
		expect((await next.getByRole('heading').textContent())!.trim()).not.toBe(opened);
	});
});

test.describe('stepping through events in the open panel', () => {
	const panelOf = (page: Page, event: TimelineEvent) =>
		page.getByRole('region', { name: event.title, exact: true });
	const stepButton = (page: Page, way: 'Previous' | 'Next', event: TimelineEvent) =>
		page.getByRole('button', { name: `${way}: ${event.title}`, exact: true });

	/** The event is open, in the URL, pressed on the timeline and its tab stop, and in view. */
	async function expectOpened(page: Page, timeline: Locator, event: TimelineEvent) {
		const panel = panelOf(page, event);
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { name: event.title, exact: true })).toBeInViewport();
		await expect.poll(() => new URL(page.url()).hash).toBe(`#${encodeURIComponent(event.id)}`);
		const mark = timeline.locator(`[data-event-id="${event.id}"]`);
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		await expect(mark).toHaveAttribute('tabindex', '0');
		// The view panned to it, as the arrow keys do: the event lies within the visible range.
		await expect
			.poll(async () => {
				const r = await range(timeline);
				return r.start < Date.parse(event.end) + 86_400_000 && r.end > Date.parse(event.start);
			}, `${event.title} in view`)
			.toBe(true);
		await settled(timeline);
	}

	test('Next and Previous open the neighbouring events in date order, by click and by keyboard, the hash and the view following @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		await timeline.locator(`[data-event-id="${events[0].id}"]`).click();
		await expectOpened(page, timeline, events[0]);
		await expect(page.getByRole('button', { name: /^Previous: / })).toHaveCount(0);
		// Zoomed in about the middle of the span, so that most steps must bring their event into view.
		await zoomInWithButton(page, timeline, 3);

		for (const event of events.slice(1)) {
			await stepButton(page, 'Next', event).click();
			await expectOpened(page, timeline, event);
		}
		// At the last event there is no Next; the focus went to Previous rather than being lost.
		await expect(page.getByRole('button', { name: /^Next: / })).toHaveCount(0);
		await expect(stepButton(page, 'Previous', events.at(-2)!)).toBeFocused();

		// The keyboard walks back from there: the focus stays on Previous, step after step.
		for (const event of events.slice(0, -1).reverse()) {
			await expect(stepButton(page, 'Previous', event)).toBeFocused();
			await page.keyboard.press(event === events[0] ? ' ' : 'Enter');
			await expectOpened(page, timeline, event);
		}
		await expect(page.getByRole('button', { name: /^Previous: / })).toHaveCount(0);
		await expect(stepButton(page, 'Next', events[1])).toBeFocused();

		// Every step was a history entry, as a click on the event is: Back retraces them.
		await page.goBack();
		await expect(panelOf(page, events[1])).toBeVisible();
		await page.goBack();
		await expect(panelOf(page, events[2])).toBeVisible();
	});

	test('on a phone, a tapped event leaves the timeline on screen above the panel’s head, whose buttons then step without scrolling back up @phone-only', async ({
		page
	}) => {
		const timeline = await open(page);
		const first = timeline.locator(`[data-event-id="${events[0].id}"]`);
		await first.locator('.dot, .span').tap();
		await expect(panelOf(page, events[0])).toBeVisible();
		await scrollSettled(page);
		// The reader still sees the timeline, and under it where the panel begins.
		await expect(first).toBeInViewport();
		await expect(
			panelOf(page, events[0]).getByRole('heading', { name: events[0].title, exact: true })
		).toBeInViewport({ ratio: 1 });

		for (const event of events.slice(1)) {
			const next = stepButton(page, 'Next', event);
			// Reachable where the reader is: tapping it needs no scrolling.
			await expect(next).toBeInViewport({ ratio: 1 });
			await next.tap();
			await expect(panelOf(page, event)).toBeVisible();
			await scrollSettled(page);
			await expect(
				panelOf(page, event).getByRole('heading', { name: event.title, exact: true })
			).toBeInViewport({ ratio: 1 });
			await expect.poll(() => new URL(page.url()).hash).toBe(`#${encodeURIComponent(event.id)}`);
		}
		// Scrolled down into the last event's article, the reader steps back: its heading comes back.
		await page.mouse.wheel(0, 600);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
		const back = stepButton(page, 'Previous', events.at(-2)!);
		await back.scrollIntoViewIfNeeded();
		await back.tap();
		await scrollSettled(page);
		await expect(
			panelOf(page, events.at(-2)!).getByRole('heading', { name: events.at(-2)!.title })
		).toBeInViewport({ ratio: 1 });
	});
});

test.describe('the list of all events', () => {
	test('a title in the list opens its event, as a click on the timeline would @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		const event = events.at(-1)!;
		const link = page.locator('.event-list').getByRole('link', { name: event.title, exact: true });
		await expect(link).toHaveAttribute('href', `#${encodeURIComponent(event.id)}`);
		await link.click();
		const panel = page.getByRole('region', { name: event.title, exact: true });
		await expect(panel).toBeVisible();
		// The page went up to the panel, not down to an anchor.
		await expect(panel.getByRole('heading', { name: event.title, exact: true })).toBeInViewport();
		await expect.poll(() => new URL(page.url()).hash).toBe(`#${encodeURIComponent(event.id)}`);
		await expect(timeline.locator(`[data-event-id="${event.id}"]`)).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.goBack();
		await expect(panel).toHaveCount(0);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		/** The window is scrolled to the element: its top at the top, or as near as the page allows. */
		const scrolledTo = (entry: Locator) =>
			entry.evaluate((el) => {
				const top = el.getBoundingClientRect().top + window.scrollY;
				const end = document.documentElement.scrollHeight - window.innerHeight;
				return Math.abs(window.scrollY - Math.min(top, end)) < 4;
			});

		test('a title in the list, and a link to #<event id>, lead to the event’s entry @phone', async ({
			page
		}) => {
			await page.goto(`/t/${seed.id}/`);
			const event = events[1];
			const entry = page.locator(`[id="list-${event.id}"]`);
			await entry.getByRole('link', { name: event.title, exact: true }).click();
			expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(event.id)}`);
			// The browser went to the entry: it is the link's target, and the window shows it from its top.
			await expect(entry.locator(':target')).toHaveCount(1);
			expect(await scrolledTo(entry)).toBe(true);

			// A link from elsewhere to an event's address lands on its entry too.
			const other = events[2];
			await page.goto('/schema/timeline-v1.json');
			await page.goto(`/t/${seed.id}/#${encodeURIComponent(other.id)}`);
			const otherEntry = page.locator(`[id="list-${other.id}"]`);
			await expect(otherEntry).toBeInViewport();
			expect(await scrolledTo(otherEntry)).toBe(true);
		});
	});
});

test.describe('the page around the timeline', () => {
	test('the masthead names the article once when its title is the page’s, and leaves no empty separator', async ({
		page
	}) => {
		await open(page);
		const day = source.published.slice(0, 10);
		const published = dateLabel({ date: day, start: day, end: day, precision: 'day' });
		// The seed's article gives the page its title: the line names its publisher instead.
		expect(source.title).toBe(seed.title);
		await expect(page.locator('.masthead .source')).toHaveText(
			`From ${source.publisher}, by ${source.author} · ${published}`
		);

		// A dataset whose article has a title of its own, then no publisher, then no author either.
		const bridge = JSON.parse(
			readFileSync(new URL('../fixtures/timeline/valid-dataset.json', import.meta.url), 'utf8')
		) as Dataset;
		const wire = bridge.sources[0];
		const wireDay = dateLabel({
			date: wire.published,
			start: wire.published,
			end: wire.published,
			precision: 'day'
		});
		const cases: [Partial<Dataset['sources'][number]>, string][] = [
			[{}, `From ${wire.title} · ${wire.publisher}, by ${wire.author} · ${wireDay}`],
			[{ publisher: '' }, `From ${wire.title}, by ${wire.author} · ${wireDay}`],
			[{ publisher: '', author: '' }, `From ${wire.title} · ${wireDay}`]
		];
		for (const [i, [change, line]] of cases.entries()) {
			const body = JSON.stringify({ ...bridge, sources: [{ ...wire, ...change }] });
			await page.route(`https://data.example.org/masthead-${i}.json`, (route) =>
				route.fulfill({ contentType: 'application/json', body })
			);
			await page.goto(`/?src=https://data.example.org/masthead-${i}.json`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(bridge.title, {
				timeout: 20_000
			});
			await expect(page.locator('.masthead .source')).toHaveText(line);
			await expect(
				page.locator('.masthead .source').getByRole('link', { name: wire.title })
			).toHaveAttribute('href', wire.url!);
		}
	});

	test('the masthead of a running story names its first three articles and counts the others', async ({
		page
	}) => {
		const bridge = JSON.parse(
			readFileSync(new URL('../fixtures/timeline/valid-dataset.json', import.meta.url), 'utf8')
		) as Dataset;
		const wire = bridge.sources[0];
		const more = [1, 2, 3, 4].map((n) => ({
			...wire,
			id: `${wire.id}-${n}`,
			title: `Update ${n}`
		}));
		const body = JSON.stringify({ ...bridge, sources: [wire, ...more] });
		await page.route('https://data.example.org/story.json', (route) =>
			route.fulfill({ contentType: 'application/json', body })
		);
		await page.goto('/?src=https://data.example.org/story.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(bridge.title, {
			timeout: 20_000
		});
		const lines = page.locator('.masthead .source');
		await expect(lines).toHaveCount(4);
		await expect(lines.nth(2)).toContainText('Update 2');
		await expect(lines.nth(3)).toHaveText('and 2 more articles');

		// One more is one more article.
		const four = JSON.stringify({ ...bridge, sources: [wire, ...more.slice(0, 3)] });
		await page.route('https://data.example.org/four.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: four })
		);
		await page.goto('/?src=https://data.example.org/four.json');
		await expect(lines.nth(3)).toHaveText('and 1 more article');
	});

	test('a discreet link leads from the timeline to making one from an article', async ({
		page
	}) => {
		await open(page, `/t/${seed.id}/`);
		await expect(
			page.getByRole('link', { name: 'Make a timeline from an article' })
		).toHaveAttribute('href', '/new/');
	});

	test('prints without the Embed button, the link to make a timeline, or any other control', async ({
		page
	}) => {
		const timeline = await open(page);
		await timeline.locator(`[data-event-id="${events[1].id}"]`).click();
		await expect(page.getByRole('button', { name: /^Next: / })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const controls = page.locator('button, [role="button"], a[href$="/new/"]');
		expect(await controls.count()).toBeGreaterThan(5);
		const printed = await controls.evaluateAll((els) =>
			els.filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80))
		);
		expect(printed).toEqual([]);
		await expect(page.locator('.event-list > li').first()).toBeVisible();
	});

	test('the gesture hint speaks to the pointer in use, not to the width: a mouse in a narrow window drags @phone', async ({
		page,
		hasTouch
	}) => {
		// A desktop browser as narrow as a phone, as in the Embed panel's preview.
		if (!hasTouch) await page.setViewportSize({ width: 480, height: 800 });
		await open(page);
		const touch = page.getByText('Swipe sideways to move · pinch to zoom');
		const mouse = page.getByText(/^Drag or scroll sideways to move/);
		await expect(hasTouch ? touch : mouse).toBeVisible();
		await expect(hasTouch ? mouse : touch).toBeHidden();
	});
});

test.describe('events beyond the edges of the view', () => {
	/** The events wholly before and after a window, each with its nearest one, from the dataset. */
	function beyond(r: { start: number; end: number }) {
		const earlier = events.filter((e) => dayEnd(e.end) <= r.start);
		const later = events.filter((e) => dayStart(e.start) >= r.end);
		const nearestEarlier = earlier.reduce<TimelineEvent | undefined>(
			(best, e) => (best && dayEnd(best.end) > dayEnd(e.end) ? best : e),
			undefined
		);
		return { earlier, later, nearestEarlier, nearestLater: later[0] };
	}

	const countName = (count: number, direction: string, nearest: TimelineEvent) =>
		`${count} ${direction} ${count === 1 ? 'event' : 'events'}, nearest: ${nearest.title}`;

	/** The event is drawn inside the timeline's box, and holds the keyboard focus. */
	async function expectInViewAndFocused(timeline: Locator, event: TimelineEvent) {
		const mark = timeline.locator(`[data-event-id="${event.id}"]`);
		await expect(mark).toBeFocused();
		await settled(timeline);
		const frame = (await timeline.boundingBox())!;
		const dot = (await mark.locator('.dot, .span').boundingBox())!;
		expect(dot.x + dot.width).toBeGreaterThan(frame.x);
		expect(dot.x).toBeLessThan(frame.x + frame.width);
		const r = await range(timeline);
		expect(dayEnd(event.end)).toBeGreaterThan(r.start);
		expect(dayStart(event.start)).toBeLessThan(r.end);
	}

	test('Ctrl + wheel into empty time shows a count at the edge; clicking it pans to the nearest event and focuses it', async ({
		page
	}) => {
		const timeline = await open(page);
		const box = (await timeline.boundingBox())!;
		// Aim between the two neighbouring events that lie furthest apart, where time is empty.
		const gapAfter = (i: number) => dayStart(events[i + 1].start) - dayEnd(events[i].end);
		const gap = events
			.slice(0, -1)
			.reduce((best, _, i) => (gapAfter(i) > gapAfter(best) ? i : best), 0);
		const aim = (dayEnd(events[gap].end) + dayStart(events[gap + 1].start)) / 2;
		const first = await range(timeline);
		const px = ((aim - first.start) / (first.end - first.start)) * box.width;
		await page.mouse.move(box.x + px, box.y + box.height * 0.5);
		const earlierCount = timeline.locator('[data-edge="earlier"]');
		await expect(earlierCount).toHaveCount(0);
		for (let tick = 0; tick < 12 && !(await earlierCount.count()); tick++) {
			await page.keyboard.down('Control');
			await page.mouse.wheel(0, -200);
			await page.keyboard.up('Control');
			await settled(timeline);
		}
		await expect(earlierCount).toBeVisible();
		const zoomed = await range(timeline);
		const { earlier, nearestEarlier } = beyond(zoomed);
		const button = page.getByRole('button', {
			name: countName(earlier.length, 'earlier', nearestEarlier!),
			exact: true
		});
		await expect(button).toHaveText(`‹ ${earlier.length} earlier`);
		await button.click();
		await expectInViewAndFocused(timeline, nearestEarlier!);
		const after = await range(timeline);
		expect(after.end - after.start).toBeCloseTo(zoomed.end - zoomed.start, -4);
		// The arrow keys carry on from it, as from an event they had reached themselves.
		await page.keyboard.press('ArrowRight');
		await expect(timeline.locator(':focus')).toHaveAttribute(
			'data-event-id',
			events[events.indexOf(nearestEarlier!) + 1].id
		);
	});

	test('on a phone, + zooms into empty time and tapping the later count brings the nearest later event into view @phone-only', async ({
		page
	}) => {
		const timeline = await open(page);
		const later = timeline.locator('[data-edge="later"]');
		await expect(later).toHaveCount(0);
		for (let i = 0; i < 6 && !(await later.count()); i++) {
			await page.getByRole('button', { name: 'Zoom in' }).tap();
			await settled(timeline);
		}
		await expect(later).toBeVisible();
		const { later: after, nearestLater } = beyond(await range(timeline));
		await expect(later).toHaveAccessibleName(countName(after.length, 'later', nearestLater!));
		await later.tap();
		await expectInViewAndFocused(timeline, nearestLater!);
	});

	const emptyWindow = '/?from=2021-04-20&to=2023-04-08';

	async function openEmpty(page: Page): Promise<Locator> {
		await page.goto(emptyWindow);
		const timeline = page.getByTestId('timeline');
		await expect(timeline.getByText('No events in this stretch of time')).toBeVisible({
			timeout: 20_000
		});
		return timeline;
	}

	test('a ?from=&to= window holding no event says so, and counts the events on both sides @phone', async ({
		page,
		isMobile
	}) => {
		const timeline = await openEmpty(page);
		const r = await range(timeline);
		const { earlier, later, nearestEarlier, nearestLater } = beyond(r);
		expect(earlier.length + later.length).toBe(events.length);
		await expect(timeline.locator('[data-event-id]')).toHaveCount(0);
		await expect(
			page.getByRole('button', { name: countName(earlier.length, 'earlier', nearestEarlier!) })
		).toBeVisible();
		await expect(
			page.getByRole('button', { name: countName(later.length, 'later', nearestLater!) })
		).toBeVisible();
		// A phone says only the number, keeping the axis's room for dates; the name says the rest.
		await expect(timeline.locator('[data-edge="later"]')).toHaveText(
			isMobile ? `${later.length} ›` : `${later.length} later ›`
		);
		// The counts sit in the axis band, clear of its tick labels.
		const labels = await boxes(timeline.locator('text'));
		for (const edge of await boxes(timeline.locator('[data-edge]')))
			for (const label of labels)
				expect(overlap(edge, label), `${edge.text} / ${label.text}`).toBe(false);
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`a window holding no event, with its note and counts, has no axe violations in the ${scheme} theme @phone`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			await openEmpty(page);
			await expect(page.locator('[data-edge]')).toHaveCount(2);
			const results = await new AxeBuilder({ page }).analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			);
			expect(summary).toEqual([]);
		});
	}
});

test.describe('the view follows the event the reader opens', () => {
	const markOf = (timeline: Locator, event: TimelineEvent) =>
		timeline.locator(`[data-event-id="${event.id}"]`).locator('.dot, .span');

	/** The event's mark lies wholly inside the timeline's box, once the view has settled. */
	async function expectMarkInPlot(timeline: Locator, event: TimelineEvent, when: string) {
		await settled(timeline);
		const plot = (await timeline.boundingBox())!;
		const mark = (await markOf(timeline, event).boundingBox())!;
		expect(mark.x, `${when}: ${event.title} off the left edge`).toBeGreaterThanOrEqual(plot.x);
		expect(mark.x + mark.width, `${when}: ${event.title} off the right edge`).toBeLessThanOrEqual(
			plot.x + plot.width
		);
	}

	/** Ctrl + wheel over the event's mark until the view holds less than `span` ms around it. */
	async function zoomInOn(page: Page, timeline: Locator, event: TimelineEvent, span: number) {
		for (let i = 0; i < 16; i++) {
			const r = await range(timeline);
			if (r.end - r.start < span) break;
			const box = (await markOf(timeline, event).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.keyboard.down('Control');
			await page.mouse.wheel(0, -300);
			await page.keyboard.up('Control');
			await settled(timeline);
		}
	}

	/** The earliest and the latest events, and a window about the latest that leaves the first out. */
	const first = events[0];
	const last = events.at(-1)!;
	const week = 7 * 86_400_000;
	const aroundLast = [dayStart(last.start) - 2 * week, dayEnd(last.end) + 2 * week];

	test('a page loaded with #<event id> opens with that event in view, even in a window that leaves it out @phone', async ({
		page
	}) => {
		expect(dayEnd(first.end)).toBeLessThan(aroundLast[0]);
		const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		await page.goto(
			`/?from=${day(aroundLast[0])}&to=${day(aroundLast[1])}#${encodeURIComponent(first.id)}`
		);
		const timeline = page.getByTestId('timeline');
		await expect(page.getByRole('region', { name: first.title, exact: true })).toBeVisible({
			timeout: 20_000
		});
		await expectMarkInPlot(timeline, first, 'on load');
		const r = await range(timeline);
		expect(r.start).toBeLessThan(dayStart(first.start));
	});

	test('Back and Forward bring the event they reopen into view', async ({ page }) => {
		const timeline = await open(page);
		await markOf(timeline, first).click();
		await expect(page.getByRole('region', { name: first.title, exact: true })).toBeVisible();
		await markOf(timeline, last).click();
		await expect(page.getByRole('region', { name: last.title, exact: true })).toBeVisible();
		// Close in on the latest event, far from the first one.
		await zoomInOn(page, timeline, last, 60 * 86_400_000);
		expect((await range(timeline)).start).toBeGreaterThan(dayEnd(first.end));

		// The view moves, the keyboard focus stays where the reader left it.
		const focused = () =>
			page.evaluate(
				() =>
					(document.activeElement as HTMLElement | null)?.dataset.eventId ??
					document.activeElement?.tagName
			);
		const focusBefore = await focused();
		await page.goBack();
		await expect(page.getByRole('region', { name: first.title, exact: true })).toBeVisible();
		await expectMarkInPlot(timeline, first, 'after Back');
		expect(await focused()).toBe(focusBefore);

		await page.goForward();
		await expect(page.getByRole('region', { name: last.title, exact: true })).toBeVisible();
		await expectMarkInPlot(timeline, last, 'after Forward');
	});

	test('a title in the list brings its event into view and takes the focus to its panel', async ({
		page
	}) => {
		const timeline = await open(page);
		await zoomInOn(page, timeline, last, 60 * 86_400_000);
		expect((await range(timeline)).start).toBeGreaterThan(dayEnd(first.end));
		const link = page.locator('.event-list').getByRole('link', { name: first.title, exact: true });
		await link.click();
		const panel = page.getByRole('region', { name: first.title, exact: true });
		await expect(panel).toBeVisible();
		await expectMarkInPlot(timeline, first, 'after the list');
		await expect(panel).toBeFocused();
	});

	test('with reduced motion, the view jumps to the event at once', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const timeline = await open(page);
		await zoomInOn(page, timeline, last, 60 * 86_400_000);
		await page.locator('.event-list').getByRole('link', { name: first.title, exact: true }).click();
		// Read at once: an animated pan would still be on its way.
		const r = await range(timeline);
		expect(r.start).toBeLessThan(dayStart(first.start));
		expect(r.end).toBeGreaterThan(dayEnd(first.end));
	});
});

test.describe('a selected event’s title', () => {
	test('never lies over another label or mark that shows, whichever event is selected @phone', async ({
		page
	}) => {
		const timeline = await open(page);
		for (const event of events) {
			const mark = timeline.locator(`[data-event-id="${event.id}"]`);
			await mark.locator('.dot, .span').click();
			await expect(mark).toHaveAttribute('aria-pressed', 'true');
			const drawn = await timeline.locator('[data-event-id]').evaluateAll((els) =>
				els.map((el) => {
					const box = (node: Element) => {
						const r = node.getBoundingClientRect();
						return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: '' };
					};
					const label = el.querySelector('.label')!;
					return {
						id: (el as HTMLElement).dataset.eventId!,
						label: box(label),
						shown: label.checkVisibility({ visibilityProperty: true }),
						mark: box(el.querySelector('.dot, .span')!)
					};
				})
			);
			const selected = drawn.find((d) => d.id === event.id)!;
			expect(selected.shown).toBe(true);
			for (const other of drawn) {
				if (other === selected) continue;
				expect(
					overlap(selected.label, other.mark),
					`${event.title} over the mark of ${other.id}`
				).toBe(false);
				if (other.shown)
					expect(
						overlap(selected.label, other.label),
						`${event.title} over the label of ${other.id}`
					).toBe(false);
			}
			// Its whole title shows, or as much as room could be found for.
			const title = mark.locator('.title');
			await expect(title).toHaveText(event.title);
		}
	});
});

test.describe('the first view', () => {
	/** Sixteen events on sixteen days of January 2024, and two long before (1948 and 1990). */
	function lastWeeks(): Dataset {
		const text = 'An article about the last weeks, which also looks back to 1948 and 1990.';
		const quote = { source: 'wire', start: 0, end: 10, text: text.slice(0, 10) };
		const day = (d: number) => `2024-01-${String(d).padStart(2, '0')}`;
		return {
			version: 1,
			id: 'last-weeks',
			title: 'The last weeks, and long before',
			sources: [
				{
					id: 'wire',
					title: 'Wire',
					publisher: 'Wire',
					author: 'Desk',
					published: '2024-01-20',
					text
				}
			],
			events: [
				{
					id: 'y1948',
					title: 'The year it began',
					date: '1948',
					start: '1948-01-01',
					end: '1948-12-31',
					precision: 'year',
					quotes: [quote]
				},
				{
					id: 'd1990',
					title: 'A treaty is signed',
					date: '1990-05-04',
					start: '1990-05-04',
					end: '1990-05-04',
					precision: 'day',
					quotes: [quote]
				},
				...Array.from({ length: 16 }, (_, i) => ({
					id: `jan-${i + 1}`,
					title: `Talks go on, day ${i + 1}`,
					date: day(i + 1),
					start: day(i + 1),
					end: day(i + 1),
					precision: 'day' as const,
					quotes: [quote]
				}))
			]
		};
	}

	test('opens on the weeks where most events are, readable, with a count of the ones long before', async ({
		page
	}) => {
		const dataset = lastWeeks();
		await page.route('https://data.example.org/last-weeks.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
		);
		await page.goto('/?src=https://data.example.org/last-weeks.json');
		const timeline = page.getByTestId('timeline');
		const recent = dataset.events.filter((e) => e.start.startsWith('2024'));
		const before = dataset.events.filter((e) => !e.start.startsWith('2024'));
		await expect(timeline.locator(`[data-event-id="${recent[0].id}"]`)).toBeVisible({
			timeout: 20_000
		});
		// Every event of those weeks is drawn with its label, none counted in a cluster.
		const frame = (await timeline.boundingBox())!;
		for (const event of recent) {
			const mark = (await timeline.locator(`[data-event-id="${event.id}"] .dot`).boundingBox())!;
			expect(mark.x, event.title).toBeGreaterThanOrEqual(frame.x);
			expect(mark.x + mark.width, event.title).toBeLessThanOrEqual(frame.x + frame.width);
		}
		await expect(timeline.getByRole('button', { name: /more events/ })).toHaveCount(0);
		await expectLabelsApart(timeline, recent.length);
		// The two from long before are counted at the left edge, the nearest named.
		const earlier = timeline.locator('[data-edge="earlier"]');
		await expect(earlier).toHaveText(`‹ ${before.length} earlier`);
		await expect(earlier).toHaveAccessibleName(
			`${before.length} earlier events, nearest: ${before[1].title}`
		);
		// That is the page's own first view: the URL does not pin it.
		await page.waitForTimeout(600);
		expect(new URL(page.url()).searchParams.has('from')).toBe(false);
		// Fitting everything instead piles the weeks up into a count.
		await page.getByRole('button', { name: 'Fit all' }).click();
		await settled(timeline);
		await expect(timeline.getByRole('button', { name: /more events/ }).first()).toBeVisible();
	});
});
