import { describe, expect, it } from 'vitest';
import { ExtractError } from '../errors';
import { extractStory } from './index';

const report = (day: number) =>
	`The council closed the ferry on March ${day}, 2025, after inspectors found a crack in its hull.`;

describe('extractStory', () => {
	it('reports its progress within one long article, rising to the end', () => {
		const text = Array.from({ length: 60 }, (_, i) => report(1 + (i % 28))).join(' ');
		const seen: number[] = [];
		extractStory([{ text, published: '2025-03-30' }], { onProgress: (f) => seen.push(f) });
		expect(seen.some((f) => f > 0 && f < 1)).toBe(true);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(seen.at(-1)).toBe(1);
	});

	it('says a lone article’s problem in the extractor’s words, and names the article among several', () => {
		const undated = { id: 'ferry', text: 'The council closed the ferry.' };
		const lone = () => extractStory([undated]);
		expect(lone).toThrow(ExtractError);
		expect(lone).toThrow(/^No publication date/);
		const among = () => extractStory([{ text: report(3), published: '2025-03-04' }, undated]);
		expect(among).toThrow(/^article 2 \("ferry"\): No publication date/);
	});
});
