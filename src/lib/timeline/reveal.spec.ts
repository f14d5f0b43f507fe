import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { revealScroll } from './reveal';

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
