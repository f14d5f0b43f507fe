import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsOf, trimSpan } from './offsets';

describe('runsOf', () => {
	it('cuts the text at quote boundaries and names the events quoting each run', () => {
		const runs = runsOf('abcdefgh', [
			{ id: 'x', start: 1, end: 5 },
			{ id: 'y', start: 3, end: 7 }
		]);
		expect(runs.map((r) => [r.text, r.ids])).toEqual([
			['a', []],
			['bc', ['x']],
			['de', ['x', 'y']],
			['fg', ['y']],
			['h', []]
		]);
	});

	it('gives runs whose texts concatenate to the text exactly, for any quotes', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 80 }),
				fc.array(fc.record({ a: fc.nat(), b: fc.nat() }), { maxLength: 6 }),
				(text, picks) => {
					const quotes = picks.map((p, i) => {
						const start = text.length ? p.a % text.length : 0;
						return {
							id: `e${i}`,
							start,
							end: start + (text.length ? p.b % (text.length - start + 1) : 0)
						};
					});
					const runs = runsOf(text, quotes);
					expect(runs.map((r) => r.text).join('')).toBe(text);
					for (const run of runs) expect(text.slice(run.start, run.end)).toBe(run.text);
				}
			)
		);
	});
});

describe('trimSpan', () => {
	it('drops the whitespace at the edges of a selection, no-break spaces included', () => {
		expect(trimSpan('a  word  b', { start: 1, end: 8 })).toEqual({ start: 3, end: 7 });
		expect(trimSpan('x\u00a0y\u00a0', { start: 0, end: 4 })).toEqual({ start: 0, end: 3 });
		expect(trimSpan('a   b', { start: 1, end: 4 })).toBeNull();
	});
});
