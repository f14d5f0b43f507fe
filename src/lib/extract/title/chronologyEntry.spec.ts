import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe("a chronology's entry", () => {
	it('is titled whole, its bullet, date and dash left out', () => {
		expect(title('* March 3 - Harbor Oil suspends drilling at its Kestrel field.', 'March 3')).toBe(
			'Harbor Oil suspends drilling at its Kestrel field'
		);
		expect(title('May 12: Troops enter the northern city of Valmora.', 'May 12', ['x'])).toBe(
			'Troops enter the northern city of Valmora'
		);
	});

	it('keeps its subject when the tagger reads its present-tense verb as a noun', () => {
		// "shares plunge": the verb read as a noun, the later "has failed" taken for the verb, and
		// everything before its comma for a leading adverbial.
		expect(
			title(
				'June 1 - Lakeshore shares plunge 12 percent in early trading, wiping $4 billion off its value, on news the merger has failed.',
				'June 1',
				['x']
			)
		).toBe('Lakeshore shares plunge 12 percent in early trading, wiping $4 billion…');
	});

	it('keeps who said what it reports: the entry states it as a claim, not a fact', () => {
		expect(
			title('\\* April 30 - A White House aide says no new drilling will be allowed.', 'April 30', [
				'x'
			])
		).toBe('White House aide says no new drilling will be allowed');
	});

	it('is titled by its main clause, not a relative clause inside it', () => {
		expect(
			title(
				'June 7 - Marlow Bank, which says it has repaid $2 billion, sees its shares gain on the news.',
				'June 7',
				['x']
			)
		).toBe('Marlow Bank sees its shares gain on the news');
	});

	it('still leaves out an adverbial that opens it', () => {
		expect(
			title(
				'June 3 - After sharp declines, Lakeshore shares rise 3 percent on hopes for a deal.',
				'June 3',
				['x']
			)
		).toBe('Lakeshore shares rise 3 percent on hopes for a deal');
	});

	it('is no entry when the date opens a sentence without a dash or colon', () => {
		expect(title('On June 7, Marlow Bank repaid $2 billion.', 'June 7', ['x'])).toBe(
			'Marlow Bank repaid $2 billion'
		);
	});
});
