import { describe, expect, it } from 'vitest';
import { MAX_WORDS } from './trim';
import { title } from './testing';

describe('what a title leaves out', () => {
	it('leaves out an aside between commas, never keeping a fragment of it: "August, was killed"', () => {
		const killed = title(
			'The former ruler, a fugitive since August, was killed on Thursday after fighters overran his hometown.',
			'Thursday'
		);
		expect(killed).toBe('Former ruler was killed');
		expect(killed).not.toMatch(/August/);
	});

	it('titles a date inside the aside by the aside and its noun', () => {
		expect(
			title('The former ruler, a fugitive since August, was killed on Thursday.', 'August')
		).toBe('Former ruler, a fugitive');
	});

	it('leaves out a wire dateline', () => {
		expect(
			title('BRUSSELS (Reuters) - European leaders agreed on a rescue fund on Sunday.', 'Sunday')
		).toBe('European leaders agreed on a rescue fund');
		expect(title('DUBAI, Oct 21 (Reuters) - Oil prices rose on Friday.', 'Friday')).toBe(
			'Oil prices rose'
		);
		// A dateline with the day and no place.
		expect(title('Nov. 18 (Reuters) - Oil prices rose on Friday.', 'Friday')).toBe(
			'Oil prices rose'
		);
		expect(title('Nov. 18 - Harland Steel closed its last mill on Friday.', 'Friday')).toBe(
			'Harland Steel closed its last mill'
		);
	});

	it('leaves out a coordinated date with the date: "in January and February"', () => {
		expect(
			title('Two presidents were toppled by popular uprisings in January and February.', 'February')
		).toBe('Two presidents were toppled by popular uprisings');
	});

	it('leaves out a participle aside that holds the date, and a trailing phrase without a verb', () => {
		expect(
			title(
				'The minister, speaking to reporters on Wednesday, said the truce would hold.',
				'Wednesday'
			)
		).toBe('Truce would hold');
		expect(
			title('She said he had died peacefully on Sunday, surrounded by his family.', 'Sunday')
		).toBe('He had died peacefully');
		expect(title('Acme closed at $60 on Friday, down 50 cents.', 'Friday')).toBe(
			'Acme closed at $60'
		);
	});

	it(`cuts a title over ${MAX_WORDS} words at a phrase boundary, and says so`, () => {
		const long = title(
			'In 2020, the city council approved the plan for a new bridge across the river to the old harbour district.',
			'2020'
		);
		expect(long.endsWith('…')).toBe(true);
		expect(long.replace('…', '').split(' ').length).toBeLessThanOrEqual(MAX_WORDS);
		expect(long).not.toMatch(/\b(?:the|a|to|of|across)…$/);
	});

	it('reads a possessive date after a preposition as the article of its noun', () => {
		expect(
			title("Details about Thursday's meeting will be settled by the presidency.", 'Thursday')
		).toBe('Details about the meeting will be settled by the presidency');
		expect(title("Friday's blast killed six people.", 'Friday')).toBe('Blast killed six people');
	});

	it('opens on no "that" of reported words', () => {
		expect(
			title(
				'Forecasters have warned that changing winds could drive the slick ashore on Friday.',
				'Friday'
			)
		).toBe('Changing winds could drive the slick ashore');
	});

	it('opens on no bullet of a list', () => {
		for (const bullet of ['*', '\\*', '•'])
			expect(title(`${bullet} The 1918 pandemic struck young adults.`, '1918')).toBe(
				'Pandemic struck young adults'
			);
	});

	it("keeps a date that is the subject, and a verb's particle", () => {
		expect(title('In the capital, today is the third day of the strike.', 'today')).toBe(
			'Today is the third day of the strike'
		);
		expect(title('The union asked the court to step in on May 3.', 'May 3')).toBe(
			'Union asked the court to step in'
		);
	});
});

describe('a date the verb is about', () => {
	it('stays in the title: a day declared something, a deadline given', () => {
		expect(title('The court gave the two sides until Friday to close the deal.', 'Friday')).toBe(
			'Court gave the two sides until Friday to close the deal'
		);
		expect(title('The government declared Tuesday a national holiday.', 'Tuesday')).toBe(
			'Government declared Tuesday a national holiday'
		);
		expect(title('Police searched the house on Friday to find clues.', 'Friday')).toBe(
			'Police searched the house to find clues'
		);
	});
});
