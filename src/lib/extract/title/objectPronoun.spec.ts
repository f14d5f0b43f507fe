import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('objectPronoun', () => {
	it('names what an object "it" stands for: the object of an earlier verb of the sentence', () => {
		expect(
			title('Engineers found a crack in the dam wall and repaired it on Tuesday.', 'Tuesday')
		).toBe('Engineers repaired the crack');
		expect(
			title(
				'The council approved the budget in May, but the mayor vetoed it on Tuesday.',
				'Tuesday'
			)
		).toBe('Mayor vetoed the budget');
		expect(
			title(
				'Police recovered the stolen painting and returned it to the museum on Friday.',
				'Friday'
			)
		).toBe('Police returned the stolen painting to the museum');
	});

	it('reads "them" as several things, and no "it" as a person', () => {
		expect(
			title('The company bought two rival firms in 2019 and merged them in 2021.', '2021')
		).toBe('Company merged two rival firms');
		// "the first woman" is no "it": the title the comparison names is.
		expect(
			title(
				'Marta Kovac won the title on Saturday, becoming the first woman to win it in straight sets since Serena Williams in 2017.',
				'2017'
			)
		).toBe('Serena Williams won the title in straight sets');
	});

	it('keeps an "it" with nothing in the sentence that agrees', () => {
		expect(
			title('The ministers met the president and thanked him for it on Monday.', 'Monday')
		).toMatch(/thanked him for it$/);
	});
});
