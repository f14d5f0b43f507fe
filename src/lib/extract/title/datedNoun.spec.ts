import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('datedNoun: a date on a noun dates that noun', () => {
	it('titles a date in the possessive with its noun, wherever the noun stands', () => {
		expect(
			title("The smoke over the valley came from Monday night's fire at the depot.", 'Monday night')
		).toBe('Fire at the depot');
		expect(
			title("Voters are eagerly awaiting Sunday's runoff election in the capital.", 'Sunday')
		).toBe('Runoff election in the capital');
	});

	it('keeps the date of a noun that would be a title of one word', () => {
		expect(title("The lake is still black with soot from Monday's blast.", 'Monday')).toBe(
			"Monday's blast"
		);
	});

	it("leaves a possessive date after a verb in the past to the verb's clause", () => {
		expect(title("High winds halted Saturday's search for the missing crew.", 'Saturday')).toBe(
			'High winds halted search for the missing crew'
		);
	});

	it("leaves a possessive date that is its clause's subject to the clause", () => {
		expect(title("Monday's vote was put off by a week.", 'Monday')).toBe(
			'Vote was put off by a week'
		);
	});
});
