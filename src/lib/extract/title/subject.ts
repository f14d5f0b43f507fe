/**
 * The step that keeps a long subject short enough for its verb to fit: a headline needs its
 * verb, and a subject of a dozen words ("The three other former officers charged in the case,
 * Thomas Lane, J. Alexander Kueng and Tou Thao, are scheduled …") left the length step nothing
 * to cut but the verb itself.
 */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { isComma, keptWords, leaveOut, type TitleStep } from './draft';
import { MAX_WORDS } from './length';

// The most words a subject keeps: a name with its title, or a noun with a few words on it.
const MAX_SUBJECT = 7;
const LONG_SUBJECT = 10;

/**
 * A subject over seven words loses what follows its noun: from the first comma, participle
 * ("charged in the case") or relative pronoun, or in one over ten words (or one that leaves its
 * verb fewer than three words of the headline) its first preposition, to the verb. A list
 * of people ("Chief Executive Parag Agrawal, Chief Financial Officer Ned Segal and …") keeps
 * each one's name, its last two names.
 */
export const longSubject: TitleStep = {
	name: 'longSubject',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		const all = keptWords(draft);
		const verb = all.find((i) => isFinite(words, i));
		if (verb === undefined) return;
		const subject = all.filter((i) => i < verb && words[i].pos !== 'PUNCT');
		if (subject.length <= MAX_SUBJECT) return;
		// "For Hale to bring fans to Paris because he has …": a verb after a "because" is its
		// clause's, and what comes before it no subject.
		if (subject.some((i) => words[i].pos === 'SCONJ')) return;
		const items = people(
			words,
			all.filter((i) => i < verb)
		);
		if (items) {
			for (const item of items) for (const i of item.slice(0, -2)) draft.out.add(i);
			if (isComma(words[verb - 1])) draft.out.add(verb - 1);
			return;
		}
		// "Water from a burst main under the High Street flooded …": a subject that leaves its
		// verb fewer than three words of what it did within a headline's length is a long one.
		const rest = all.filter((i) => i > verb && words[i].pos !== 'PUNCT').length;
		const room = MAX_WORDS - subject.length - 1;
		const long = subject.length > LONG_SUBJECT || (room < 3 && rest > room);
		const cut = modifierStart(words, subject, long);
		if (cut > 0) leaveOut(draft, cut, verb);
	}
};

/**
 * The items of a list of named people, each its words (commas and "and" between them), when
 * every item ends on two names or more; undefined for any other subject.
 */
function people(words: readonly Word[], subject: number[]): number[][] | undefined {
	// An item ends on its name: "legal affairs and policy chief Vijaya Gadde" is one.
	const named = (item: number[]) =>
		item.length >= 2 && item.slice(-2).every((i) => words[i].pos === 'PROPN');
	const items: number[][] = [[]];
	for (const i of subject) {
		const word = words[i];
		const item = items[items.length - 1];
		if (isComma(word) || (word.pos === 'CCONJ' && /^(?:and|or)$/.test(word.lower))) {
			if (named(item)) items.push([]);
			// Only "and" joins words of one item; a comma after words that name no one is
			// no list of people ("The officers charged in the case, Lane, Kueng and Thao").
			else if (item.length && !isComma(word)) item.push(i);
			else return undefined;
		} else item.push(i);
	}
	const list = items.filter((item) => item.length);
	if (list.length < 2 || !list.every(named)) return undefined;
	return subject.some((i) => words[i].pos === 'CCONJ') ? list : undefined;
}

/** Where what follows the subject's noun starts (a word index), or -1. */
function modifierStart(words: readonly Word[], subject: number[], long: boolean): number {
	const noun = subject.findIndex((i) => words[i].pos === 'NOUN' || words[i].pos === 'PROPN');
	if (noun < 0) return -1;
	for (let k = noun + 1; k < subject.length; k++) {
		const i = subject[k];
		const word = words[i];
		if (
			isComma(words[i - 1]) ||
			// A participle on the noun before it ("officers charged in the case"); one inside the
			// noun phrase is its adjective ("a new and worrying kind of flu").
			(word.pos === 'VERB' && !isFinite(words, i) && /^(?:NOUN|PROPN)$/.test(words[i - 1].pos)) ||
			/^(?:who|which|that|whose)$/.test(word.lower)
		)
			return isComma(words[i - 1]) ? i - 1 : i;
	}
	// A preposition only in a very long one: "a trial in the Delaware Court of Chancery" stays.
	if (long)
		for (let k = noun + 1; k < subject.length; k++)
			if (words[subject[k]].pos === 'ADP' && k >= 2) return subject[k];
	return -1;
}
