import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace, nextFinder, spaces } from './scan';

// Text rich in what the finders look for: spaces of every kind, line breaks, quotation marks.
const text = fc.string({
	unit: fc.constantFrom('a', 'b', ' ', '\n', '\u00a0', '\t', '"', '”', '\u2028', '🎉'),
	maxLength: 60
});

describe('isSpace', () => {
	it('is true of exactly the UTF-16 units /\\s/ matches', () => {
		for (let code = 0; code <= 0xffff; code++)
			if (isSpace(code) !== /\s/.test(String.fromCharCode(code)))
				expect.fail(`U+${code.toString(16)}: isSpace ${isSpace(code)}`);
		expect(isSpace(0x20)).toBe(true);
	});
});

describe('spaces', () => {
	it('gives for every offset the last space before it and the first from it on', () => {
		fc.assert(
			fc.property(text, (t) => {
				const { before, from } = spaces(t);
				for (let i = 0; i <= t.length; i++) {
					let b = i - 1;
					while (b >= 0 && !/\s/.test(t[b])) b--;
					let f = i;
					while (f < t.length && !/\s/.test(t[f])) f++;
					expect([before[i], from[i]]).toEqual([b, f]);
				}
			})
		);
	});
});

describe('nextFinder', () => {
	it('answers as indexOf would, asked from offsets in any order', () => {
		fc.assert(
			fc.property(text, fc.array(fc.nat({ max: 70 }), { maxLength: 20 }), (t, offsets) => {
				const nextLineBreak = nextFinder(t, /\n/);
				const nextMark = nextFinder(t, /["”]/g);
				for (const at of offsets) {
					expect(nextLineBreak(at)).toBe(at > t.length ? -1 : t.indexOf('\n', at));
					const mark = t.slice(at).search(/["”]/);
					expect(nextMark(at)).toBe(mark < 0 ? -1 : at + mark);
				}
			})
		);
	});

	it('finds the first match from the very first question', () => {
		expect(nextFinder('ab\ncd', /\n/)(0)).toBe(2);
		expect(nextFinder('abcd', /\n/)(0)).toBe(-1);
	});
});
