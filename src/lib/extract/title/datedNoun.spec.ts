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

	it('dates no noun that names a span of time: the clause around it is the title', () => {
		expect(
			title(
				'The coast guard found the trawler near the reef in the early hours of Sunday morning.',
				'Sunday morning'
			)
		).toBe('Coast guard found the trawler near the reef');
		expect(title('The mill shed two hundred jobs during the first weeks of 2019.', '2019')).toBe(
			'Mill shed two hundred jobs'
		);
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

describe('datedNoun: a figure of an earlier period', () => {
	it("titles a year-ago figure as the subject's figure then, not the current one", () => {
		expect(
			title('Net profit rose to $9 million from $4 million a year earlier.', 'a year earlier')
		).toBe('Net profit was $4 million');
		expect(
			title(
				'Net profit rose 20% to $9 million, compared with $4 million a year earlier.',
				'a year earlier'
			)
		).toBe('Net profit was $4 million');
		expect(
			title(
				'Orders fell to 900 last month from 1,200 in the same month last year.',
				'the same month last year'
			)
		).toBe('Orders were 1,200');
	});
});

describe('datedNoun: a year on the noun it names', () => {
	it("titles a year between a verb's object and its article with the noun, not the verb", () => {
		expect(
			title(
				'Officials warned the spill could eclipse the 1989 Exxon Valdez disaster as the worst.',
				'1989'
			)
		).toBe('Exxon Valdez disaster');
		expect(title('The river could surpass the 1927 Mississippi flood in scale.', '1927')).toBe(
			'Mississippi flood'
		);
		expect(title('The court upheld the 2019 ruling on Tuesday.', '2019')).toBe('2019 ruling');
		// Its subject's year stays the clause's.
		expect(title('The 2003 invasion toppled the government.', '2003')).toBe(
			'Invasion toppled the government'
		);
	});

	it('reads a name between the article and the year as part of the dated noun', () => {
		expect(
			title(
				'Doctors fear a repeat of the Spanish 1918 flu pandemic that killed millions worldwide.',
				'1918'
			)
		).toBe('Spanish flu pandemic killed millions worldwide');
	});
});

describe('datedNoun, with a word a hyphen or an apostrophe joins', () => {
	it('keeps the noun after "on" or "of" whole: a hyphenated word, a possessive and what it owns', () => {
		expect(
			title(
				"Prices rose after last week's explosion on a state-owned tanker, which then sank.",
				'last week'
			)
		).toBe('Explosion on a state-owned tanker');
		expect(
			title(
				"Regulators are reviewing safety following the March 3 explosion of Norsk Ltd's North Star gas platform.",
				'March 3'
			)
		).toBe("Explosion of Norsk Ltd's North Star gas platform");
	});

	it('ends the dated noun at a comma after the date, unless it closes a year', () => {
		expect(
			title(
				'On a quiet Sunday morning, Lee drove his van down to the harbour to meet the first boats.',
				'Sunday morning'
			)
		).toMatch(/^Lee drove his van/);
	});

	it('titles a possessive date after "of" with the noun it owns, not the one before', () => {
		expect(
			title('The island was still rebuilding after the damage of 2017’s Hurricane Maria.', '2017')
		).toBe('Hurricane Maria');
	});

	it('dates the noun a preposition of time governs with a time counted back right after it', () => {
		expect(
			title(
				'Exports are set to fall 8 percent this year, the steepest drop since the oil shock two decades ago.',
				'two decades ago'
			)
		).toBe('Oil shock');
		// Not a place a verb went to, nor a phrase that opens its sentence.
		expect(title('The coach moved to the city a decade ago.', 'a decade ago')).toBe(
			'Coach moved to the city'
		);
		expect(
			title(
				'During the last strike a decade ago, the union leader resigned after a vote.',
				'a decade ago'
			)
		).toBe('Union leader resigned after a vote');
	});
});

describe('datedNoun: a dated noun the clause happens in, or after', () => {
	it('titles the clause an opening "in", "at" or "during" phrase dates, not its noun', () => {
		expect(
			title('A week later, in his June 9 letter to the board, Okafor asked for a vote.', 'June 9')
		).toBe('Okafor asked for a vote');
		expect(title('In its Tuesday edition, the Courier printed the full list.', 'Tuesday')).toBe(
			'Courier printed the full list'
		);
		expect(title('At the 2010 games, Spain won the final.', '2010')).toBe('Spain won the final');
	});

	it('titles a dated noun after "since", which the tagger reads as a subordinator', () => {
		expect(
			title(
				'Jones has been on the run since the March 2001 bombing of the Leeds bank.',
				'March 2001'
			)
		).toBe('Bombing of the Leeds bank');
		// A town's state between commas is part of the phrase that names the noun.
		expect(
			title(
				'Rudd has been in hiding since the May 1998 bombing of a Dallas, Texas, bank.',
				'May 1998'
			)
		).toBe('Bombing of a Dallas, Texas, bank');
	});

	it('keeps the date of a dated noun that would be a title of one word', () => {
		expect(
			title('Police have been looking for Smith since shortly after the June 4 shooting.', 'June 4')
		).toBe('June 4 shooting');
	});
});
