import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldColumns } from './columns';
import { composeLayout, inView } from './layout';
import { DAY, timeScale } from './scales';
import { indexSpans } from './viewRange';

const point = (day: number) => ({ start: day * DAY, end: (day + 1) * DAY, point: true });
const span = (day: number, days: number) => ({
	start: day * DAY,
	end: (day + days) * DAY,
	point: false
});

/** The groups `foldColumns` returns, as lists of chronological indices. */
function groupsOf(starts: Int32Array, visible: readonly number[]): number[][] {
	return Array.from(starts.subarray(0, -1), (s, k) => visible.slice(s, starts[k + 1]));
}

describe('foldColumns', () => {
	// One day per pixel: days 10, 10 and 10 share a column, day 40 has its own.
	const x = timeScale([0, 50 * DAY], [0, 50]);

	it('folds a run of events centred in one pixel column into one group', () => {
		const spans = [point(10), point(10), point(10), point(40)];
		const starts = foldColumns(spans, [0, 1, 2, 3], x, -1, 3)!;
		expect(groupsOf(starts, [0, 1, 2, 3])).toEqual([[0, 1, 2], [3]]);
	});

	it('never folds the pinned event or a band wider than a point, and they break the run', () => {
		const spans = [point(10), point(10), span(10, 30), point(10), point(10), point(10)];
		const visible = [0, 1, 2, 3, 4, 5];
		const starts = foldColumns(spans, visible, x, 4, 3)!;
		expect(groupsOf(starts, visible)).toEqual([[0, 1], [2], [3], [4], [5]]);
	});

	it('folds a span drawn as a point by its centre', () => {
		// Hours wide at a day per pixel: drawn as a point's box, centred in column 10.
		const spans = [point(10), { start: 10 * DAY, end: 10 * DAY + 7_200_000, point: false }];
		expect(groupsOf(foldColumns(spans, [0, 1], x, -1, 1)!, [0, 1])).toEqual([[0, 1]]);
	});

	it('leaves a view with no more events than pixel columns alone', () => {
		expect(foldColumns([point(10), point(10)], [0, 1], x, -1, 50)).toBeNull();
	});
});

describe('composeLayout on a crowded view, for any events', () => {
	it('shows every event in view as a mark or in a cluster whose count is right', () => {
		const eventArb = fc.record({
			day: fc.integer({ min: 0, max: 400 }),
			// Most events are a day; some last hours, weeks or years.
			length: fc.oneof(
				fc.constant(1),
				fc.constant(1),
				fc.constant(0.1),
				fc.integer({ min: 2, max: 400 })
			),
			title: fc.integer({ min: 40, max: 500 })
		});
		fc.assert(
			fc.property(
				fc.array(eventArb, { minLength: 1, maxLength: 500, size: 'max' }),
				fc.integer({ min: 20, max: 120 }),
				fc.integer({ min: 0, max: 300 }),
				fc.integer({ min: 30, max: 400 }),
				fc.integer({ min: -1, max: 499 }),
				(drawn, width, from, days, pinnedAt) => {
					const sorted = [...drawn].sort((a, b) => a.day - b.day || a.length - b.length);
					const spans = sorted.map((e) => (e.length === 1 ? point(e.day) : span(e.day, e.length)));
					const index = indexSpans(spans);
					const data = { spans, index, titleWidth: (i: number) => sorted[i].title };
					const x = timeScale([from * DAY, (from + days) * DAY], [0, width]);
					const pinned = pinnedAt < sorted.length ? pinnedAt : -1;
					const layout = composeLayout(data, x, { lanes: 4, width, maxLabel: 320, pinned });
					const visible = inView(index, x.domain(), pinned);
					const drawnAsMark = new Set(layout.marks.map((m) => m.index));

					expect(drawnAsMark.size).toBe(layout.marks.length);
					if (pinned >= 0) expect(drawnAsMark).toContain(pinned);
					// Each cluster counts exactly the events of its stretch not drawn as marks, and
					// every event not drawn as a mark is in one cluster's stretch.
					let counted = 0;
					for (const c of layout.clusters) {
						const members = visible.filter(
							(i) => i >= c.first && i <= c.last && !drawnAsMark.has(i)
						);
						expect(c.count).toBe(members.length);
						counted += c.count;
					}
					expect(layout.marks.every((m) => visible.includes(m.index))).toBe(true);
					expect(layout.marks.length + counted).toBe(visible.length);
				}
			),
			// A fixed seed, so that CI gives the same answer each run.
			{ numRuns: 300, seed: 15 }
		);
	});
});
