import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandLabel, titleLines } from './expand';
import { layoutLanes, type LaneItem } from './lanes';

const point = (x: number, labelWidth = 100): LaneItem => ({ x0: x, x1: x, labelWidth });

describe('expandLabel', () => {
	const DOT = 6;
	const HALO = 5;
	const markSpan = (item: LaneItem): [number, number] =>
		item.x1 === item.x0 ? [item.x0 - DOT, item.x0 + DOT] : [item.x0, item.x1];
	const meets = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

	it('widens a cut label into the free part of its lane, on its own side, so the title fits', () => {
		// The 2020 band of the seed timeline on a phone: its label, cut, to its left.
		const items = [{ x0: 213, x1: 243, labelWidth: 270 }];
		const { marks } = layoutLanes(items, { lanes: 5, width: 358 });
		expect(marks[0]).toMatchObject({ flipped: true, cut: true });
		const grown = expandLabel({ marks, items, at: 0, lanes: 5, width: 358, titleWidth: 300 });
		expect(grown.labelX).toBeLessThan(marks[0].labelX + 1);
		expect(grown.labelX).toBeGreaterThanOrEqual(4);
		expect(grown.labelX + grown.labelWidth).toBe(marks[0].labelX + marks[0].labelWidth);
	});

	it('reaches down into the lane below for a title longer than two lines, hiding the label there', () => {
		// A point with a long title, and below it another event whose label lies under the first.
		const items = [point(40, 200), point(300, 150)];
		const { marks } = layoutLanes(items, { lanes: 3, width: 360 });
		const upper = marks.findIndex((m) => m.item === 0);
		const lower = marks.find((m) => m.item === 1)!;
		expect(lower.lane).toBe(marks[upper].lane + 1);
		const grown = expandLabel({ marks, items, at: upper, lanes: 3, width: 360, titleWidth: 900 });
		expect(grown.depth).toBe(2);
		expect(grown.covers).toEqual([1]);
	});

	it('stops above a lane where it would lie over another event’s mark, and is cut instead', () => {
		const items = [point(40, 200), point(60, 150)];
		const { marks } = layoutLanes(items, { lanes: 3, width: 360 });
		const grown = expandLabel({ marks, items, at: 0, lanes: 3, width: 360, titleWidth: 900 });
		expect(grown.depth).toBe(1);
		expect(grown.covers).toEqual([]);
		expect(titleLines(900, grown.labelWidth)).toBeGreaterThan(2);
	});

	it('keeps a title that fits two lines of its lane in its lane', () => {
		const items = [point(40, 200), point(120, 150)];
		const { marks } = layoutLanes(items, { lanes: 3, width: 1000 });
		const grown = expandLabel({ marks, items, at: 0, lanes: 3, width: 1000, titleWidth: 500 });
		expect(grown).toMatchObject({ depth: 1, covers: [] });
		expect(titleLines(500, grown.labelWidth)).toBeLessThanOrEqual(2);
	});

	it('leaves alone a label that already holds its whole title', () => {
		const items = [point(40, 252)];
		const { marks } = layoutLanes(items, { lanes: 3, width: 1000 });
		expect(expandLabel({ marks, items, at: 0, lanes: 3, width: 1000, titleWidth: 400 })).toEqual({
			labelX: marks[0].labelX,
			labelWidth: 252,
			depth: 1,
			covers: []
		});
	});

	/** Points, weeks and years scattered over (and past) a view, in chronological order. */
	const itemsArb = fc
		.array(
			fc.tuple(
				fc.integer({ min: -400, max: 1400 }),
				fc.constantFrom(0, 0, 12, 30, 90, 400, 1500),
				fc.integer({ min: 84, max: 320 })
			),
			{ minLength: 1, maxLength: 40 }
		)
		.map((list) =>
			list
				.map(([x, w, l]) => ({ x0: x, x1: x + w, labelWidth: l }))
				.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)
		);
	const caseArb = fc.record({
		width: fc.constantFrom(320, 358, 390, 760, 1000, 1280),
		lanes: fc.integer({ min: 1, max: 5 }),
		pick: fc.nat(),
		titleWidth: fc.integer({ min: 20, max: 1500 })
	});

	it('never lies over another event’s mark, nor over a label it does not hide, nor leaves the view', () => {
		fc.assert(
			fc.property(itemsArb, caseArb, (items, { width, lanes, pick, titleWidth }) => {
				const pinned = pick % items.length;
				const { marks } = layoutLanes(items, { lanes, width, pinned });
				const at = marks.findIndex((m) => m.item === pinned);
				const self = marks[at];
				const grown = expandLabel({ marks, items, at, lanes, width, titleWidth });
				const box: [number, number] = [grown.labelX - HALO, grown.labelX + grown.labelWidth + HALO];
				expect(grown.labelX).toBeGreaterThanOrEqual(Math.min(0, self.labelX));
				expect(grown.labelX + grown.labelWidth).toBeLessThanOrEqual(
					Math.max(width, self.labelX + self.labelWidth)
				);
				// It only grows: what the lanes gave the label stays inside it.
				expect(grown.labelX).toBeLessThanOrEqual(self.labelX);
				expect(grown.labelX + grown.labelWidth).toBeGreaterThanOrEqual(
					self.labelX + self.labelWidth
				);
				expect(grown.depth).toBeGreaterThanOrEqual(1);
				expect(self.lane + grown.depth).toBeLessThanOrEqual(lanes);
				// Over its own dot never; over its own band only where the lanes put it on a chip.
				if (!self.over && meets(box, markSpan(items[self.item])))
					expect(
						meets([grown.labelX, grown.labelX + grown.labelWidth], markSpan(items[self.item]))
					).toBe(false);
				for (const other of marks) {
					if (other === self) continue;
					if (other.lane < self.lane || other.lane >= self.lane + grown.depth) continue;
					expect(meets(box, markSpan(items[other.item])), `over the mark of ${other.item}`).toBe(
						false
					);
					const label: [number, number] = [other.labelX, other.labelX + other.labelWidth];
					if (meets(box, label))
						expect(grown.covers, `over the label of ${other.item}`).toContain(other.item);
				}
				// Only labels in the lanes below are hidden, never one in its own lane.
				for (const hidden of grown.covers)
					expect(marks.find((m) => m.item === hidden)!.lane).toBeGreaterThan(self.lane);
			})
		);
	});
});
