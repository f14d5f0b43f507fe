import { describe, expect, it } from 'vitest';
import { tag } from '../language';
import { clauseStarts } from './clauses';
import { after, title } from './testing';

/** The clauses of `sentence`, as text. */
function clauses(sentence: string): string[] {
	const words = tag(sentence);
	const starts = clauseStarts(words);
	return starts.map((start, k) =>
		sentence.slice(words[start].start, words[(starts[k + 1] ?? words.length) - 1].end)
	);
}

describe('clauseStarts', () => {
	it('reads a "that" with a verb right after its noun as a relative pronoun, not a clause', () => {
		expect(clauses('The ferry that had drifted off the coast of Maine sank on Friday.')).toEqual([
			'The ferry',
			'that had drifted off the coast of Maine',
			'sank on Friday.'
		]);
		expect(
			title('The ferry that had drifted off the coast of Maine sank on Friday.', 'Friday')
		).toBe('Ferry sank');
		// With a subject after it, a "that" opens a clause of its own.
		expect(title('Crews found the wreck that the ferry left on Friday.', 'Friday')).toBe(
			'Ferry left'
		);
		// And a relative "that" which holds the date stands for its noun.
		expect(title('Divers found the cargo that had been lost on Monday.', 'Monday')).toBe(
			'Cargo had been lost'
		);
	});

	it('reads a "that" after a verb of saying as what was said, whatever the tagger makes of it', () => {
		expect(
			title(
				'Engineers said Thursday that water was rising faster than they had feared.',
				'Thursday'
			)
		).toBe('Water was rising faster than they had feared');
	});

	it("keeps a verb joined to an infinitive in the infinitive's clause", () => {
		expect(
			title(
				'"It is time to close the agency and start again with new people," Senator Ann Cole said in a letter on Wednesday.',
				'Wednesday'
			)
		).toMatch(/^Senator Ann Cole: It is time to close the agency and start again/);
	});

	it('opens a clause at a subordinator with a subject and verb, not at a preposition', () => {
		expect(
			clauses('The leader was killed on Thursday after rebel fighters overran his stronghold.')
		).toEqual([
			'The leader was killed on Thursday',
			'after rebel fighters overran his stronghold.'
		]);
		expect(clauses('The leader was killed after a long siege.')).toHaveLength(1);
	});

	it('ends a relative clause where the verb it interrupted comes', () => {
		expect(clauses('Protesters who toppled the governor in March returned on Tuesday.')).toEqual([
			'Protesters',
			'who toppled the governor in March',
			'returned on Tuesday.'
		]);
	});

	it('reads "not" inside a verb group as an adverb: the relative clause ends at the next verb', () => {
		expect(clauses('The driver, who was not named, was arrested on Friday.')).toEqual([
			'The driver,',
			'who was not named,',
			'was arrested on Friday.'
		]);
		expect(title('The driver, who was not named, was arrested on Friday.', 'Friday')).toBe(
			'Driver was arrested'
		);
	});

	it('reads a pair of dashes around words without a verb as an aside, not a clause break', () => {
		expect(
			clauses('Pressure grew after investors -- among them two banks -- sold shares.')
		).toEqual(['Pressure grew', 'after investors -- among them two banks -- sold shares.']);
	});

	it('opens no clause at a "that" a preposition governs, and still does at "in which"', () => {
		expect(clauses('Something like that is unlikely to happen today.')).toHaveLength(1);
		expect(clauses('Apart from that the harvest was good.')).toHaveLength(1);
		expect(clauses('The town in which she grew up flooded.')).toHaveLength(3);
	});

	it('opens no clause at a "that" with no verb after it: the determiner of its noun', () => {
		expect(clauses('Engineers hoped to revise that estimate on Friday.')).toHaveLength(1);
		expect(
			title(
				'The crack was 2 metres long on Monday, and engineers hoped to revise that estimate Friday.',
				'Friday'
			)
		).toBe('Engineers hoped to revise that estimate');
	});

	it('ends a subordinate clause at the comma before the main clause', () => {
		expect(clauses('After the militia seized the town in 2014, it left.')).toEqual([
			'After the militia seized the town in 2014,',
			'it left.'
		]);
	});
});

describe('the clause a title is drawn from', () => {
	it('is the clause that carries the date', () => {
		expect(
			after(
				'dateClause',
				'The leader was killed on Thursday after fighters overran his stronghold.',
				'Thursday'
			)
		).toBe('The leader was killed on Thursday');
	});

	it('ends at ", and" before a clause whose subject a name in commas follows', () => {
		const sentence =
			'The ferry company moved two boats to Harwick on Monday, and a rival line, Tern Shipping, said it would follow on Friday.';
		expect(title(sentence, 'Monday')).toBe('Ferry company moved two boats to Harwick');
		expect(title(sentence, 'Friday')).toBe('Tern Shipping said it would follow');
	});

	it('is the when-clause right after a date', () => {
		expect(
			title(
				'Tension has run high since May 2, 2019, when a bomb hit the market, killing six.',
				'May 2, 2019'
			)
		).toBe('Bomb hit the market');
	});

	it('keeps the when-clause whose verb the tagger reads as a noun ("a crew fitted")', () => {
		expect(
			title(
				'No water has entered the mine since March 3, when a crew fitted a new seal over the shaft.',
				'March 3'
			)
		).toBe('Crew fitted a new seal over the shaft');
	});

	it('is the clause after a date that opens the sentence without a verb of its own', () => {
		expect(
			title('Since 1990 -- when the dam was built -- the valley has flooded twice.', '1990')
		).toBe('Dam was built');
	});
});

describe('a progressive "as" clause', () => {
	it('tells what was going on: the title is the clause it happened in', () => {
		expect(
			title(
				'A fire engulfed the roof of the cathedral as it was undergoing renovations Monday.',
				'Monday'
			)
		).toBe('Fire engulfed the roof of the cathedral');
		expect(title('Messi scored twice, while Mbappe hit a hat-trick in 2022.', '2022')).toBe(
			'Mbappe hit a hat-trick'
		);
	});
});

describe('clauses: a verb form after an article', () => {
	it('modifies a noun and starts no clause ("killed an estimated two million")', () => {
		expect(
			title(
				'The label refers to the virus that caused the 1957 flu pandemic that killed an estimated two million people.',
				'1957'
			)
		).toBe('Flu pandemic killed an estimated two million people');
	});

	it('opens a clause at a "but" after a verb, without a comma before it', () => {
		expect(
			title(
				'Official data were not published but two traders put the value of the trade at $9 million in 2019.',
				'in 2019'
			)
		).toBe('Two traders put the value of the trade at $9 million');
	});

	it('opens a clause at a subordinator whose subject opens on an article', () => {
		expect(
			title(
				'On Monday, two months after the old well was sealed on May 3, the firm said it would leave.',
				'May 3'
			)
		).toBe('Old well was sealed');
	});
});
