import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bandExtent,
	CHIP_PAD,
	laneItems,
	labelWidth,
	layoutLanes,
	MIN_BAND,
	MIN_BESIDE,
	overflowsTwoLines,
	placeLabel,
	type LaneItem
} from './lanes';

const point = (x: number, labelWidth = 100): LaneItem => ({ x0: x, x1: x, labelWidth });

describe('layoutLanes', () => {
	it('puts events far apart in the first lane', () => {
		const { marks, clusters } = layoutLanes([point(0), point(300), point(600)], {
			lanes: 3,
			width: 1000
		});
		expect(marks.map((m) => m.lane)).toEqual([0, 0, 0]);
		expect(clusters).toEqual([]);
	});

	it('stacks events whose labels would collide into the next free lanes', () => {
		const { marks } = layoutLanes([point(100), point(110), point(120)], { lanes: 3, width: 1000 });
		expect(marks.map((m) => m.lane)).toEqual([0, 1, 2]);
	});

	it('gathers what the lanes cannot hold into one cluster that counts it', () => {
		const items = [point(100), point(101), point(102), point(103), point(104)];
		const { marks, clusters } = layoutLanes(items, { lanes: 2, width: 1000 });
		expect(marks).toHaveLength(2);
		expect(clusters).toHaveLength(1);
		expect(clusters[0]).toMatchObject({ first: 2, last: 4, count: 3 });
	});

	it('flips a label to the left of a point near the right edge so it stays on screen', () => {
		const { marks } = layoutLanes([point(950, 120)], { lanes: 1, width: 1000 });
		expect(marks[0].flipped).toBe(true);
		expect(marks[0].labelX + marks[0].labelWidth).toBeLessThanOrEqual(950);
	});

	it('keeps a band label on screen when the band starts before the left edge', () => {
		const { marks } = layoutLanes([{ x0: -500, x1: 400, labelWidth: 80 }], {
			lanes: 1,
			width: 1000
		});
		expect(marks[0].labelX).toBeGreaterThanOrEqual(0);
	});

	it('always draws the pinned event, in the first lane, even when the lanes are full', () => {
		const items = [point(100), point(101), point(102)];
		const { marks, clusters } = layoutLanes(items, { lanes: 1, width: 1000, pinned: 2 });
		expect(marks.map((m) => m.item)).toEqual([2]);
		expect(marks[0].lane).toBe(0);
		expect(clusters[0].count).toBe(2);
	});

	it('never lets two labels in a lane overlap, and accounts for every event', () => {
		const itemsArb = fc
			.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 20, max: 200 })), {
				maxLength: 80
			})
			.map((list) => list.sort((a, b) => a[0] - b[0]).map(([x, w]) => point(x, w)));
		fc.assert(
			fc.property(itemsArb, fc.integer({ min: 1, max: 5 }), (items, lanes) => {
				const { marks, clusters } = layoutLanes(items, { lanes, width: 1000 });
				const counted = marks.length + clusters.reduce((sum, c) => sum + c.count, 0);
				expect(counted).toBe(items.length);
				for (let lane = 0; lane < lanes; lane++) {
					const boxes = marks
						.filter((m) => m.lane === lane)
						.map((m) => [m.labelX, m.labelX + m.labelWidth])
						.sort((a, b) => a[0] - b[0]);
					for (let k = 1; k < boxes.length; k++)
						expect(boxes[k][0]).toBeGreaterThanOrEqual(boxes[k - 1][1]);
				}
				for (let k = 1; k < clusters.length; k++)
					expect(clusters[k].x).toBeGreaterThanOrEqual(clusters[k - 1].x + clusters[k - 1].width);
			})
		);
	});
});

describe('bandExtent', () => {
	it('keeps a band wide enough to see as it is', () => {
		expect(bandExtent(10, 200)).toEqual([10, 200]);
	});

	it('widens a band narrower than MIN_BAND about its centre, so a week across a decade shows', () => {
		const [x0, x1] = bandExtent(100, 102);
		expect(x1 - x0).toBe(MIN_BAND);
		expect((x0 + x1) / 2).toBe(101);
	});
});

