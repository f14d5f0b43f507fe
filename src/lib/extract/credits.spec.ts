import { describe, expect, it } from 'vitest';
import { articleCredits } from './credits';
import { extractDataset } from './index';

describe('articleCredits', () => {
	it('reads the author from a byline and the publisher from the organisation after it', () => {
		expect(
			articleCredits('Mayor resigns\nBy JANE DOE, Associated Press\nThe mayor resigned on Friday.')
		).toEqual({ author: 'Jane Doe', publisher: 'Associated Press' });
	});

	it("takes no publisher from a role after the byline's comma", () => {
		expect(
			articleCredits('Mayor resigns\n\nBy Jane Doe, Staff Writer\n\nThe mayor resigned.')
		).toEqual({ author: 'Jane Doe' });
	});

	it("takes the publisher from a wire dateline's agency when the byline names none", () => {
		expect(
			articleCredits(
				'Talks stall\nBy Ann Roe and Bo Li\nGENEVA (Reuters) - Talks stalled on Monday.'
			)
		).toEqual({ author: 'Ann Roe and Bo Li', publisher: 'Reuters' });
	});

	it('reads the publisher from a byline that names an organisation, before the wire agency', () => {
		expect(
			articleCredits(
				'Floods\n\nBy The Associated Press\n\nCINCINNATI (AP) — Water rose on Tuesday.'
			)
		).toEqual({ publisher: 'The Associated Press' });
	});

	it('reads no credits from a story that opens on "By" and a day', () => {
		expect(articleCredits('Rebels advance\nBy Friday the rebels had taken the port.')).toEqual({});
	});

	it('reads only the first lines: a byline deep in the story is a quoted one', () => {
		const body = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} says little.`).join('\n');
		expect(articleCredits(`${body}\nBy Jane Doe\nMore.`)).toEqual({});
	});
});

describe('extractDataset credits', () => {
	const text = 'Mayor resigns\n\nBy JANE DOE, Associated Press\n\nThe mayor resigned on Friday.';

	it("fills a source's author and publisher from its byline when none is given", () => {
		const [source] = extractDataset({ text, published: '2024-03-04' }).sources;
		expect([source.author, source.publisher]).toEqual(['Jane Doe', 'Associated Press']);
	});

	it('keeps an author and publisher that were given, and fills blank ones', () => {
		const given = extractDataset({
			text,
			published: '2024-03-04',
			author: 'J. Doe',
			publisher: ' '
		}).sources[0];
		expect([given.author, given.publisher]).toEqual(['J. Doe', 'Associated Press']);
	});

	it('makes no event of the byline, and keeps the story that opens on "By" and a day', () => {
		const dataset = extractDataset({
			text: 'Rebels advance\n\nBy Friday the rebels had taken the port of Sirte, officials said.',
			published: '2011-10-22'
		});
		expect(dataset.sources[0].author).toBe('');
		expect(dataset.events.map((event) => event.date)).toEqual(['2011-10-21']);
	});
});
