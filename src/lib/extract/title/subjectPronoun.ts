/** A pronoun that opens the title's clause, with no speaker, stands for the sentence's subject. */
import { isFinite, isVerb } from '../grammar';
import type { Word } from '../language';
import { subjectBefore } from './attribution';
import { firstKept, isComma, type TitleStep } from './draft';
import { kindOf } from './kind';
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
	const before =
		subject && subject.words[subject.words.length - 1].start < words[first].start
			? ownerIn(words[first], subject.words, subject.text)
			: undefined;
	const owner = before ?? governingOwner(draft, first);
	if (owner) draft.as.set(first, /s$/.test(owner) ? `${owner}'` : `${owner}'s`);
}

/**
 * The owner `possessive` names in `subject`: the name for "his" and "her" (the name alone, not
 * its titles), else a person by compromise's reading ("the president"); the phrase for "its"
 * (a singular noun) and "their" (a plural). Undefined when they do not agree.
 */
function ownerIn(
	possessive: Word,
	subject: readonly Word[],
	text: string,
	person = false
): string | undefined {
	const head = subject[subject.length - 1];
	if (possessive.lower === 'his' || possessive.lower === 'her') {
		const name: string[] = [];
		for (const w of [...subject].reverse()) {
			if (w.pos !== 'PROPN') break;
			name.unshift(w.text);
		}
		if (name.length) return name.join(' ');
		return person && head.pos === 'NOUN' && kindOf(text).person ? text : undefined;
	}
	if (head.pos !== 'NOUN') return undefined;
	const plural = head.lower !== head.lemma;
	return (possessive.lower === 'its') !== plural ? text : undefined;
}

/**
 * A dated noun in a phrase is owned by the subject of the clause the phrase belongs to: the
 * verb before it ("the president said in his March 31 announcement"), or, for a phrase that
 * opens the sentence, the verb after its comma ("In his June 15 speech, Obama faulted"). Had
 * been "His announcement", "His speech".
 */
function governingOwner(draft: Draft, first: number): string | undefined {
	const { words } = draft;
	if (!draft.nominal) return undefined;
	let verb = -1;
	for (let i = first - 1; i >= 0 && verb < 0; i--) {
		if (/^[;:.!?]$/.test(words[i].text)) break;
		if (isFinite(words, i) && !isVerb(words[i - 1])) verb = i;
	}
	if (verb < 0) {
		let comma = draft.to;
		while (comma < words.length && !isComma(words[comma])) comma++;
		for (let i = comma + 1; i < words.length && verb < 0; i++) if (isFinite(words, i)) verb = i;
		if (verb < 0 || comma >= words.length) return undefined;
		const from = subjectBefore(words, comma + 1, verb);
		return from < 0 ? undefined : phraseOwner(draft, words[first], from, verb);
	}
	const from = subjectBefore(words, 0, verb);
	return from < 0 ? undefined : phraseOwner(draft, words[first], from, verb);
}

/** The owner `possessive` names in the subject from word `from` to the verb at `to`. */
function phraseOwner(draft: Draft, possessive: Word, from: number, to: number): string | undefined {
	let start = from;
	while (start < to && /^(?:the|a|an)$/.test(draft.words[start].lower)) start++;
	const subject = draft.words.slice(start, to).filter((w) => w.pos !== 'ADV');
	if (!subject.length || subject.some((w) => w.pos === 'PRON' || w.pos === 'PUNCT'))
		return undefined;
	const text = draft.text.slice(subject[0].start, subject[subject.length - 1].end);
	return ownerIn(possessive, subject, text, true);
}
