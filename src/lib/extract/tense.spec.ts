import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index';
import {
	governingTense,
	inCondition,
	openingTense,
	scheduledBefore,
	speaksOfPast,
	statesHabit
} from './tense';

/** The value of the one time expression `expression` in `text`, published on `dct`. */
function valueOf(text: string, expression: string, dct: string): string | undefined {
	return extractTimexes(text, dct).find((t) => t.text === expression)?.value;
}

// Thursday, October 20, 2011.
const thursday = '2011-10-20';

describe('the tense that governs a weekday, read from the tagged sentence', () => {
	it('reads a modal before a bare verb as the future: "could begin anew Saturday" is the coming one', () => {
		expect(
			valueOf('The pressure could begin anew Saturday, organisers warned.', 'Saturday', thursday)
		).toBe('2011-10-22');
		expect(valueOf('Talks may resume Monday in Geneva.', 'Monday', thursday)).toBe('2011-10-24');
	});

	it('reads no schedule in a compound noun the tagger read as a verb: "a hospital ward on Saturday"', () => {
		const text = 'He was isolated in a hospital ward on Saturday night.';
		expect(scheduledBefore(text, text.indexOf('Saturday'))).toBe(false);
		expect(valueOf(text, 'Saturday night', thursday)).toBe('2011-10-15');
		expect(valueOf('The committee meets Monday.', 'Monday', thursday)).toBe('2011-10-24');
	});

	it('reads a denied "could" as the past of "can"', () => {
		expect(valueOf('Neither he nor his aides could be reached Tuesday.', 'Tuesday', thursday)).toBe(
			'2011-10-18'
		);
	});

	it('reads a present verb with its subject as a schedule, a participle after a comma as none', () => {
		const text = 'The committee meets again Monday.';
		expect(scheduledBefore(text, text.indexOf('Monday'))).toBe(true);
		const read = 'The statement, read Monday at a rally, was brief.';
		expect(scheduledBefore(read, read.indexOf('Monday'))).toBe(false);
		expect(valueOf(read, 'Monday', thursday)).toBe('2011-10-17');
	});

	it('takes the tense of a bare coordinated verb from the verb before it', () => {
		const text = 'The court had ruled against him, and set Friday as the deadline.';
		expect(governingTense(text, text.indexOf('Friday'))).toBe('past');
	});

	it('reads a schedule in the present passive after an opening weekday as the coming one', () => {
		const text = 'On Monday, a geologist is scheduled to tell a hearing that the dam is unsafe.';
		expect(valueOf(text, 'Monday', thursday)).toBe('2011-10-24');
		expect(
			valueOf('On Monday, the mayor is expected to sign the budget.', 'Monday', thursday)
		).toBe('2011-10-24');
		// In the past, the schedule has passed: the last Monday.
		expect(
			valueOf('On Monday, the mayor was expected to sign the budget.', 'Monday', thursday)
		).toBe('2011-10-17');
		expect(valueOf('On Monday, the rebels planned to seize the port.', 'Monday', thursday)).toBe(
			'2011-10-17'
		);
	});

	it('reads "has scheduled" and "planned" as arranging what is to come', () => {
		expect(valueOf('The union has scheduled a rally Saturday.', 'Saturday', thursday)).toBe(
			'2011-10-22'
		);
	});
});

describe('speaksOfPast', () => {
	it('reads a past verb that governs a month, not one with an object of its own between', () => {
		const rose = 'Prices rose in September.';
		expect(speaksOfPast(rose, rose.indexOf('September'))).toBe(true);
		const told = 'The ministry told refiners of a cut in their supply in September.';
		expect(speaksOfPast(told, told.indexOf('September'))).toBe(false);
		expect(valueOf(told, 'September', '2011-08-16')).toBe('2011-09');
	});
});

describe('the rules that answer from the words of their window without tagging it', () => {
	it('reads a condition whatever the case of its "if" or "unless"', () => {
		const upper = 'UNLESS the talks resume on Friday, the strike will go on.';
		expect(inCondition(upper, upper.indexOf('Friday'))).toBe(true);
		const plain = 'The talks resumed on Friday, the union said.';
		expect(inCondition(plain, plain.indexOf('Friday'))).toBe(false);
	});

	it('reads a habit only where an adverb of habit is, capitalised or not', () => {
		const habit = 'Typically the summer months are the peak season.';
		expect(statesHabit(habit, habit.indexOf('summer'))).toBe(true);
		const news = 'The summer months were the peak season.';
		expect(statesHabit(news, news.indexOf('summer'))).toBe(false);
	});

	it('reads an opening date after "on" or one conjunction, and none after other words', () => {
		for (const opening of [
			'On Tuesday, the league will hold a rally.',
			'And Tuesday, the league will hold a rally.'
		]) {
			const day = opening.indexOf('Tuesday');
			expect(openingTense(opening, day, day + 'Tuesday'.length), opening).toBe('future');
		}
		const inside = 'The league said on Tuesday it will hold a rally.';
		const at = inside.indexOf('Tuesday');
		expect(openingTense(inside, at, at + 'Tuesday'.length)).toBeUndefined();
	});
});
