/**
 * The step that names what a pronoun stands for when its noun is in an earlier sentence: "Musk
 * first agreed in April to buy Twitter. He then tried to walk away in July" is titled "Musk
 * then tried to walk away", not "He then tried …", which says nothing on a timeline.
 */
import { isFinite } from '../grammar';
import { tag, type Word } from '../language';
import {
	firstVerb,
	keptWords,
	leaveOut,
	makeDraft,
	verbAfter,
	type Draft,
	type TitleStep
} from './draft';
import { headingEnd } from './gluedSentence';
import { QUOTE_MARK } from './phrase';
import { subjectBefore } from './attribution';
import { sentenceSubject } from './sentenceSubject';
import { dateline } from './dateline';
import { kindOf, peopleIn } from './kind';

// How far back a pronoun's noun is looked for: a reader holds a sentence or two, not a page.
const SENTENCES_BACK = 3;

/**
 * "He", "she", "it" or "they" opening the title, with nothing in its own sentence to stand for,
 * stands for the subject of the nearest sentence before whose subject agrees with it: "he" and
 * "she" a person's name (one its own sentence does not name: "She fired Kwarteng" is not
 * Kwarteng), "it" a singular thing, a name with "the" ("The Bank of Japan") or an
 * organisation's ("Harbor Point Bank", by compromise's tags, `kind.ts`), "they" a plural
 * or several. A sentence whose subject is the same pronoun is read past (the story goes on
 * about the one it named); any other subject ends the search, as it would a reader's, and the
 * pronoun stays. An "it" that stands for nothing ("it emerged that …") stays too.
 */
export const earlierSubject: TitleStep = {
	name: 'earlierSubject',
	run(draft) {
		if (draft.lead || draft.quoted || !draft.before.length) return;
		const first = keptWords(draft).find((i) => draft.words[i].pos !== 'PUNCT');
		// "It said it had ended talks": a pronoun read as its speaker's pronoun is still one.
		const read = first === undefined ? undefined : draft.as.get(first);
		if (
			first === undefined ||
			(read !== undefined && read.toLowerCase() !== draft.words[first].lower)
		)
			return;
		const pronoun = draft.words[first];
		if (pronoun.pos !== 'PRON') return;
		// "Its shares fell": a possessive before its noun names its owner ("Acme Steel's").
		const owner = POSSESSIVE[pronoun.lower];
		if (owner && /^(?:NOUN|ADJ|NUM)$/.test(draft.words[first + 1]?.pos ?? '')) {
			const noun = earlierNoun(draft, owner);
			// "His car" is a person's: "Police" opening a sentence looks like a name, and is not.
			if (!noun || (/^(?:he|she)$/.test(owner) && !kindOf(noun).person)) return;
			draft.as.set(first, /s$/.test(noun) ? `${noun}'` : `${noun}'s`);
			return;
		}
		if (!/^(?:he|she|it|they)$/.test(pronoun.lower)) return;
		if (!verbAfter(draft.words, first) || expletive(draft.words, first)) return;
		const noun = earlierNoun(draft, pronoun.lower);
		if (noun) draft.as.set(first, noun);
	}
};

// The pronoun a possessive agrees as.
const POSSESSIVE: Record<string, string | undefined> = {
	its: 'it',
	his: 'he',
	her: 'she',
	their: 'they'
};

/**
 * "He had been treated for cancer and was admitted in November": a subject borrowed from the
 * sentence that is itself a pronoun names what the pronoun stands for, as `earlierSubject` does.
 */
export const earlierLead: TitleStep = {
	name: 'earlierLead',
	run(draft) {
		// "He: We expect …": a speaker named by a pronoun too.
		const [, pronoun, colon] = /^(he|she|it|they)(:?) $/i.exec(draft.lead) ?? [];
		if (!pronoun || (draft.quoted && !colon)) return;
		const noun = earlierNoun(draft, pronoun.toLowerCase());
		if (noun) draft.lead = `${noun}${colon} `;
	}
};

/** The noun `pronoun` stands for in the sentences before the draft's, or undefined. */
export function earlierNoun(draft: Draft, pronoun: string): string | undefined {
	const named = new Set(draft.words.filter((w) => w.pos === 'PROPN').map((w) => w.text));
	for (let k = draft.before.length - 1; k >= draft.before.length - SENTENCES_BACK; k--) {
		if (k < 0) return undefined;
		// A sentence without a subject of its own ("with top winds of 150 mph, the centre
		// said", a fragment a sentence break left) is read past.
		const earlier = subjectOf(draft.before[k]);
		if (!earlier) continue;
		if (earlier.words.length === 1 && earlier.words[0].lower === pronoun) continue;
		const noun = agreeing(pronoun, earlier);
		if (noun === undefined)
			return k === draft.before.length - 1
				? namedPerson(draft.before[k], pronoun, named)
				: undefined;
		// "She fired Kwarteng": a name the sentence itself gives is not its pronoun's.
		if (noun === '' || noun.split(/\s+/).some((w) => named.has(w))) continue;
		return noun;
	}
	return undefined;
}

/**
 * "The award went to Maria Lopez. She accepted it on Friday": when the sentence just before has
 * a subject "he" or "she" cannot stand for, the one person it names that this sentence does not
 * and whose first name (by compromise) is not of the other sex; undefined when none or several.
 */
function namedPerson(sentence: string, pronoun: string, named: Set<string>): string | undefined {
	if (pronoun !== 'he' && pronoun !== 'she') return undefined;
	const people = peopleIn(sentence).filter(
		(p) =>
			!(pronoun === 'she' ? p.male : p.female) &&
			!p.name.split(/\s+/).some((w) => named.has(w.replace(/[.,;:]$/, '')))
	);
	return people.length === 1 ? people[0].name.replace(/[.,;:]$/, '') : undefined;
}

