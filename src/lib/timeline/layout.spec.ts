import { describe, expect, it } from 'vitest';
import { clusterWindow, composeLayout, type LayoutEvents } from './layout';
import { longSpans } from './longSpans';
import { timeScale } from './scales';
import { indexSpans } from './viewRange';
import type { EventSpan } from './lanes';

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): EventSpan => ({
	start: Date.UTC(y, m - 1, d),
	end: Date.UTC(y, m - 1, d) + DAY,
	point: true
});
const year = (y: number): EventSpan => ({
	start: Date.UTC(y, 0, 1),
	end: Date.UTC(y + 1, 0, 1),
	point: false
});

function events(spans: EventSpan[], importance: number[] | null = null): LayoutEvents {
	return {
		spans,
		index: indexSpans(spans),
		titleWidth: () => 150,
		importance: importance ? Float64Array.from(importance) : null,
		long: longSpans(spans)
	};
}

/** Every event in view, once: a mark or counted in a cluster. */
function accounted(layout: ReturnType<typeof composeLayout>): number[] {
	const ids = layout.marks.map((m) => m.index);
	for (const c of layout.clusters) for (let i = c.first; i <= c.last; i++) ids.push(i);
	return ids.sort((a, b) => a - b);
}

describe('composeLayout with importance', () => {
	// Six events on one week, two lanes, a narrow view: most are counted.
	const week = [3, 3, 4, 4, 5, 5].map((d) => day(2024, 1, d));
	const x = timeScale([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 8)], [0, 390]);

	it('keeps the most important events labelled when the lanes are crowded', () => {
		const importance = [1, 2, 3, 40, 5, 30];
		const layout = composeLayout(events(week, importance), x, {
			lanes: 2,
			width: 390,
			maxLabel: 200
		});
		expect(layout.marks.map((m) => m.index).sort()).toEqual([3, 5]);
		expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(4);
	});

	it('fills the lanes from left to right for events without importance, as before', () => {
		const layout = composeLayout(events(week), x, { lanes: 2, width: 390, maxLabel: 200 });
		expect(layout.marks.map((m) => m.index)).toEqual([0, 1]);
	});

	it('ranks an event without importance below every event with one', () => {
		const importance = [-1, -1, 0, 0, -1, -1];
		const layout = composeLayout(events(week, importance), x, {
			lanes: 2,
			width: 390,
			maxLabel: 200
		});
		expect(layout.marks.map((m) => m.index)).toEqual([2, 3]);
	});
});

