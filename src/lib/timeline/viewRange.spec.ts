import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { densityBins, indexSpans, lowerBound, visibleIndices, type Span } from './viewRange';

const spans: Span[] = [
	{ start: 0, end: 100 }, // a long band
	{ start: 10, end: 11 },
	{ start: 50, end: 51 },
	{ start: 200, end: 201 }
];

describe('indexSpans', () => {
	it('records the extent and the longest span of sorted spans', () => {
		const index = indexSpans(spans);
		expect(index.extent).toEqual([0, 201]);
		expect(index.maxDuration).toBe(100);
	});

	it('refuses spans that are not sorted by start', () => {
		expect(() => indexSpans([spans[1], spans[0]])).toThrow(/starts before/);
	});
});

describe('lowerBound', () => {
	it('returns the first index whose start is at least the value', () => {
		const { starts } = indexSpans(spans);
		expect(lowerBound(starts, -5)).toBe(0);
		expect(lowerBound(starts, 10)).toBe(1);
		expect(lowerBound(starts, 11)).toBe(2);
		expect(lowerBound(starts, 1000)).toBe(4);
	});
});

describe('visibleIndices', () => {
	it('includes a long band that started before the window and still covers it', () => {
		expect(visibleIndices(indexSpans(spans), 60, 210)).toEqual([0, 3]);
	});

	it('excludes a span that ends exactly where the window starts (ends are exclusive)', () => {
		expect(visibleIndices(indexSpans(spans), 51, 150)).toEqual([0]);
	});

	it('agrees with a linear scan for any sorted spans and window', () => {
		const spanArb = fc
			.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 })), {
				maxLength: 60
			})
			.map((pairs) =>
				pairs
					.map(([start, length]) => ({ start, end: start + length }))
					.sort((a, b) => a.start - b.start)
			);
		fc.assert(
			fc.property(
				spanArb,
				fc.integer({ min: -100, max: 1300 }),
				fc.integer({ min: 1, max: 500 }),
				(list, from, width) => {
					const to = from + width;
					const expected = list.flatMap((s, i) => (s.start < to && s.end > from ? [i] : []));
					expect(visibleIndices(indexSpans(list), from, to)).toEqual(expected);
				}
			)
		);
	});
});

describe('densityBins', () => {
	it('counts the spans starting in each slice, and every span in the window once', () => {
		expect(densityBins(indexSpans(spans), 0, 300, 3)).toEqual([3, 0, 1]);
	});
});
