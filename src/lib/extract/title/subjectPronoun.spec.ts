import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('subjectPronoun: a pronoun with no speaker', () => {
	it('gives a when-clause\'s "it" the sentence\'s subject it agrees with', () => {
		expect(
			title(
				'The lake last froze over in January 1985, when it stayed frozen for a month.',
				'January 1985'
			)
		).toBe('Lake stayed frozen for a month');
	});

	it('gives a when-clause\'s "they" the plural right before "when"', () => {
		expect(
			title('She will rise to fourth in the rankings when they are published on Monday.', 'Monday')
		).toBe('Rankings are published');
	});

	it('gives a when-clause\'s "it" the thing right before "when"', () => {
		expect(
			title(
				'Five times more oil is leaking than was thought when the rig exploded last week.',
				'last week'
			)
		).toBe('Rig exploded');
		expect(
			title(
				'Five times more oil is leaking than was thought from the rig when it exploded last week.',
				'last week'
			)
		).toBe('Rig exploded');
	});

	it('names the owner of a possessive that opens the title: the subject before it', () => {
		expect(
			title(
				'Former mayor Ann Lee, who put the tram line at the centre of her bitter 2015 campaign for re-election, welcomed the vote.',
				'2015'
			)
		).toBe("Ann Lee's bitter campaign");
		expect(title('The orchestra gave a last concert in its cramped 1970s hall.', '1970s')).toMatch(
			/^Orchestra's cramped hall/
		);
	});

	it('names the owner of a possessive that opens what a speaker said', () => {
		expect(
			title(
				'On Monday, Ann Lee said her city would not slow its work on the new bridge.',
				'On Monday'
			)
		).toBe("Ann Lee's city would not slow its work on the new bridge");
	});

	it("names a dated noun's owner from the subject of the clause its phrase belongs to", () => {
		// The verb before the phrase: a role compromise reads as a person's.
		expect(
			title('"We will rebuild," the mayor said in her May 2 address at the harbour.', 'May 2')
		).toBe("Mayor's address at the harbour");
		// A phrase between the subject and its verb: the subject before it.
		expect(title('Okafor, in his June 9 letter to the board, asked for a vote.', 'June 9')).toBe(
			"Okafor's letter"
		);
	});
});
