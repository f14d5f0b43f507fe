import { describe, expect, it } from 'vitest';
import { groupTense, hasVerb, isFinite, sentenceWindow, verbGroups } from './grammar';
import { tag } from './language';

/** The tense of the verb group that ends on `verb` in `sentence`. */
function tenseAt(sentence: string, verb: string): string {
	const words = tag(sentence);
	const i = words.findIndex((w) => w.text === verb);
	expect(i).toBeGreaterThanOrEqual(0);
	return groupTense(words, i);
}

/** Whether `verb` is a finite verb of `sentence`. */
function finite(sentence: string, verb: string): boolean {
	const words = tag(sentence);
	return isFinite(
		words,
		words.findIndex((w) => w.text === verb)
	);
}

describe('hasVerb', () => {
	it('finds the finite verb of a clause, and none in a noun phrase or a participle on a noun', () => {
		expect(hasVerb('scores of trucks streamed north')).toBe(true);
		expect(hasVerb('it will close')).toBe(true);
		expect(hasVerb('scores of trucks')).toBe(false);
		expect(hasVerb('for the fourth quarter ended')).toBe(false);
	});
});

describe('isFinite', () => {
	it('reads a verb joined by "and" to an infinitive as that infinitive\'s, no clause of its own', () => {
		expect(finite('They want to close the old depot and build a new one.', 'build')).toBe(false);
		// Joined to a finite verb group, it is that group's.
		expect(finite('The crews will close the old depot and build a new one.', 'build')).toBe(true);
	});

	it('reads an infinitive, a gerund and a participle after "to be" as no finite verb', () => {
		const words = tag('Guidelines to be published soon will require banks to keep reserves.');
		const at = (text: string) => words.findIndex((w) => w.text === text);
		expect(isFinite(words, at('published'))).toBe(false);
		expect(isFinite(words, at('will'))).toBe(true);
		expect(isFinite(words, at('keep'))).toBe(false);
	});

	it('reads a past form between a noun and an auxiliary as a participle on the noun', () => {
		expect(finite('The two men arrested in the raid were released.', 'arrested')).toBe(false);
		expect(
			finite(
				'The officers charged in the case, Lane and Thao, are scheduled to go on trial.',
				'charged'
			)
		).toBe(false);
		expect(finite('Prices rose in March and are expected to rise again.', 'rose')).toBe(true);
	});

	it('reads the one past form of a clause that opens on its noun phrase as its verb', () => {
		expect(
			finite('The old bridge over the river collapsed on Thursday, police said.', 'collapsed')
		).toBe(true);
		expect(finite('Profit for the quarter ended Aug. 26 was $5 million.', 'ended')).toBe(false);
		expect(finite('Net income rose 5% for the quarter ended Aug. 26.', 'ended')).toBe(false);
	});

	it('reads a verb form right after an article or a possessive as an adjective, no verb', () => {
		expect(
			finite('A plan to pour concrete into the cracked old dam wall has worked.', 'cracked')
		).toBe(false);
		expect(finite('Divers checked its damaged hull on Monday.', 'damaged')).toBe(false);
		expect(finite('Divers checked its damaged hull on Monday.', 'checked')).toBe(true);
	});

	it('reads "said" after a noun as the verb of saying, where a thing "announced Tuesday" is one', () => {
		expect(
			finite('Officials in the state capital said Tuesday the water board approved it.', 'said')
		).toBe(true);
		expect(finite('The plan announced Tuesday would cut costs.', 'announced')).toBe(false);
	});
});

describe('groupTense', () => {
	it('reads "will", and a modal before a bare verb, as the future', () => {
		expect(tenseAt('The council will vote on the plan.', 'vote')).toBe('future');
		expect(tenseAt('Rents could rise again soon.', 'rise')).toBe('future');
		expect(tenseAt('The vote may be delayed.', 'delayed')).toBe('future');
	});

	it('reads a past form first in the group as the past, "could have" included', () => {
		expect(tenseAt('The bridge had been closed for a year.', 'closed')).toBe('past');
		expect(tenseAt('The mayor said nothing.', 'said')).toBe('past');
		expect(tenseAt('The fire could have started in the kitchen.', 'started')).toBe('past');
	});

	it('reads a denied "could" as the past of "can", and "must" as no time at all', () => {
		expect(tenseAt('Neither he nor his wife could be reached by phone.', 'reached')).toBe('past');
		expect(tenseAt('The boy must be returned to his father.', 'returned')).toBe('present');
	});
});

describe('verbGroups', () => {
	it('finds each finite verb group once, by its last verb', () => {
		const words = tag('Police said the man had fled and would not return.');
		expect(verbGroups(words).map((i) => words[i].text)).toEqual(['said', 'fled', 'return']);
	});
});

describe('sentenceWindow', () => {
	it('runs from the sentence end before an offset to the next, past abbreviations', () => {
		const text = 'It rained. Gen. Smith met Sen. Jones in the U.S. on Friday. Then he left.';
		const at = text.indexOf('Friday');
		const { start, end } = sentenceWindow(text, at);
		expect(text.slice(start, end)).toBe('Gen. Smith met Sen. Jones in the U.S. on Friday.');
	});
});