/**
 * "It emerged that …", "it is likely to …", "it seems", "it could take months", "it would not
 * be possible to …": an "it" that stands for nothing.
 */
export function expletive(words: readonly Word[], i: number): boolean {
	if (words[i].lower !== 'it') return false;
	// Past an auxiliary and "not": "it could take months", "it would not be possible to".
	let v = i + 1;
	while (words[v] && (words[v].pos === 'AUX' || /^(?:not|n['’]t)$/.test(words[v].lower))) v++;
	const verb = words[v];
	// "it was taken by rebels" is a passive: the "it" is something.
	const passive = words[v - 1]?.lemma === 'be' && verb?.lower !== verb?.lemma;
	if (verb && !passive && /^(?:emerge|seem|appear|happen|remain|take)$/.test(verb.lemma))
		return true;
	// "It was decided that the schools would close", "it is feared that …": a passive with a
	// "that" clause right after it is said of nothing (not so one with an infinitive: "it was
	// designed to float" is something).
	// The clause may come after the date: "it was decided on Monday that".
	if (passive)
		for (let k = v + 1; k < words.length && k < v + 6 && !isFinite(words, k); k++)
			if (words[k].lower === 'that' && words[k].pos === 'SCONJ') return true;
	// 'it was "likely" that': quotation marks around the adjective are no words.
	const next = words
		.slice(v, v + 6)
		.filter((w) => !QUOTE_MARK.test(w.text))
		.slice(0, 4);
	return next.some((w, k) => /^(?:that|to)$/.test(w.lower) && k > 0 && next[k - 1].pos === 'ADJ');
}

/** An earlier sentence's subject: its text and words, and whether "the" comes before them. */
interface Subject {
	text: string;
	words: readonly Word[];
	article: boolean;
}

/** The subject of an earlier sentence (past its dateline), with its words. */
function subjectOf(sentence: string): Subject | undefined {
	const earlier = makeDraft(sentence, 0, 0);
	dateline.run(earlier);
	// "JO LEE - FIRST CASE Jo Lee, a nurse, fell ill": a heading in capitals glued before the
	// sentence is no part of its subject.
	const heading = earlier.words.findIndex((_, i) => headingEnd(earlier.words, i));
	if (heading > 0) leaveOut(earlier, 0, heading);
	const first = firstVerb(earlier);
	if (first < 0) return undefined;
	const subject = first > 0 ? sentenceSubject(earlier, first) : undefined;
	// "The ADB has forecast …": the subject's words are read past its article, which still
	// says it is a name with "the", an "it" ("It sees growth" had kept its "It").
	if (subject && subject.words[0].pos !== 'VERB')
		return { ...subject, article: articleBefore(earlier.words, subject.words[0]) };
	// "Born Edson Arantes do Nascimento in 1940, Pele made his debut": past the participle
	// phrase, the noun phrase right before the first verb after a comma.
	const { words } = earlier;
	for (let verb = first + 1; verb < words.length; verb++) {
		if (!isFinite(words, verb) || words[verb - 1].pos === 'AUX') continue;
		const from = subjectBefore(words, 0, verb, earlier.out);
		if (from <= 0 || words[from - 1].text !== ',') continue;
		const phrase = words.slice(from, verb).filter((w) => w.pos !== 'ADV');
		return {
			text: sentence.slice(phrase[0].start, phrase[phrase.length - 1].end),
			words: phrase,
			article: articleBefore(words, phrase[0])
		};
	}
	return undefined;
}

/** Whether "the" comes right before `word` among `words`. */
function articleBefore(words: readonly Word[], word: Word): boolean {
	return words[words.indexOf(word) - 1]?.lower === 'the';
}

/**
 * What the pronoun would stand for in `words` (an earlier subject): the name for "he" and
 * "she" (its last run of names: "Her finance minister Kwasi Kwarteng" is "Kwasi Kwarteng"), the
 * phrase for "it" and "they". Undefined when they do not agree; empty when the subject is a
 * name but the pronoun cannot be it (read on past it).
 */
function agreeing(pronoun: string, { text, words, article }: Subject): string | undefined {
	const nouns = words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
	const head = nouns[nouns.length - 1];
	if (!head) return undefined;
	// "Harbor Point Bank": a name compromise reads as an organisation's is an "it". Asked last,
	// as compromise is the dearest reading (issue 12).
	const organization = () =>
		head.pos === 'PROPN' && !kindOf(text).person && kindOf(text).organization;
	if (pronoun === 'he' || pronoun === 'she') {
		// "Doctors said": a plural opening a sentence is capitalised, but no one's name (the
		// word alone, in lower case, says whether it is a plural).
		const plural = /s$/.test(head.lower) && tag(head.lower)[0]?.lemma !== head.lower;
		if (head.pos !== 'PROPN' || article || plural || organization()) return undefined;
		let from = words.length;
		while (from > 0 && words[from - 1].pos === 'PROPN') from--;
		return words
			.slice(from)
			.map((w) => w.text)
			.join(' ');
	}
	const plural = head.pos === 'NOUN' && head.lower !== head.lemma;
	const several = words.some((w) => w.lower === 'and');
	if (pronoun === 'they') return plural || several ? text : undefined;
	if (several || plural) return undefined;
	if (head.pos === 'NOUN' || article || organization()) return text;
	// Any other name without "the" is a person's ("Musk … It" is not Musk): read on past it.
	return '';
}
