import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexSpans, visibleIndices, type Span } from './viewRange';
import { edgeIndex, offscreen, panToward } from './offscreen';

const spans: Span[] = [
	{ start: 0, end: 100 }, // a long band
	{ start: 10, end: 11 },
	{ start: 50, end: 51 },
	{ start: 200, end: 201 },
	{ start: 300, end: 301 }
];

describe('offscreen', () => {
	it('counts the events that end before the window and those that start after it', () => {
		expect(offscreen(edgeIndex(indexSpans(spans)), 120, 250)).toEqual({
			earlier: 3,
			later: 1,
			nearestEarlier: 0,
			nearestLater: 4
		});
	});

	it('counts a long band still covering the window start as visible, not earlier', () => {
		const counts = offscreen(edgeIndex(indexSpans(spans)), 60, 150);
		expect(counts.earlier).toBe(2);
		expect(counts.nearestEarlier).toBe(2);
		expect(counts.later).toBe(2);
		expect(counts.nearestLater).toBe(3);
	});

	it('counts a span ending exactly at the window start as earlier (ends are exclusive)', () => {
		expect(offscreen(edgeIndex(indexSpans(spans)), 301, 400)).toMatchObject({
			earlier: 5,
			later: 0,
			nearestEarlier: 4,
			nearestLater: -1
		});
	});

	it('finds nothing on either side of an empty dataset', () => {
		expect(offscreen(edgeIndex(indexSpans([])), 0, 10)).toEqual({
			earlier: 0,
			later: 0,
			nearestEarlier: -1,
			nearestLater: -1
		});
	});

	const sortedSpans = fc
		.array(
			fc.record({
				start: fc.integer({ min: 0, max: 100 }),
				length: fc.integer({ min: 1, max: 40 })
			}),
			{ maxLength: 60 }
		)
		.map((list) =>
			list
				.map((s) => ({ start: s.start, end: s.start + s.length }))
				.sort((a, b) => a.start - b.start)
		);
	const window = fc
		.tuple(fc.integer({ min: -20, max: 160 }), fc.integer({ min: 1, max: 60 }))
		.map(([from, length]) => [from, from + length] as const);

	it('splits every dataset: earlier + visible + later === all, whatever the window', () => {
		fc.assert(
			fc.property(sortedSpans, window, (list, [from, to]) => {
				const index = indexSpans(list);
				const { earlier, later } = offscreen(edgeIndex(index), from, to);
				expect(earlier + visibleIndices(index, from, to).length + later).toBe(list.length);
				expect(earlier).toBe(list.filter((s) => s.end <= from).length);
				expect(later).toBe(list.filter((s) => s.start >= to).length);
			})
		);
	});

	it('names as nearest the earlier span that ends last and the later span that starts first', () => {
		fc.assert(
			fc.property(sortedSpans, window, (list, [from, to]) => {
				const { nearestEarlier, nearestLater } = offscreen(edgeIndex(indexSpans(list)), from, to);
				const before = list.filter((s) => s.end <= from);
				const after = list.filter((s) => s.start >= to);
				expect(nearestEarlier < 0 ? null : list[nearestEarlier].end).toBe(
					before.length ? Math.max(...before.map((s) => s.end)) : null
				);
				expect(nearestEarlier < 0 || list[nearestEarlier].end <= from).toBe(true);
				expect(nearestLater < 0 ? null : list[nearestLater].start).toBe(
					after.length ? Math.min(...after.map((s) => s.start)) : null
				);
			})
		);
	});
});

describe('panToward', () => {
	it('puts an earlier event a fifth in from the left edge, keeping the window’s length', () => {
		expect(panToward({ start: 0, end: 10 }, 100, 200, 'earlier')).toEqual([-15, 85]);
	});

	it('puts a later event a fifth in from the right edge, keeping the window’s length', () => {
		expect(panToward({ start: 500, end: 500 }, 100, 200, 'later')).toEqual([420, 520]);
	});
});
