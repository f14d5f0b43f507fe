import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('what a title leaves out: asides', () => {
	it('leaves out an aside between commas, never keeping a fragment of it: "August, was killed"', () => {
		const killed = title(
			'The former ruler, a fugitive since August, was killed on Thursday after fighters overran his hometown.',
			'Thursday'
		);
		expect(killed).toBe('Former ruler was killed');
		expect(killed).not.toMatch(/August/);
	});

	it('reads no aside at a comma inside a noun phrase: between adjectives, around a place', () => {
		expect(
			title('Divers recovered the bodies from a deep, narrow channel on Tuesday.', 'Tuesday')
		).toBe('Divers recovered the bodies from a deep, narrow channel');
		expect(title('Volunteers cleared a steep, rocky, two-mile trail in March.', 'March')).toBe(
			'Volunteers cleared a steep, rocky, two-mile trail'
		);
		expect(title('The plane landed at the Portland, Ore., airport on Friday.', 'Friday')).toBe(
			'Plane landed at the Portland, Ore., airport'
		);
		// After an article, a place's state goes on to a name too.
		expect(
			title('On Friday, agents met officers of the Mesa, Ariz., Police Department.', 'On Friday')
		).toBe('Agents met officers of the Mesa, Ariz., Police Department');
		// A comma after a noun still opens one.
		expect(title('The bank cut rates on Tuesday, its third cut this year.', 'Tuesday')).toBe(
			'Bank cut rates'
		);
	});

	it('titles a date inside the aside by the aside and its noun', () => {
		expect(
			title('The former ruler, a fugitive since August, was killed on Thursday.', 'August')
		).toBe('Former ruler, a fugitive');
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
});

describe('asides and the date', () => {
	it('reads no aside in the date\'s own commas: "the Dec. 21, 1988, bombing"', () => {
		expect(
			title(
				'Two agents were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103 that killed 270 people.',
				'Dec. 21, 1988'
			)
		).toBe('Bombing of Pan Am Flight 103');
	});
});

describe('an attribution between commas', () => {
	it('is left out of what was said: ", the finance director said,"', () => {
		const title_ = title(
			'Capital spending in 2025 will rise slightly, the finance director said, from an estimated $470 million this year.',
			'this year'
		);
		expect(title_).toMatch(/^Capital spending in 2025 will rise slightly/);
		expect(title_).not.toMatch(/said|director/);
	});
});

describe('asides in dashes', () => {
	it('reads a hyphen with a space on each side as a dash, and leaves its aside out', () => {
		expect(
			title(
				'For the first time since 1987, a flood - apparently linked to the 1950-51 storms - has reached the market square.',
				'1987'
			)
		).toBe('Flood has reached the market square');
	});

	it('leaves out a participle between dashes, and ends no aside of a comma there', () => {
		expect(
			title(
				'For the first time since 1987, a flood -- caused by the storms -- has reached the market square.',
				'1987'
			)
		).toBe('Flood has reached the market square');
	});
});

describe('an aside that is only the date', () => {
	it('dates the clause, and goes with the date', () => {
		expect(
			title(
				'One reason is that an earlier flood in the valley, in 1987, found the town and its council unprepared to cope with the damage.',
				'1987'
			)
		).toBe('Earlier flood in the valley found the town and its council…');
	});

	it('leaves out an aside that only lists the days of what the clause says', () => {
		const sentence =
			'The agency inspected the old bridge three times -- in January, March and on May 4 -- and found no cracks.';
		expect(title(sentence, 'January')).toBe('Agency inspected the old bridge three times');
		expect(title(sentence, 'May 4')).toBe('Agency inspected the old bridge three times');
	});
});
