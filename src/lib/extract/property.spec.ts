import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetProblems } from '../data/schema';
import { extractDataset, extractTimexes } from './index';

// Words that exercise the extractors, mixed with arbitrary and hostile text.
const WORDS = [
	'Friday',
	'last week',
	'Oct. 7, 2023',
	'in 2014',
	'the fourth anniversary of the strike that killed Soleimani',
	'the 1990s',
	'third-quarter',
	'a year ago',
	'2,500 troops',
	'Published: January 8, 2024 10:19am',
	'said',
	'.',
	', ',
	'\n\n',
	'\u00a0',
	'\u2019',
	'"',
	'•',
	'$',
	'%',
	'/',
	'-',
	'(',
	'\u0000',
	'\ud83d\ude00',
	'\ud800'
];
const article = fc
	.array(fc.oneof(fc.constantFrom(...WORDS), fc.string(), fc.string({ unit: 'grapheme' })), {
		maxLength: 40
	})
	.map((parts) => parts.join(' '));
const day = fc
	.date({
		min: new Date(Date.UTC(1600, 0, 1)),
		max: new Date(Date.UTC(2099, 11, 31)),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));

describe('extraction on arbitrary text', () => {
	it('never throws, and every time expression is its own slice of the text', () => {
		fc.assert(
			fc.property(article, day, (text, dct) => {
				for (const timex of extractTimexes(text, dct)) {
					expect(text.slice(timex.start, timex.end)).toBe(timex.text);
					expect(timex.value).not.toBe('');
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('never throws, and every quote equals its slice of the source in a valid dataset', () => {
		fc.assert(
			fc.property(article, day, (text, published) => {
				const dataset = extractDataset({ text, title: 'Property' }, { published, entities: false });
				const source = dataset.sources[0];
				expect(source.text).toBe(text);
				for (const event of dataset.events)
					for (const quote of event.quotes)
						expect(source.text.slice(quote.start, quote.end)).toBe(quote.text);
				expect(datasetProblems(dataset)).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it.each([
		['one huge sentence of weekdays', 'Friday\u00a0'.repeat(30_000)],
		['thousands of one-line paragraphs', 'The council met Friday.\n'.repeat(8_000)],
		['a run of hedges and numbers', 'about nearly 1 1 more than '.repeat(8_000)]
	])(
		'stays fast on hostile text: %s',
		(_name, text) => {
			const started = Date.now();
			const dataset = extractDataset(
				{ text, title: 'Stress' },
				{ published: '2024-01-08', entities: false }
			);
			expect(Date.now() - started).toBeLessThan(20_000);
			for (const event of dataset.events)
				for (const quote of event.quotes)
					expect(text.slice(quote.start, quote.end)).toBe(quote.text);
		},
		30_000
	);
});
