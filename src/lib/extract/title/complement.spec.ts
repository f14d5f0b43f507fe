import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('complement: a verb that says nothing without its "that" clause', () => {
	it('titles the verb with what it acknowledged, without the phrase between them', () => {
		expect(
			title(
				'The council admitted 11 years ago in a little-noticed report that its rules had failed.',
				'11 years ago'
			)
		).toBe('Council admitted that its rules had failed');
	});

	it('leaves a clause with an object of its own, without a subject, or of saying, as it was', () => {
		expect(title('The court gave notice on Monday that the law was void.', 'Monday')).not.toMatch(
			/notice that/
		);
		expect(
			title(
				'The minister said on Tuesday that nine of the 23 people had been in contact.',
				'Tuesday'
			)
		).toBe('Nine of the 23 people had been in contact');
		expect(title('"Today showed that the team can win," the coach said.', 'Today')).toBe(
			'Today showed that the team can win'
		);
	});

	it('leaves a "that" clause that is a later participle\'s, not the verb\'s', () => {
		expect(
			title(
				'Shares in the firm rose by 4% this morning to 448p, suggesting that traders remain calm.',
				'this morning'
			)
		).not.toMatch(/rose that/);
	});

	it('reads a "that" after a date as opening what was found or will be said', () => {
		expect(
			title('Inspectors discovered Saturday that water is seeping into the tunnel.', 'Saturday')
		).toBe('Inspectors discovered that water is seeping into the tunnel');
		expect(
			title('The board is expected to announce on Monday that the plant will close.', 'Monday')
		).toBe('Board is expected to announce that the plant will close');
		expect(title('The ferry that sank on Monday carried 40 people.', 'Monday')).not.toMatch(/that/);
	});
});
