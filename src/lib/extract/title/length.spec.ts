import { describe, expect, it } from 'vitest';
import { MAX_WORDS } from './length';
import { title } from './testing';

describe('what a title leaves out: the length', () => {
	it(`cuts a title over ${MAX_WORDS} words at a phrase boundary, and says so`, () => {
		const long = title(
			'In 2020, the city council approved the plan for a new bridge across the river to the old harbour district.',
			'2020'
		);
		expect(long.endsWith('…')).toBe(true);
		expect(long.replace('…', '').split(' ').length).toBeLessThanOrEqual(MAX_WORDS);
		expect(long).not.toMatch(/\b(?:the|a|to|of|across)…$/);
	});
});

describe('length, at a participle after a comma', () => {
	it('ends a long title where a participle goes on about what its clause told whole, with nothing cut', () => {
		expect(
			title(
				'Harbour Commissioner Dana Wells announced the appointment of Ruiz on Thursday, saying the port could not stay closed for another week.',
				'Thursday'
			)
		).toBe('Harbour Commissioner Dana Wells announced the appointment of Ruiz');
	});
});

describe('length, in a name', () => {
	it('cuts no name in two, counts a word a hyphen or an apostrophe joins as one, and no verb inside it', () => {
		expect(
			title(
				"The phony address will cost the far-right German People's Union about 549,000 marks in fines, officials said on Friday.",
				'Friday'
			)
		).toBe("Phony address will cost the far-right German People's Union about 549,000 marks…");
		expect(
			title(
				'The solid construction of the Israeli-built embassy may have prevented the carnage of a similar bomb in the city on Saturday.',
				'Saturday'
			)
		).toMatch(/^Solid construction of the Israeli-built embassy may have prevented/);
	});

	it('never cuts inside a hyphenated word', () => {
		expect(
			title(
				'Chemical maker Acme Corp vowed Monday to pay all the reasonable clean-up costs from the flood in the valley.',
				'Monday'
			)
		).toBe('Chemical maker Acme Corp vowed to pay all the reasonable clean-up costs…');
	});

	it('counts no opening article among the words, as the title does without it', () => {
		expect(
			title(
				'A group of city and county transit engineers on Monday released its first full report on the bridge.',
				'Monday'
			)
		).toBe('Group of city and county transit engineers released its first full report…');
	});

	it('cuts no name in two where the limit falls in it', () => {
		expect(
			title(
				'"For the club to be able to bring 25,000 fans to Las Vegas because it has a fight, even when most of them have no tickets, is incredible," promoter Jim Bell told Reuters on Friday.',
				'Friday'
			)
		).toBe('Promoter Jim Bell: For the club to be able to bring 25,000 fans…');
	});

	it('cuts no title inside its verb group', () => {
		expect(
			title(
				'Several dozen young and very tired seasonal farm workers had also been sick with a fever in March.',
				'in March'
			)
		).toBe('Several dozen young and very tired seasonal farm workers had also been sick…');
	});
});
