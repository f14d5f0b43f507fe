/** A pronoun that opens the title's clause, with no speaker, stands for the sentence's subject. */
import { isFinite } from '../grammar';
import { firstKept, type TitleStep } from './draft';
import { IMPERSONAL, PERSONAL } from './pronouns';
import { antecedent } from './relativePronoun';
import { sentenceSubject } from './sentenceSubject';
import type { Draft } from './draft';

const POSSESSIVE = /^(?:his|her|its|their)$/;

/**
 * "The river last flooded this badly in March 1997, when it crested at 64.7 feet": a pronoun
 * that opens the title's clause, with no speaker, stands for the sentence's subject when they
 * agree: "it" for a singular thing, "they" for a plural, "he" and "she" for a name.
 */
export const subjectPronoun: TitleStep = {
	name: 'subjectPronoun',
	run(draft) {
		if (draft.lead || draft.quoted) return;
		const first = firstKept(draft);
		const word = draft.words[first];
		// "Lee said his state would not slow its response": what was said opening on a
		// possessive is the speaker's too, who is the subject before it.
		if (word?.pos === 'PRON' && POSSESSIVE.test(word.lower)) return possessive(draft, first);
		if (draft.speaker) return;
		if (!word || word.pos !== 'PRON' || !isFinite(draft.words, first + 1)) return;
		if (!PERSONAL.has(word.lower) && !IMPERSONAL.has(word.lower)) return;
		// "the rig when it exploded", "the rankings when they are published": a when-clause
		// right after a thing of the pronoun's number, with no comma between, speaks of it.
		const before = draft.words[first - 2];
		const several = before?.lower !== before?.lemma;
		if (
			(word.lower === 'it' ? !several : word.lower === 'they' && several) &&
			draft.words[first - 1]?.lower === 'when' &&
			before?.pos === 'NOUN'
		) {
			const noun = antecedent(draft.words, first - 1, draft.text);
			if (noun) {
				draft.as.set(first, noun);
				return;
			}
		}
		const subject = sentenceSubject(draft, draft.from);
		if (!subject || subject.words.every((w) => w.pos === 'PRON')) return;
		const head = [...subject.words].reverse().find((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
		if (!head) return;
		const named = subject.words.some((w) => w.pos === 'PROPN');
		const plural = head.pos === 'NOUN' && head.lower !== head.lemma;
		const agrees =
			(PERSONAL.has(word.lower) && named) ||
			(word.lower === 'it' && !plural && head.pos === 'NOUN') ||
			(word.lower === 'they' && plural);
		if (agrees) draft.as.set(first, subject.text);
	}
};

/**
 * "Paul Keating, who put the issue in the spotlight in his unsuccessful 1996 campaign, …": a
 * title that opens on a possessive before its noun ("his unsuccessful campaign") names its owner,
 * the sentence's subject before it when they agree: "his" and "her" a name (the name alone, not
 * its titles: "Paul Keating's"), "its" a singular thing, "their" a plural.
 */
function possessive(draft: Draft, first: number): void {
	const { words } = draft;
	// The next kept word: "his Aug. 2 power-grab" once its date is left out.
	let next = first + 1;
	while (next < draft.to && draft.out.has(next)) next++;
	if (!/^(?:NOUN|ADJ|NUM)$/.test(words[next]?.pos ?? '')) return;
	const subject = sentenceSubject(draft, first);
	if (!subject || subject.words[subject.words.length - 1].start >= words[first].start) return;
	const head = subject.words[subject.words.length - 1];
	const word = words[first];
	let owner: string | undefined;
	if (word.lower === 'his' || word.lower === 'her') {
		const name: string[] = [];
		for (const w of [...subject.words].reverse()) {
			if (w.pos !== 'PROPN') break;
			name.unshift(w.text);
		}
		if (name.length) owner = name.join(' ');
	} else if (head.pos === 'NOUN') {
		const plural = head.lower !== head.lemma;
		if ((word.lower === 'its') !== plural) owner = subject.text;
	}
	if (owner) draft.as.set(first, /s$/.test(owner) ? `${owner}'` : `${owner}'s`);
}
