import { describe, expect, it } from 'vitest';
import { leadTitle } from './leadTitle';

describe('leadTitle: a title for an article pasted without its headline', () => {
	it('is the lede whole when it is as short as a headline, without its dateline or full stop', () => {
		expect(leadTitle('BUFFALO, N.Y. (AP) --\n\nDr. Barnett Slepian was shot last fall.')).toBe(
			'Dr. Barnett Slepian was shot last fall'
		);
		expect(leadTitle('WASHINGTON _ The economy created jobs at a robust pace in January.')).toBe(
			'The economy created jobs at a robust pace in January'
		);
	});

	it('ends where the main clause ends, at an adverbial conjunction or a comma', () => {
		expect(
			leadTitle(
				'A regional airline said it withdrew its offer because the carrier did not respond by Tuesday.'
			)
		).toBe('A regional airline said it withdrew its offer');
		expect(
			leadTitle(
				'OSLO (Reuters) - The ferry operator cancelled every crossing on Friday, two days after a storm damaged its largest harbour.'
			)
		).toBe('The ferry operator cancelled every crossing on Friday');
	});

	it('keeps what was said: a "that" after a verb of saying opens the news, not another clause', () => {
		expect(
			leadTitle('The mayor said Monday that the bridge will reopen in May.\n\nMore follows.')
		).toBe('The mayor said Monday that the bridge will reopen in May');
	});

	it('leaves out an opening phrase, which is no main clause, and starts on a capital', () => {
		expect(
			leadTitle(
				'In a move that surprised traders, the central bank raised its main rate on Tuesday.'
			)
		).toBe('The central bank raised its main rate on Tuesday');
		expect(
			leadTitle('After talks broke down overnight, nurses walked out at three hospitals.')
		).toBe('Nurses walked out at three hospitals');
	});

	it('passes over a participle phrase before the main clause, and an aside within it', () => {
		expect(
			leadTitle('Ending a decade of talks, the two countries signed a border treaty on Monday.')
		).toBe('The two countries signed a border treaty on Monday');
		// The main clause's subject stands before an aside: the sentence is kept whole.
		expect(
			leadTitle('The mayor, a former teacher, resigned on Friday after a vote of no confidence.')
		).toBe('The mayor, a former teacher, resigned on Friday after a vote of no confidence');
	});

	it('cuts a clause longer than a headline at a word that can end one, with an ellipsis', () => {
		const title = leadTitle(
			'The committee responsible for the harbour approved a plan to rebuild the northern pier and the old lighthouse over the next four years.'
		);
		expect(title).toBe('The committee responsible for the harbour approved a plan to rebuild…');
	});

	it('is empty for a text without words', () => {
		expect(leadTitle('')).toBe('');
		expect(leadTitle('\n\n  \n')).toBe('');
	});
});
