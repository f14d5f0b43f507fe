import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { revealScroll, revealWindow } from './reveal';

/** A phone's window, 844 px tall, with the timeline's top at 323 px and its panel below it. */
const phone = {
	viewport: 844,
	keep: { top: 323, bottom: 683 },
	panel: { top: 750, bottom: 2100 },
	head: { top: 750, bottom: 890 }
};

describe('revealScroll', () => {
	it('leaves the page alone when the whole panel is already in view', () => {
		expect(
			revealScroll({
				viewport: 800,
				panel: { top: 100, bottom: 600 },
				head: { top: 100, bottom: 200 }
			})
		).toBe(0);
	});

	it('scrolls a panel below the fold up just enough to show all of it (block: nearest)', () => {
		expect(
			revealScroll({
				viewport: 800,
				panel: { top: 620, bottom: 1120 },
				head: { top: 620, bottom: 740 }
			})
		).toBe(1120 - 800 + 8);
	});

	it('scrolls no further than keeps the timeline’s top in view, so it stays on screen', () => {
		expect(revealScroll(phone)).toBe(323 - 8);
		expect(
			revealScroll({
				viewport: 800,
				keep: { top: 230, bottom: 530 },
				panel: { top: 620, bottom: 1120 },
				head: { top: 620, bottom: 740 }
			})
		).toBe(222);
	});

	it('brings the head whole into view even when that pushes the timeline’s top out', () => {
		expect(
			revealScroll({ ...phone, keep: { top: 20, bottom: 380 }, head: { top: 750, bottom: 890 } })
		).toBe(890 - 844 + 8);
	});

	it('puts the top of a panel taller than the window at the top, not its bottom at the bottom', () => {
		// The reader is below the panel (in the list of events) and opens an event from there.
		expect(
			revealScroll({
				...phone,
				keep: null,
				panel: { top: -1900, bottom: -200 },
				head: { top: -1900, bottom: -1760 }
			})
		).toBe(-1908);
		// The reader is inside the panel, its head scrolled away, and steps to the next event.
		expect(
			revealScroll({
				...phone,
				keep: { top: -600, bottom: -240 },
				panel: { top: -150, bottom: 1300 },
				head: { top: -150, bottom: -10 }
			})
		).toBe(-158);
	});

	it('does not move a tall panel whose head shows under a timeline in view', () => {
		// After a tap on a phone: the timeline at the top, the panel's head below it. Next, Previous.
		expect(
			revealScroll({
				...phone,
				keep: { top: 8, bottom: 368 },
				panel: { top: 435, bottom: 1800 },
				head: { top: 435, bottom: 571 }
			})
		).toBe(0);
	});

	it('always leaves the head in view when it fits the window', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -3000, max: 3000 }),
				fc.integer({ min: 60, max: 200 }),
				fc.integer({ min: 0, max: 3000 }),
				fc.option(fc.integer({ min: -3000, max: 3000 })),
				fc.integer({ min: 400, max: 1200 }),
				(top, headHeight, rest, keepTop, viewport) => {
					const panel = { top, bottom: top + headHeight + rest };
					const head = { top, bottom: top + headHeight };
					const keep = keepTop === null ? null : { top: keepTop, bottom: keepTop + 360 };
					const delta = revealScroll({ panel, head, keep, viewport });
					expect(head.top - delta).toBeGreaterThanOrEqual(0);
					expect(head.bottom - delta).toBeLessThanOrEqual(viewport);
				}
			)
		);
	});
});

describe('revealWindow', () => {
	const view: [number, number] = [1000, 2000];
	const options = { width: 1000 };

	it('leaves the view alone when the event is already in it, clear of the edges', () => {
		expect(revealWindow({ start: 1500, end: 1500 }, view, options)).toBeNull();
		expect(revealWindow({ start: 1100, end: 1900 }, view, options)).toBeNull();
	});

	it('pans, keeping the zoom, to put an event beyond an edge in the middle of the view', () => {
		expect(revealWindow({ start: 3000, end: 3000 }, view, options)).toEqual([2500, 3500]);
		expect(revealWindow({ start: 0, end: 100 }, view, options)).toEqual([-450, 550]);
	});

	it('pans an event that only just shows at an edge, or lies under its margin, into view', () => {
		// Its last 2% shows at the left edge: too little to see what it is.
		expect(revealWindow({ start: 500, end: 1020 }, view, options)).not.toBeNull();
		expect(revealWindow({ start: 1970, end: 1970 }, view, options)).toEqual([1470, 2470]);
	});

	it('keeps an event clear of the count drawn over an edge', () => {
		const insets = { left: 160, right: 0 };
		// 120 px in from the left edge: clear of an 8% margin, under a count 160 px wide.
		expect(revealWindow({ start: 1120, end: 1120 }, view, options)).toBeNull();
		const moved = revealWindow({ start: 1120, end: 1120 }, view, { width: 1000, insets })!;
		expect(1120 - moved[0]).toBeGreaterThan(164 * ((moved[1] - moved[0]) / 1000));
	});

	it('zooms out only when the event is longer than the view can hold, just enough to fit it', () => {
		const [from, to] = revealWindow({ start: 0, end: 4000 }, view, options)!;
		expect(to - from).toBeCloseTo(4000 / 0.84, 6);
		expect(from).toBeCloseTo(2000 - (to - from) / 2, 6);
	});

	it('always brings the event into the free part of the view, zooming out only when it must', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1e6, max: 1e6 }),
				fc.integer({ min: 0, max: 1e5 }),
				fc.integer({ min: -1e6, max: 1e6 }),
				fc.integer({ min: 10, max: 1e5 }),
				fc.integer({ min: 200, max: 2000 }),
				fc.nat({ max: 60 }),
				fc.nat({ max: 60 }),
				(start, length, from, viewLength, width, insetLeft, insetRight) => {
					const span = { start, end: start + length };
					const now: [number, number] = [from, from + viewLength];
					const insets = { left: insetLeft, right: insetRight };
					const next = revealWindow(span, now, { width, insets });
					const [a, b] = next ?? now;
					const perPixel = (b - a) / width;
					const left = Math.max(0.08 * width, insetLeft + 4) * perPixel;
					const right = Math.max(0.08 * width, insetRight + 4) * perPixel;
					const slack = 1e-6 * (b - a);
					expect(span.start).toBeGreaterThanOrEqual(a + left - slack);
					expect(span.end).toBeLessThanOrEqual(b - right + slack);
					if (next) {
						// Never zooms in; keeps the zoom whenever the event fits the view as it is.
						expect(b - a).toBeGreaterThanOrEqual(viewLength - slack);
						if (length <= viewLength * ((width - left / perPixel - right / perPixel) / width))
							expect(b - a).toBeCloseTo(viewLength, 6);
					}
				}
			)
		);
	});
});
