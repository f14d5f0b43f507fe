import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteRuns, type QuoteSpan } from './quoteRuns';

const texts = (runs: ReturnType<typeof quoteRuns>) => runs.map((r) => [r.text, r.ids]);

describe('quoteRuns', () => {
	it('cuts the article around a quote so the quoted run holds exactly the quote', () => {
		expect(texts(quoteRuns('abcdef', [{ start: 1, end: 3, id: 'x' }]))).toEqual([
			['a', []],
			['bc', ['x']],
			['def', []]
		]);
	});

	it('cuts where overlapping quotes of different events begin and end, naming both', () => {
		const runs = quoteRuns('abcdefgh', [
			{ id: 'x', start: 1, end: 5 },
			{ id: 'y', start: 3, end: 7 }
		]);
		expect(texts(runs)).toEqual([
			['a', []],
			['bc', ['x']],
			['de', ['x', 'y']],
			['fg', ['y']],
			['h', []]
		]);
	});

	it('cuts at every edge of a quote, so a quote inside another of its event is a run of its own', () => {
		const runs = quoteRuns('after the Islamic State seized', [
			{ start: 0, end: 30, id: 'e' },
			{ start: 10, end: 23, id: 'e' }
		]);
		expect(texts(runs)).toEqual([
			['after the ', ['e']],
			['Islamic State', ['e']],
			[' seized', ['e']]
		]);
	});

	it('joined, makes one run of overlapping or touching quotes of one event', () => {
		const text = 'The quick brown fox';
		const runs = quoteRuns(
			text,
			[
				{ start: 10, end: 15, id: 'e' },
				{ start: 4, end: 12, id: 'e' },
				{ start: 15, end: 19, id: 'e' }
			],
			{ join: true }
		);
		expect(texts(runs)).toEqual([
			['The ', []],
			['quick brown fox', ['e']]
		]);
	});

	it('names the events of a run in the order of their first quotes covering it', () => {
		const runs = quoteRuns('abcdef', [
			{ start: 0, end: 1, id: 'y' },
			{ start: 2, end: 5, id: 'x' },
			{ start: 3, end: 6, id: 'y' }
		]);
		expect(runs.find((r) => r.text === 'de')?.ids).toEqual(['x', 'y']);
	});

	it('names the events of a run in the order their quotes are given', () => {
		const runs = quoteRuns('abc', [
			{ start: 1, end: 2, id: 'late' },
			{ start: 0, end: 3, id: 'early' }
		]);
		expect(runs.find((r) => r.text === 'b')?.ids).toEqual(['late', 'early']);
	});

	it('gives the whole text as one plain run without quotes, and no run for no text', () => {
		expect(texts(quoteRuns('abc', []))).toEqual([['abc', []]]);
		expect(quoteRuns('', [{ start: 0, end: 3, id: 'x' }])).toEqual([]);
	});

	it('clips quotes to the text and ignores empty ones', () => {
		const runs = quoteRuns('abc', [
			{ start: 2, end: 9, id: 'x' },
			{ start: 1, end: 1, id: 'y' }
		]);
		expect(texts(runs)).toEqual([
			['ab', []],
			['c', ['x']]
		]);
	});

	it('gives non-empty runs that tile the text exactly, each naming exactly the events quoting its characters, for any quotes, joined or not', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 80 }),
				fc.array(fc.record({ a: fc.nat(), b: fc.nat(), id: fc.constantFrom('x', 'y', 'z') }), {
					maxLength: 8
				}),
				fc.boolean(),
				(text, picks, join) => {
					const quotes: QuoteSpan[] = picks.map((p) => {
						const start = text.length ? p.a % text.length : 0;
						return { id: p.id, start, end: start + (p.b % (text.length - start + 1)) };
					});
					const runs = quoteRuns(text, quotes, { join });
					expect(runs.map((r) => r.text).join('')).toBe(text);
					// Cut at every edge; joined, only where the events quoting the text change.
					const edges = new Set(
						quotes.filter((q) => q.end > q.start).flatMap((q) => [q.start, q.end])
					);
					for (const run of runs.slice(1)) if (!join) expect(edges.has(run.start)).toBe(true);
					if (!join)
						for (const edge of edges)
							if (edge > 0 && edge < text.length)
								expect(runs.some((r) => r.start === edge)).toBe(true);
					let at = 0;
					for (const [i, run] of runs.entries()) {
						expect(run.start).toBe(at);
						expect(run.end).toBeGreaterThan(run.start);
						expect(text.slice(run.start, run.end)).toBe(run.text);
						// Every character of the run is quoted by exactly the run's events.
						for (let c = run.start; c < run.end; c++) {
							const quoting = quotes.filter((q) => q.start <= c && c < q.end).map((q) => q.id);
							expect(new Set(run.ids)).toEqual(new Set(quoting));
						}
						if (i > 0 && join) expect(runs[i - 1].ids).not.toEqual(run.ids);
						at = run.end;
					}
				}
			)
		);
	});
});
