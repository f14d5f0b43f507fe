import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('speakers that act', () => {
	it('reads "it" after a name with "the" as that institution', () => {
		expect(
			title('The Bank of Japan said it would hold an emergency meeting on Monday.', 'Monday')
		).toBe('Bank of Japan would hold an emergency meeting');
	});

	it('reads "they" after two speakers joined by "and" as the two', () => {
		expect(
			title(
				'The Arnault family and its LVMH group said on Tuesday they would give 200 million euros.',
				'Tuesday'
			)
		).toBe('Arnault family and its LVMH group would give 200 million euros');
	});

	it('finds the speaker of a verb that follows a relative clause', () => {
		expect(
			title(
				'Attorney General Keith Ellison, whose office prosecuted the case, said on Tuesday the verdict was accountability.',
				'Tuesday'
			)
		).toBe('Attorney General Keith Ellison said the verdict was accountability');
	});
});

describe('speakers and the pronouns that can stand for them', () => {
	it('reads no "she" or "he" as a company, a bank or any other thing', () => {
		expect(title('The bank said on Monday she had resigned.', 'Monday')).toBe(
			'Bank said she had resigned'
		);
		expect(title('The ministry said on Friday he would be charged.', 'Friday')).toBe(
			'Ministry said he would be charged'
		);
		// A person called by a common noun is one: "the minister" is a "she".
		expect(title('The minister said on Monday she would stand down.', 'Monday')).toBe(
			'Minister would stand down'
		);
	});

	it('reads a "she" as the one a speaker is named after, not the speaker: "Her son said she died"', () => {
		expect(
			title('Her son said she died on Sunday at her home in Bergen.', 'Sunday', [
				'Ingrid Dahl, the Norwegian composer, has died.'
			])
		).toBe('Ingrid Dahl died at her home in Bergen');
		expect(title('His lawyer said on Monday he would appeal.', 'Monday')).not.toMatch(/^Lawyer/);
	});

	it('reads no "it" as people: the "it" of an earlier sentence stays its own', () => {
		expect(
			title(
				'It dropped the offer on Wednesday, two people familiar with the talks said.',
				'Wednesday',
				['The retailer had offered $2 billion for the chain.']
			)
		).toBe('Retailer dropped the offer');
		expect(
			title('It would close 40 stores on Monday, analysts said.', 'Monday', [
				'The chain lost money for a third year.'
			])
		).toBe('Chain would close 40 stores');
	});

	it('reads "they" after a verb of telling with its object as the ones told', () => {
		expect(
			title(
				'Union leaders in and around the port warned city officials Tuesday that they should expect a long strike.',
				'Tuesday'
			)
		).toBe('City officials should expect a long strike');
		// No one told: the speakers act.
		expect(
			title('Union leaders said on Tuesday that they would call a long strike.', 'on Tuesday')
		).toBe('Union leaders said they would call a long strike');
	});
});
