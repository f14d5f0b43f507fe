import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('relativePronoun: the noun a relative clause hangs on', () => {
	it('keeps a name of a name whole: "a Gulf of Mexico oil spill that began"', () => {
		expect(
			title(
				'It is day 15 of a Gulf of Mexico oil spill that began with a blast on April 20.',
				'April 20'
			)
		).toBe('Gulf of Mexico oil spill began with a blast');
	});

	it('gives a relative clause its noun, and "whose" its possessive', () => {
		expect(title('He faces charges over a riot that injured nine people in May.', 'May')).toBe(
			'Riot injured nine people'
		);
		expect(title('Acme, whose profit fell 8% in the quarter, cut jobs.', 'the quarter')).toBe(
			"Acme's profit fell 8%"
		);
	});
});

describe('relativePronoun, on a noun the tagger misreads or a long phrase', () => {
	it('takes the word after "the" for the noun, though tagged an adverb: "the well that"', () => {
		expect(
			title(
				'Crews made progress on Monday toward capping the well that ruptured off the coast last month.',
				'last month'
			)
		).toBe('Well ruptured off the coast');
	});

	it('names a phrase too long for a subject by its last names', () => {
		expect(
			title(
				'All night the mayor, two engineers and the Transport Secretary and former pilot Ada Moss, who had flown in two days earlier, studied the plan.',
				'two days earlier'
			)
		).toMatch(/^Ada Moss had flown/);
	});
});

describe('relativePronoun, past what stands between the noun and the pronoun', () => {
	it('reaches past the date and its preposition: "an explosion in 2008 which killed"', () => {
		expect(
			title('A pipe burns in a suburb after an explosion in 2008 which killed nine people.', '2008')
		).toBe('Explosion killed nine people');
	});

	it('reaches past a dash, an acronym in brackets and an aside between dashes', () => {
		expect(
			title(
				'Earlier the Port Safety Board (PSB) - which raised its alert to five on Friday - said it had no plans.',
				'on Friday'
			)
		).toBe('Port Safety Board raised its alert to five');
		expect(
			title(
				'The oldest of the wrecks is the Mary Jane - each was named when it was built - which sank in 1889.',
				'1889'
			)
		).toBe('Mary Jane sank');
	});
});

describe('relativePronoun, in agreement', () => {
	it('takes no noun that disagrees with the verb: "the valve (SV), which were"', () => {
		expect(
			title(
				'Nothing shows that the changes to the safety valve (SV), which were made in Spain in 2005, caused the failure.',
				'2005'
			)
		).not.toMatch(/^Safety valve were/);
		expect(
			title('Crews found the safety valve (SV), which was made in Spain in 2005.', '2005')
		).toMatch(/^Safety valve was made/);
	});
});

describe('relativePronoun, past an age', () => {
	it('stands a "who" for the person named before their age: "Maria Lopes, 54, who"', () => {
		expect(title('"It was time," said Maria Lopes, 54, who joined the mill in 1988.', '1988')).toBe(
			'Maria Lopes joined the mill'
		);
	});
});

describe('relativePronoun, as an object', () => {
	it('puts the noun a "whom" stands for after the verb whose object it is', () => {
		expect(
			title(
				'Prime Minister Ann Hale, whom the king appointed on Tuesday, said the country mourned.',
				'Tuesday'
			)
		).toBe('King appointed Prime Minister Ann Hale');
	});

	it('gives a "who" its verb when the tagger reads that verb as a noun', () => {
		expect(
			title('The win ended a long wait for Chile, who last won the cup in 1986 at home.', '1986')
		).toBe('Chile last won the cup at home');
	});
});

describe('a relative clause between commas', () => {
	it('closes before the verb it interrupted, which is no participle on its last noun', () => {
		expect(
			title(
				'The barge, which was towing coal for the utility, sank on 4 June, a week after it left port.',
				'4 June'
			)
		).toBe('Barge sank');
	});

	it('tells a "whose" after a noun and its place with "of": "Death of a man from Leeds"', () => {
		expect(
			title(
				'The second case involves a 45-year-old man from Leeds, whose death was reported Monday to the coroner.',
				'Monday'
			)
		).toBe('Death of a 45-year-old man from Leeds was reported to the coroner');
		expect(
			title('The victim was a teacher in Dayton, whose body was found on Friday.', 'Friday')
		).toBe('Body of a teacher in Dayton was found');
	});
});
