import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listParts, RowHeights, type ListPart } from './listWindow';

/** The rows a list renders, as a flat list of indices. */
const rendered = (parts: ListPart[]) =>
	parts.flatMap((p) =>
		p.kind === 'rows' ? Array.from({ length: p.end - p.start }, (_, i) => p.start + i) : []
	);

describe('RowHeights', () => {
	it('gives each row’s offset as the sum of the heights before it, measured or estimated', () => {
		const heights = new RowHeights(5, 100);
		expect(heights.offset(3)).toBe(300);
		heights.set(1, 40);
		expect(heights.offset(1)).toBe(100);
		expect(heights.offset(2)).toBe(140);
		expect(heights.offset(5)).toBe(440);
		expect(heights.total()).toBe(440);
		expect(heights.measured(1)).toBe(true);
		expect(heights.measured(0)).toBe(false);
	});

	it('finds the row at any offset, clamped to the list', () => {
		const heights = new RowHeights(4, 50);
		heights.set(2, 200);
		expect([0, 49, 50, 100, 299, 300, 349, 5000, -10].map((y) => heights.indexAt(y))).toEqual([
			0, 0, 1, 2, 2, 3, 3, 3, 0
		]);
	});

	it('agrees with a plain sum for any heights set in any order', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 500 })), { maxLength: 40 }),
				(count, sets) => {
					const heights = new RowHeights(count, 80);
					const plain = new Array<number>(count).fill(80);
					for (const [i, h] of sets) {
						heights.set(i % count, h);
						plain[i % count] = h;
					}
					for (let i = 0; i <= count; i++) {
						const sum = plain.slice(0, i).reduce((a, b) => a + b, 0);
						expect(heights.offset(i)).toBeCloseTo(sum, 6);
						if (i < count && plain[i] > 0) expect(heights.indexAt(sum)).toBe(i);
					}
				}
			)
		);
	});
});

describe('listParts', () => {
	it('renders the rows on screen and a screen either side, the first and the last, gaps between', () => {
		const parts = listParts({
			count: 1000,
			heights: new RowHeights(1000, 100),
			viewport: [50_000, 50_800]
		});
		expect(parts).toEqual([
			{ kind: 'rows', start: 0, end: 1 },
			{ kind: 'gap', start: 1, end: 492 },
			{ kind: 'rows', start: 492, end: 517 },
			{ kind: 'gap', start: 517, end: 999 },
			{ kind: 'rows', start: 999, end: 1000 }
		]);
	});

	it('keeps the focused row and its neighbours, so Tab goes on to the next event', () => {
		const parts = listParts({
			count: 1000,
			heights: new RowHeights(1000, 100),
			viewport: [0, 800],
			focused: 600
		});
		expect(rendered(parts)).toEqual(expect.arrayContaining([598, 599, 600, 601, 602]));
		expect(rendered(parts)).not.toContain(597);
	});

	it('renders a short list whole', () => {
		const parts = listParts({ count: 12, heights: new RowHeights(12, 100), viewport: [-300, 500] });
		expect(parts).toEqual([{ kind: 'rows', start: 0, end: 12 }]);
	});

	it('covers every row exactly once, in order, and renders a bounded number, for any viewport', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100_000 }),
				fc.integer({ min: -20_000, max: 12_000_000 }),
				fc.integer({ min: -1, max: 100_000 }),
				(count, top, focused) => {
					const parts = listParts({
						count,
						heights: new RowHeights(count, 120),
						viewport: [top, top + 900],
						focused: focused < count ? focused : -1
					});
					let at = 0;
					for (const part of parts) {
						expect(part.start).toBe(at);
						expect(part.end).toBeGreaterThan(part.start);
						at = part.end;
					}
					expect(at).toBe(count);
					expect(rendered(parts).length).toBeLessThanOrEqual(
						2 + 5 + Math.ceil((3 * 900) / 120) + 2
					);
				}
			)
		);
	});
});
