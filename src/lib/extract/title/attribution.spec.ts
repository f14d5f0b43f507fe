import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('reported speech', () => {
	it('finds the speaker of a saying past an aside between commas: a relative clause, a name', () => {
		expect(
			title(
				'The insurer, which covers the port, said last week that it would pay every claim.',
				'last week'
			)
		).toBe('Insurer would pay every claim');
		expect(
			title(
				'The mayor, who leads the council, said on Monday that the bridge would reopen.',
				'Monday'
			)
		).toBe('Bridge would reopen');
		// A name in apposition is the speaker, whole at its hyphen.
		expect(
			title(
				"The port's director, Anne Martin-Leduc, said on Monday that she would resign.",
				'Monday'
			)
		).toBe('Anne Martin-Leduc would resign');
	});

	it('titles "X said Friday that Y" from Y, keeping X for its pronoun when X acts', () => {
		expect(title('The company said Friday that it would cut 2,000 jobs.', 'Friday')).toBe(
			'Company would cut 2,000 jobs'
		);
		expect(title('The governor said Monday he had signed the budget.', 'Monday')).toBe(
			'Governor had signed the budget'
		);
	});

	it('never makes the speaker the subject of a passive it spoke of: "it would be lifted"', () => {
		// "it" is the curfew of an earlier sentence, not the army.
		const lifted = title(
			'The army said Friday that it would be lifted once calm returned.',
			'Friday'
		);
		expect(lifted).not.toMatch(/^Army would be lifted/);
		expect(lifted).toBe('Army said it would be lifted');
	});

	it('skips the one told: "told the committee they had found no fraud"', () => {
		expect(
			title(
				'In the past 15 months, the regulators told the committee they had found no fraud.',
				'the past 15 months'
			)
		).toBe('Regulators had found no fraud');
	});

	it('titles a statement that ends on a colon from its speaker and the words quoted', () => {
		expect(
			title('The mayor said Tuesday at city hall: "We will rebuild every house."', 'Tuesday')
		).toBe('Mayor: We will rebuild every house');
	});
});

describe('reportedSpeech, with an adverb', () => {
	it('finds what was said past an adverb before its verb: "the Harbour Trust correctly listed"', () => {
		expect(
			title(
				'The council president said the Harbour Trust correctly listed the donor as having given 5,000 marks in 1995.',
				'1995'
			)
		).toBe('Harbour Trust correctly listed the donor as having given 5,000 marks');
	});
});

describe('reportedSpeech, in a clause of its own', () => {
	it('leaves a date before "but officials warned" to the clause it is in', () => {
		expect(
			title(
				'The outbreak appeared to be slowing on Saturday but officials warned the virus still posed a grave threat.',
				'Saturday'
			)
		).toMatch(/^Outbreak appeared to be slowing/);
	});
});