describe('composeLayout with long spans apart', () => {
	// The day's news (four events on 2024-01-05) and three background years, 1,000 px.
	const spans = [year(2014), year(2020), year(2023), ...[1, 2, 3, 4].map(() => day(2024, 1, 5))];
	const x = timeScale([Date.UTC(2013, 6, 1), Date.UTC(2024, 3, 1)], [0, 1000]);
	const options = { lanes: 4, width: 1000, maxLabel: 320 };

	it('gives the lanes to the day-level news and the years thin rows of their own', () => {
		const layout = composeLayout(events(spans), x, { ...options, spanRows: 2 });
		const lanes = layout.marks.filter((m) => !m.thin).map((m) => m.index);
		const rows = layout.marks.filter((m) => m.thin);
		expect(lanes).toEqual([3, 4, 5, 6]);
		expect(rows.map((m) => m.index).sort()).toEqual([0, 1, 2]);
		for (const m of rows) {
			expect(m.lane).toBeLessThan(2);
			expect(m.lines).toBe(1);
		}
		expect(accounted(layout)).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('lets the years crowd the day out of the lanes when they share them', () => {
		// What issue 12 saw: the years take lanes, so the day's four events no longer all fit.
		const layout = composeLayout(events(spans), x, options);
		const dayMarks = layout.marks.filter((m) => m.index >= 3);
		expect(dayMarks.length).toBeLessThan(4);
		expect(layout.marks.every((m) => !m.thin)).toBe(true);
	});

	it('counts in one row of clusters what neither the lanes nor the span rows hold', () => {
		const crowded = [
			year(2019),
			year(2019),
			year(2019),
			...[1, 2, 3, 4, 5, 6, 7].map(() => day(2024, 1, 5))
		];
		const layout = composeLayout(events(crowded), x, { ...options, spanRows: 1 });
		expect(layout.marks.filter((m) => m.thin)).toHaveLength(1);
		expect(accounted(layout)).toEqual(crowded.map((_, i) => i));
		const starts = layout.clusters.map((c) => c.x);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});

	it('keeps the pinned long span drawn, in its row, even when the rows are full', () => {
		const crowded = [
			year(2019),
			year(2019),
			year(2019),
			...[5, 6, 7, 8].map((d) => day(2024, 1, d))
		];
		const layout = composeLayout(events(crowded), x, { ...options, spanRows: 1, pinned: 2 });
		expect(layout.marks.find((m) => m.index === 2)).toMatchObject({ thin: true, lane: 0 });
	});
});

describe('composeLayout on a crowded view with long spans apart', () => {
	// Two background years and 600 events on six days of January 2024, in a 200 px timeline:
	// more events than pixel columns.
	const crowded = [
		year(2020),
		year(2023),
		...Array.from({ length: 600 }, (_, i) => day(2024, 1, 1 + Math.floor(i / 100)))
	];
	const x = timeScale([Date.UTC(2019, 6, 1), Date.UTC(2024, 1, 1)], [0, 200]);
	const options = { lanes: 4, width: 200, maxLabel: 320, spanRows: 2 };
	const counted = (layout: ReturnType<typeof composeLayout>) =>
		layout.marks.length + layout.clusters.reduce((sum, c) => sum + c.count, 0);

	it('folds the day’s events by column, the years keeping their rows, and counts every event once', () => {
		const layout = composeLayout(events(crowded), x, options);
		expect(layout.marks.filter((m) => m.thin).map((m) => m.index)).toEqual([0, 1]);
		expect(counted(layout)).toBe(crowded.length);
		// The six days' 600 events are a handful of marks and clusters, not 600 items.
		expect(layout.marks.length + layout.clusters.length).toBeLessThan(20);
		const starts = layout.clusters.map((c) => c.x);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		for (const c of layout.clusters) expect(c.first).toBeLessThanOrEqual(c.last);
	});

	it('keeps the pinned event drawn, a day’s event or a year', () => {
		for (const pinned of [350, 1]) {
			const layout = composeLayout(events(crowded), x, { ...options, pinned });
			expect(layout.marks.map((m) => m.index)).toContain(pinned);
			expect(counted(layout)).toBe(crowded.length);
		}
	});
});

describe('composeLayout on a week inside a month', () => {
	// The week of April 18, 2010 and the month that holds it, as a phone shows them.
	const view: [number, number] = [Date.UTC(2010, 3, 18), Date.UTC(2010, 3, 26)];
	const x = timeScale(view, [0, 390]);
	const month = (from: [number, number], to: [number, number]): EventSpan => ({
		start: Date.UTC(2010, from[0] - 1, from[1]),
		end: Date.UTC(2010, to[0] - 1, to[1]),
		point: false
	});
	const april = month([4, 1], [5, 1]);
	const week = [18, 18, 19, 20, 21, 22, 23, 24].map((d) => day(2010, 4, d));

	it('draws the month across the view, labelled, in its thin row, leaving the lanes to the days', () => {
		const spans = [year(2009), april, ...week];
		const importance = [0.1, 0.2, ...week.map((_, i) => 0.5 + i / 20)];
		const layout = composeLayout(events(spans, importance), x, {
			lanes: 5,
			width: 390,
			maxLabel: 280,
			spanRows: 2
		});
		const drawn = layout.marks.find((m) => m.index === 1);
		// Longer than half the view, it is set apart as the year is (`apartInView`).
		expect(drawn).toMatchObject({ over: true, thin: true });
		expect(layout.marks.filter((m) => !m.thin).every((m) => m.index >= 2)).toBe(true);
		expect(layout.clusters.some((c) => c.first <= 1 && c.last >= 1)).toBe(false);
		expect(accounted(layout)).toEqual(spans.map((_, i) => i).slice(1));
	});

	it('zooms a cluster holding a band past both edges into the view, not to the band’s middle off screen', () => {
		// Two bands across the view and one lane: the one left over is counted.
		const spans = [month([3, 20], [5, 10]), april];
		const layout = composeLayout(events(spans, [0.5, 0.4]), x, {
			lanes: 1,
			width: 390,
			maxLabel: 280
		});
		expect(layout.clusters).toHaveLength(1);
		const [from, to] = clusterWindow(layout.clusters[0], x);
		expect(from).toBeGreaterThanOrEqual(view[0]);
		expect(to).toBeLessThanOrEqual(view[1]);
		expect(to - from).toBeLessThanOrEqual((view[1] - view[0]) / 2);
	});
});
