import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('borrowedSubject: a verb without a subject of its own', () => {
	it('gives the verb after a relative clause the noun that clause hangs on', () => {
		expect(
			title(
				'Police said the suspect, who had fled on Monday, was arrested late Tuesday in a motel.',
				'late Tuesday'
			)
		).toBe('Suspect was arrested in a motel');
	});

	it('lends a joined verb the name its first verb has in apposition', () => {
		expect(
			title(
				'Grain is spilling into the bay after a leased ship, the Northern Star, ran aground and sank last week, leaving two sailors missing.',
				'last week'
			)
		).toMatch(/^Northern Star sank/);
	});

	it('lends the sentence\'s subject to a second verb after ", and"', () => {
		expect(
			title('The tanker ran aground off the cape, and was towed to port on Sunday.', 'Sunday')
		).toBe('Tanker was towed to port');
	});
});

describe('borrowedSubject after an opening participle', () => {
	it('lends the main subject, not the participle, to a second verb', () => {
		expect(
			title(
				'Raised in Oslo, Berg joined the orchestra in 1960 and became its conductor in 1975.',
				'1975'
			)
		).toBe('Berg became its conductor');
	});
});

describe('borrowedSubject after nested relative clauses', () => {
	it('lends the noun of the relative clause between commas, with its joined adjectives', () => {
		expect(
			title(
				'The British and Irish governments, which sponsor the talks that are due to end by May, invited the party to rejoin two weeks ago.',
				'two weeks ago'
			)
		).toBe('British and Irish governments invited the party to rejoin');
	});
});

describe('borrowedSubject after "and"', () => {
	it("lends a verb joined by 'and' the subject of the verb it is joined to, not the sentence's", () => {
		expect(
			title(
				'The mayor flew home last night for the first time since the ferry capsized in the bay and sank on 3 May, killing nine passengers.',
				'3 May'
			)
		).toBe('Ferry sank, killing nine passengers');
		expect(
			title(
				'Officials said the storm weakened overnight and reached the coast on Tuesday.',
				'Tuesday'
			)
		).toBe('Storm reached the coast');
	});
});
