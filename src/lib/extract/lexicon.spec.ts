import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf, type Anchor } from './lexicon';
import { extractors } from './pipeline';
import type { Extractor } from './types';

// Pieces of the expressions the anchored extractors read, so that random text is full of near
// misses, joined with arbitrary text and separators.
const PIECES = [
	'the past two quarters',
	'the first half of 1990',
	'several quarters of losses',
	'two and a half years',
	'at least 30 days before closing',
	'three years ago',
	'a year earlier',
	'from now',
	'the spring of 1998',
	'last winter',
	'Easter week',
	'Thanksgiving Day',
	'the 1990s',
	"the mid-'80s",
	'the 20th century',
	'fiscal 1989',
	'post-1959',
	'Interstate 1995',
	'nineteen ninety-six',
	'two thousand and one',
	'for years',
	'over the years',
	'for a while',
	'later that year',
	'Until then',
	'the following month',
	'by mid-afternoon',
	"It's the second day of",
	'last week',
	'the year-earlier period',
	'these days',
	'nowadays',
	'in the past',
	'the near future',
	'at this crucial moment',
	'currently',
	'early March',
	'last May',
	'Jan. 1998',
	'June last year',
	'quarter',
	'year',
	'then',
	'mid',
	'-',
	'\n',
	'\u00a0'
];
const text = fc
	.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 })
	.map((parts) => parts.join(' '));

type Anchored = Extractor & { pattern: RegExp; near: Anchor };
const anchored = extractors.filter(
	(extractor): extractor is Anchored => 'near' in extractor && Boolean(extractor.near)
);

describe('matchesOf', () => {
	it('anchors some extractors, so this property tests something', () => {
		expect(anchored.length).toBeGreaterThan(5);
	});

	it('finds, reading only around anchor words, exactly the matches a scan of the whole text finds', () => {
		fc.assert(
			fc.property(text, (sample) => {
				for (const extractor of anchored) {
					const whole = [...matchesOf(extractor.pattern, sample)].map((m) => [m.index, m[0]]);
					const near = [...matchesOf(extractor.pattern, sample, extractor.near)].map((m) => [
						m.index,
						m[0]
					]);
					expect(near, extractor.name).toEqual(whole);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('hands each match over with the whole text and its offset in it, for what lies around it', () => {
		const story = 'Sales rose. '.repeat(20) + 'Profit fell in the past two quarters.';
		const duration = anchored.find((extractor) => extractor.name === 'durationExtractor');
		expect(duration).toBeDefined();
		const [match] = [...matchesOf(duration!.pattern, story, duration!.near)];
		expect(match.input).toBe(story);
		expect(story.slice(match.index, match.index + match[0].length)).toBe('the past two quarters');
	});
});