describe('labelWidth', () => {
	it('gives a short title its own width on one line, and never less than the date needs', () => {
		expect(labelWidth(150, 320)).toBe(150);
		expect(labelWidth(30, 320)).toBe(84);
	});

	it('wraps a title too long for one line onto two of about half its width each', () => {
		const width = labelWidth(400, 320);
		expect(width).toBeLessThan(320);
		expect(2 * width).toBeGreaterThan(400 * 1.15);
	});

	it('cuts only a title longer than two full lines, at the widest allowed', () => {
		expect(labelWidth(1000, 220)).toBe(220);
		expect(overflowsTwoLines(1000, 220)).toBe(true);
		expect(overflowsTwoLines(400, 320)).toBe(false);
		expect(overflowsTwoLines(150, 320)).toBe(false);
	});

	it('marks a title longer than two lines as cut even where its lane leaves room for it all', () => {
		// On a phone the widest label is narrow: such a title ends in an ellipsis, which a
		// right-aligned label must show flush left (Chromium clips it past the right edge).
		const [long, short] = laneItems(
			[
				{ start: 100, end: 100, point: true },
				{ start: 600, end: 600, point: true }
			],
			[0, 1],
			(t) => t,
			(i) => (i === 0 ? 900 : 100),
			220
		);
		const { marks } = layoutLanes([long, short], { lanes: 2, width: 1000 });
		expect(marks.map((m) => m.cut)).toEqual([true, false]);
	});
});

describe('layoutLanes with narrow bands', () => {
	it('labels a band too narrow for text beside it, like a point, not on top of it', () => {
		const { marks } = layoutLanes([{ x0: 100, x1: 112, labelWidth: 80 }], {
			lanes: 1,
			width: 1000
		});
		expect(marks[0].labelX).toBeGreaterThanOrEqual(112);
	});

	it('flips the label of a narrow band at the right edge to its left', () => {
		const { marks } = layoutLanes([{ x0: 980, x1: 992, labelWidth: 80 }], {
			lanes: 1,
			width: 1000
		});
		expect(marks[0].flipped).toBe(true);
		expect(marks[0].labelX + marks[0].labelWidth).toBeLessThanOrEqual(980);
	});
});

describe('labels and marks', () => {
	/** Half the width a dot is drawn at, with its ring. */
	const DOT = 6;
	const band = (x0: number, x1: number, labelWidth = 100): LaneItem => ({ x0, x1, labelWidth });
	/** The part of the lane a mark covers, as drawn: a dot with its ring, or the band. */
	const markSpan = (item: LaneItem): [number, number] =>
		item.x1 - item.x0 < 24 && item.x1 === item.x0
			? [item.x0 - DOT, item.x0 + DOT]
			: [item.x0, item.x1];
	const meets = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

	/** Points, weeks and years scattered over (and past) a view, in chronological order. */
	const itemsArb = fc
		.array(
			fc.tuple(
				fc.integer({ min: -400, max: 1400 }),
				fc.constantFrom(0, 0, 12, 30, 90, 400, 1500),
				fc.integer({ min: 84, max: 320 })
			),
			{ maxLength: 40 }
		)
		.map((list) =>
			list.map(([x, w, l]) => band(x, x + w, l)).sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)
		);
	const viewArb = fc.record({
		width: fc.constantFrom(320, 360, 390, 760, 1000, 1280),
		lanes: fc.integer({ min: 1, max: 5 }),
		pin: fc.nat()
	});

	it("never places a label over another event's band or dot, at any width and zoom", () => {
		fc.assert(
			fc.property(itemsArb, viewArb, (items, { width, lanes, pin }) => {
				const pinned = items.length ? pin % items.length : -1;
				const { marks } = layoutLanes(items, { lanes, width, pinned });
				for (const a of marks)
					for (const b of marks) {
						if (a === b || a.lane !== b.lane) continue;
						const label: [number, number] = [a.labelX, a.labelX + a.labelWidth];
						expect(meets(label, markSpan(items[b.item])), `${a.item} over ${b.item}`).toBe(false);
					}
			})
		);
	});

	it('never places a label over its own dot, and over its own band only on a chip', () => {
		fc.assert(
			fc.property(itemsArb, viewArb, (items, { width, lanes }) => {
				const { marks } = layoutLanes(items, { lanes, width });
				for (const m of marks) {
					const label: [number, number] = [m.labelX, m.labelX + m.labelWidth];
					if (meets(label, markSpan(items[m.item]))) expect(m.over).toBe(true);
					if (m.over) expect(items[m.item].x1 - items[m.item].x0).toBeGreaterThanOrEqual(24);
				}
			})
		);
	});

	it('keeps every label inside the view, however far its mark lies past an edge', () => {
		fc.assert(
			fc.property(itemsArb, viewArb, (items, { width, lanes }) => {
				const { marks } = layoutLanes(items, { lanes, width });
				for (const m of marks) {
					expect(m.labelX).toBeGreaterThanOrEqual(0);
					expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(width);
				}
			})
		);
	});

	it('puts the label of a short band beside it, not across its stripes (a year on a phone)', () => {
		// The 2020 band of the seed timeline at 390 px: 30 px wide, its label wider than either side.
		const placed = placeLabel(band(213, 243, 270), 360, 9);
		expect(placed).toMatchObject({ flipped: true, over: false });
		expect(placed.labelX).toBeGreaterThan(0);
		expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(213);
		expect(placed.labelWidth).toBeGreaterThanOrEqual(MIN_BESIDE);
		const { marks } = layoutLanes([band(213, 243, 270)], { lanes: 1, width: 360 });
		expect(marks[0]).toMatchObject({ flipped: true, over: false, cut: true });
	});

	it('says a label given all the width it asked for is not cut', () => {
		const { marks } = layoutLanes([band(20, 60, 200), band(-500, 2000, 200)], {
			lanes: 2,
			width: 1000
		});
		expect(marks.map((m) => [m.over, m.cut])).toEqual([
			[false, false],
			[true, false]
		]);
	});

	it('puts a band label to the right of its band in full when it fits there', () => {
		expect(placeLabel(band(20, 60, 200), 1000, 9)).toEqual({
			labelX: 69,
			labelWidth: 200,
			flipped: false,
			over: false
		});
	});

	it('lays the label of a band that spans the view over it, on a chip at its visible start', () => {
		expect(placeLabel(band(-500, 2000, 200), 1000, 9)).toEqual({
			labelX: 4,
			labelWidth: 200 + 2 * CHIP_PAD,
			flipped: false,
			over: true
		});
		// Wider than its label but too narrow to hold it, with no room beside: over it, on screen.
		const placed = placeLabel(band(60, 300, 300), 360, 9);
		expect(placed.over).toBe(true);
		expect(placed.labelX).toBeGreaterThanOrEqual(0);
		expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(360);
	});

	it("puts a point's label on the roomier side, cut, when neither side holds it whole", () => {
		const placed = placeLabel(point(150, 270), 360, 9);
		expect(placed).toMatchObject({ labelX: 159, flipped: false, over: false });
		expect(placed.labelX + placed.labelWidth).toBeLessThan(360);
		expect(placed.labelWidth).toBeGreaterThan(360 - 159 - 9);
	});
});

