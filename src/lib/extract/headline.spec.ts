import { describe, expect, it } from 'vitest';
import { draftTitle, subjectTitle } from './headline';

function title(sentence: string, expression: string): string {
	const start = sentence.indexOf(expression);
	expect(start).toBeGreaterThanOrEqual(0);
	return draftTitle(sentence, start, start + expression.length);
}

describe('draftTitle', () => {
	it('names the group that "the organization" stands for', () => {
		expect(
			title(
				'Troops help prevent the Islamic State from resurging after the organization seized large parts of Iraq in 2014.',
				'2014'
			)
		).toBe('Islamic State seized large parts of Iraq');
		expect(title('After the organization seized the town in 2014, it left.', '2014')).toBe(
			'Organization seized the town'
		);
	});

	it("titles 'since Oct. 7, 2023, when Hamas invaded Israel' from its when-clause", () => {
		expect(
			title(
				'It has been tense since Oct. 7, 2023, when Hamas invaded Israel, killing many.',
				'Oct. 7, 2023'
			)
		).toBe('Hamas invaded Israel');
	});

	it('titles a sentence led by its time expression from the main clause', () => {
		expect(title('Last week, the leader died when a strike hit his car.', 'Last week')).toBe(
			'Leader died'
		);
	});

	it('titles a reported statement from what was reported, not from the attribution', () => {
		expect(
			title(
				'The government is organizing a "committee to end the presence," the office said Friday.',
				'Friday'
			)
		).toBe('Government is organizing a committee to end the presence');
	});

	it('drops an adverbial time expression, with or without its preposition', () => {
		expect(title('The council voted 7-2 last Tuesday to fund a flood wall.', 'last Tuesday')).toBe(
			'Council voted 7-2 to fund a flood wall'
		);
		expect(
			title(
				'The Corps studied the riverbank in 1998 and again in 2011, both times in vain.',
				'2011'
			)
		).toBe('Corps studied the riverbank');
	});

	it('leaves out a relative clause between commas, and the attribution of a quote', () => {
		expect(
			title('The 2023 flood, which peaked on April 9, 2023, caused $62 million in damage.', '2023')
		).toBe('2023 flood caused $62 million in damage');
		expect(title('"They promised us a wall in 2012 too," said James Whitfield.', '2012')).toBe(
			'They promised us a wall too'
		);
	});

	it('drops the adverbial time expression and its preposition', () => {
		expect(title('Volunteers filled 40,000 sandbags by Monday night.', 'Monday night')).toBe(
			'Volunteers filled 40,000 sandbags'
		);
	});

	it('drops a wire dateline', () => {
		expect(
			title('CINCINNATI (AP) — Water forced people from their homes on Tuesday.', 'Tuesday')
		).toBe('Water forced people from their homes');
	});

	it('is never empty', () => {
		expect(title('Friday', 'Friday')).toBe('Friday');
	});
});

describe('subjectTitle', () => {
	it("reads 'the U.S. airstrike that killed X' as 'U.S. airstrike killed X'", () => {
		expect(subjectTitle('the U.S. airstrike that killed Qassem Soleimani')).toBe(
			'U.S. airstrike killed Qassem Soleimani'
		);
	});
});
