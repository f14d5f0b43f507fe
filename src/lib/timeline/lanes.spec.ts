import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bandExtent,
	defaultBadgeWidth,
	labelWidth,
	layoutLanes,
	MIN_BAND,
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

describe('defaultBadgeWidth', () => {
	it('makes room for the digits and thousands separators of the count', () => {
		expect(defaultBadgeWidth(1)).toBe(22 + 7.5);
		expect(defaultBadgeWidth(999)).toBe(22 + 7.5 * 3);
		expect(defaultBadgeWidth(1234)).toBe(22 + 7.5 * '1,234'.length);
		expect(defaultBadgeWidth(100000)).toBe(22 + 7.5 * '100,000'.length);
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