describe('laneItems', () => {
	it('measures a title only when the lanes ask for its label', () => {
		const asked: number[] = [];
		const items = laneItems(
			[
				{ start: 0, end: 10, point: true },
				{ start: 5, end: 15, point: true }
			],
			[0, 1],
			(t) => t,
			(i) => (asked.push(i), 100),
			320
		);
		expect(asked).toEqual([]);
		expect(items[1].labelWidth).toBe(106);
		expect(items[1].labelWidth).toBe(106);
		expect(asked).toEqual([1]);
	});

	it('draws a day at the middle of its day and a span as a band at least MIN_BAND wide', () => {
		const spans = [
			{ start: 0, end: 100, point: true },
			{ start: 200, end: 202, point: false },
			{ start: 300, end: 500, point: false }
		];
		expect(
			laneItems(
				spans,
				[0, 1, 2],
				(t) => t,
				(i) => [50, 400, 100][i],
				320
			).map(({ x0, x1, labelWidth }) => ({ x0, x1, labelWidth }))
		).toEqual([
			{ x0: 50, x1: 50, labelWidth: 84 },
			{ x0: 201 - MIN_BAND / 2, x1: 201 + MIN_BAND / 2, labelWidth: labelWidth(406, 320) },
			{ x0: 300, x1: 500, labelWidth: 106 }
		]);
	});
});

