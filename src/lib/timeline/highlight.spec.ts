import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
	it('cuts the article around a quote so the quoted run holds exactly the quote', () => {
		const segments = highlightSegments('abcdef', [{ start: 1, end: 3 }]);
		expect(segments.map((s) => [s.text, s.quoted])).toEqual([
			['a', false],
			['bc', true],
			['def', false]
		]);
	});

	it('merges overlapping quotes and keeps the text whole', () => {
		const text = 'The quick brown fox';
		const segments = highlightSegments(text, [
			{ start: 10, end: 15 },
			{ start: 4, end: 12 }
		]);
		expect(segments.filter((s) => s.quoted).map((s) => s.text)).toEqual(['quick brown']);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('returns the whole text unquoted when there are no quotes', () => {
		expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', quoted: false, start: 0 }]);
	});
});
