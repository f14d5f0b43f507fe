import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('draftTitle: what no title is', () => {
	it('opens on no auxiliary: a date that was the subject stays ("Today is Day 12")', () => {
		expect(title('"Today is Day 12" of the strike, the union leader said.', 'Today')).toBe(
			'Today is Day 12 of the strike'
		);
	});

	it('keeps a clause that opens on its noun, even one a tagger may read as a verb', () => {
		expect(
			title(
				'The trout had been in decline since the 1800s, when mill dams cut them off from the sea.',
				'the 1800s'
			)
		).toBe('Mill dams cut them off from the sea');
	});

	it('keeps a date that was the subject of a clause left with one word, without its speaker', () => {
		expect(title('"Today showed that the team can win," the coach told reporters.', 'Today')).toBe(
			'Today showed that the team can win'
		);
	});
});

describe('a date that is what the clause says', () => {
	it('titles a cleft with its "when" clause, past a phrase that holds another date', () => {
		expect(
			title(
				'It was the day before Easter in 2019 when a fisherman found the whale stranded on the shore.',
				'the day before Easter'
			)
		).toBe('Fisherman found the whale stranded on the shore');
	});

	it('keeps the date the verb "be" has for its complement, rather than end on the verb', () => {
		expect(title('This is not 1987; and with new walls the town is safer.', '1987')).toBe(
			'This is not 1987'
		);
		expect(title('It is Monday, and the market is closed.', 'Monday')).toBe('It is Monday');
		expect(title('The ferry was in port on Monday.', 'Monday')).toBe('Ferry was in port');
	});
});

describe('a title that names nothing but its date', () => {
	it('gives way to the main clause: "the town it is today" is no happening', () => {
		expect(
			title(
				'"Closing the yard would undo the work that made the port the town that it is today," the mayor told a paper.',
				'today'
			)
		).toMatch(/^Closing the yard would undo the work/);
	});
});