describe('layoutLanes by priority (importance)', () => {
	it('keeps the most important of crowded events labelled and counts the rest', () => {
		// Five events a pixel apart, one lane: the greedy layout labels the first, by priority the
		// fourth, the most important.
		const items = [point(100), point(101), point(102), point(103), point(104)];
		const byTime = layoutLanes(items, { lanes: 1, width: 1000 });
		const byImportance = layoutLanes(items, { lanes: 1, width: 1000, priority: [1, 2, 3, 9, 0] });
		expect(byTime.marks.map((m) => m.item)).toEqual([0]);
		expect(byImportance.marks.map((m) => m.item)).toEqual([3]);
		expect(byImportance.clusters).toHaveLength(1);
		expect(byImportance.clusters[0]).toMatchObject({ first: 0, last: 4, count: 4 });
	});

	it('gives the lanes to the important events in the order of their importance', () => {
		const items = [point(100), point(101), point(102), point(103)];
		const { marks } = layoutLanes(items, { lanes: 2, width: 1000, priority: [5, 1, 7, 3] });
		expect(marks.map((m) => [m.item, m.lane])).toEqual([
			[0, 1],
			[2, 0]
		]);
	});

	it('labels an important event even when a less important one left of it would take the lane', () => {
		// The first label reaches over the second's dot: the greedy layout labels the first only.
		const items = [point(100, 200), point(250, 100)];
		expect(layoutLanes(items, { lanes: 1, width: 1000 }).marks.map((m) => m.item)).toEqual([0]);
		const { marks } = layoutLanes(items, { lanes: 1, width: 1000, priority: [1, 2] });
		expect(marks.map((m) => m.item)).toEqual([1]);
	});

	it('places as the greedy layout does when every priority is equal and nothing collides', () => {
		const items = [point(0), point(300), point(600)];
		const equal = layoutLanes(items, { lanes: 2, width: 1000, priority: [1, 1, 1] });
		expect(equal).toEqual(layoutLanes(items, { lanes: 2, width: 1000 }));
	});

	it('draws the pinned event in the first lane before any more important one', () => {
		const items = [point(100), point(101), point(102)];
		const { marks } = layoutLanes(items, {
			lanes: 1,
			width: 1000,
			pinned: 0,
			priority: [0, 9, 8]
		});
		expect(marks.map((m) => [m.item, m.lane])).toEqual([[0, 0]]);
	});

	it('draws a band across the whole view before the day events that would fill every lane, however unimportant it is', () => {
		// April 2010 seen from its week of the 18th, at 390 px: a cluster could never show it, for
		// a zoom into the view leaves it across the view.
		const month: LaneItem = { x0: -800, x1: 1200, labelWidth: 150 };
		const days = [40, 120, 200, 280, 360].map((x) => point(x, 110));
		const { marks, clusters } = layoutLanes([month, ...days], {
			lanes: 2,
			width: 390,
			priority: [0.2, 0.9, 0.8, 0.7, 0.6, 0.5]
		});
		expect(marks.map((m) => m.item)).toContain(0);
		expect(marks.find((m) => m.item === 0)).toMatchObject({ over: true });
		expect(clusters.every((c) => c.first > 0)).toBe(true);
	});

	it('still places the important events first among bands that cover only part of the view', () => {
		const half: LaneItem = { x0: -800, x1: 300, labelWidth: 150 };
		const { marks } = layoutLanes([half, point(100, 110)], {
			lanes: 1,
			width: 390,
			priority: [0.2, 0.9]
		});
		expect(marks.map((m) => m.item)).toEqual([1]);
	});

	const meets = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
	const itemsArb = fc
		.array(
			fc.tuple(
				fc.integer({ min: -400, max: 1400 }),
				fc.constantFrom(0, 0, 0, 30, 400),
				fc.integer({ min: 84, max: 320 }),
				fc.integer({ min: 0, max: 20 })
			),
			{ maxLength: 40 }
		)
		.map((list) => list.sort((a, b) => a[0] - b[0]));

	it('places each event once, in a lane or a cluster, no two footprints meeting in a lane', () => {
		fc.assert(
			fc.property(
				itemsArb,
				fc.integer({ min: 1, max: 5 }),
				fc.constantFrom(390, 1000),
				(list, lanes, width) => {
					const items = list.map(([x, w, l]) => ({ x0: x, x1: x + w, labelWidth: l }));
					const priority = list.map((t) => t[3]);
					const { marks, clusters } = layoutLanes(items, { lanes, width, priority });
					const counted = clusters.reduce((sum, c) => sum + c.count, 0);
					expect(marks.length + counted).toBe(items.length);
					expect(new Set(marks.map((m) => m.item)).size).toBe(marks.length);
					for (const a of marks)
						for (const b of marks) {
							if (a === b || a.lane !== b.lane) continue;
							const label: [number, number] = [a.labelX, a.labelX + a.labelWidth];
							const mark: [number, number] = [items[b.item].x0 - 6, items[b.item].x1 + 6];
							expect(meets(label, mark), `${a.item} over ${b.item}`).toBe(false);
						}
				}
			)
		);
	});

	it('never counts an event in a cluster that the less important events alone would leave room for', () => {
		fc.assert(
			fc.property(itemsArb, fc.integer({ min: 1, max: 3 }), (list, lanes) => {
				const items = list.map(([x, w, l]) => ({ x0: x, x1: x + w, labelWidth: l }));
				const priority = list.map((t) => t[3]);
				const { marks } = layoutLanes(items, { lanes, width: 1000, priority });
				const labelled = new Set(marks.map((m) => m.item));
				for (let i = 0; i < items.length; i++) {
					if (labelled.has(i)) continue;
					// Without every event less important than it (or as important and later), it is
					// still counted: only events that rank above it took its place.
					const above = items
						.map((_, j) => j)
						.filter((j) => priority[j] > priority[i] || (priority[j] === priority[i] && j <= i));
					const alone = layoutLanes(
						above.map((j) => items[j]),
						{ lanes, width: 1000, priority: above.map((j) => priority[j]) }
					);
					expect(alone.marks.some((m) => above[m.item] === i)).toBe(false);
				}
			})
		);
	});
});
