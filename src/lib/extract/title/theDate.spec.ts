import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('what a title leaves out: the date and its lead-in words', () => {
	it('leaves out a coordinated date with the date: "in January and February"', () => {
		expect(
			title('Two presidents were toppled by popular uprisings in January and February.', 'February')
		).toBe('Two presidents were toppled by popular uprisings');
	});

	it('reads a possessive date after a preposition as the article of its noun', () => {
		expect(
			title("Details about Thursday's meeting will be settled by the presidency.", 'Thursday')
		).toBe('Details about the meeting will be settled by the presidency');
		expect(title("Friday's blast killed six people.", 'Friday')).toBe('Blast killed six people');
	});

	it('leaves out a span of time that is the date\'s own: "in the early hours of"', () => {
		expect(title('Rescuers reached the village in the early hours of Tuesday.', 'Tuesday')).toBe(
			'Rescuers reached the village'
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

	it('leaves out a time before now between a verb and its object: "banned years ago some …"', () => {
		expect(
			title(
				'Canada banned more than a decade ago some forms of the weedkiller.',
				'more than a decade ago'
			)
		).toBe('Canada banned some forms of the weedkiller');
	});

	it('leaves out the span of time a date names with it: "over the winter months"', () => {
		expect(
			title('The vaccine given to nurses over the winter months worked well.', 'the winter')
		).toBe('Vaccine given to nurses worked well');
		expect(
			title('Ice cream sales soared during the summer months, the company said.', 'the summer')
		).toBe('Ice cream sales soared');
		expect(title('Farmers planted less wheat in the spring season.', 'the spring')).toBe(
			'Farmers planted less wheat'
		);
	});
});

describe('theDate: a date that "sees"', () => {
	it('is no subject: what it saw is the title', () => {
		expect(
			title('Wednesday saw a coast guard crew set fire to the slick near the reef.', 'Wednesday')
		).toBe('Coast guard crew set fire to the slick near the reef');
		expect(title('Last year saw the launch of three new ferry routes.', 'Last year')).toBe(
			'Launch of three new ferry routes'
		);
	});

	it('leaves out a word joined to the date by "or" at the end of the clause', () => {
		expect(title('The bridge will reopen by 30 November or sooner.', 'by 30 November')).toBe(
			'Bridge will reopen'
		);
	});

	it('leaves out an adverb that opens the clause right before the date', () => {
		expect(title('Even today the old mill grinds flour for the village bakery.', 'today')).toBe(
			'Old mill grinds flour for the village bakery'
		);
		expect(
			title('"Even today you can hear the old mill from the bridge," she said.', 'today')
		).toMatch(/You can hear the old mill/);
	});

	it('keeps a date that is the noun of an object with its own adjective', () => {
		expect(title('The minister spent a quiet Sunday at home with her family.', 'Sunday')).toBe(
			'Minister spent a quiet Sunday at home with her family'
		);
		expect(title('On a quiet Sunday, the minister stayed at home.', 'Sunday')).toBe(
			'Minister stayed at home'
		);
	});

	it('keeps the "in" a verb takes before a weekday, which takes none', () => {
		expect(title('The storm rolled in Friday, bringing heavy rain.', 'Friday')).toBe(
			'Storm rolled in'
		);
		expect(title('The storm hit the coast in March.', 'March')).toBe('Storm hit the coast');
	});

	it('leaves out a month and day that restate the date after a comma', () => {
		expect(
			title('The annual fair is this coming Saturday, June ninth.', 'this coming Saturday')
		).toBe('Annual fair');
	});
});
