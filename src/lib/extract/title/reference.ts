/**
 * Steps that give a title its subject: the noun a pronoun stands for within the sentence, and
 * the sentence's subject for a verb that has none of its own.
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { speakerText } from './attribution';
import { kindOf } from './kind';
import { firstVerb, isComma, isNoun, keptWords, type Draft, type TitleStep } from './draft';

const PERSONAL = new Set(['he', 'she']);
const IMPERSONAL = new Set(['it', 'they']);
const FIRST_PERSON = new Set(['i', 'we']);
const POSSESSIVE: Record<string, string> = { he: 'his', she: 'her' };

/** The first kept word of the clause, or -1. */
function firstKept(draft: Draft): number {
	const all = keptWords(draft);
	return all.find((i) => draft.words[i].pos !== 'PUNCT' && draft.words[i].pos !== 'CCONJ') ?? -1;
}

/** Whether the verb group at `verb` is a passive: a form of "be" before a past participle. */
function passive(words: readonly Word[], verb: number): boolean {
	let last = verb;
	while (
		last + 1 < words.length &&
		(words[last + 1].pos === 'AUX' || words[last + 1].pos === 'VERB')
	)
		last++;
	return (
		words[last].pos === 'VERB' &&
		isPastForm(words[last]) &&
		words.slice(verb, last).some((w) => w.lemma === 'be')
	);
}

/**
 * What was said, told with its speaker: "he" and "she" stand for the speaker; "it" and "they"
 * for a speaker that acts ("The company said it would cut jobs" → "Company would cut jobs"), but
 * not in a passive, where "it" is what the speaker spoke of ("The military said that it would
 * be lifted" → "Military said it would be lifted"); "I" and "we" keep their words, after the
 * speaker's name ("Albright: I will bring a message").
 */
export const speakerPronoun: TitleStep = {
	name: 'speakerPronoun',
	run(draft) {
		if (!draft.speaker || draft.lead) return;
		const quoted = draft.quoted === true;
		const speaker = speakerText(draft);
		if (!speaker) return;
		const first = firstKept(draft);
		const word = draft.words[first];
		if (!word || word.pos !== 'PRON') return;
		const verb = firstVerb(draft, first + 1);
		if (verb !== first + 1 && !(verb === first + 2 && draft.words[first + 1].pos === 'ADV')) return;
		const spoken = draft.words.slice(draft.speaker.from, draft.speaker.to);
		// "The Bank of Japan", "The New York Stock Exchange": a name with "the" is no person's.
		const institution = spoken[0]?.lower === 'the' && spoken[spoken.length - 1]?.pos === 'PROPN';
		// A person by compromise's reading (a name it knows, a role: "the minister", "two
		// people"), else by the tagger's names; "the bank" and "the ministry" are no one.
		// Read with its article: "bank" alone is as much a verb as a noun.
		const kind = kindOf(
			draft.text.slice(spoken[0]?.start ?? 0, spoken[spoken.length - 1]?.end ?? 0)
		);
		const person = kind.person || (!institution && !kind.organization && spoken.some(isPersonal));
		if (FIRST_PERSON.has(word.lower)) {
			if (person || hasName(draft)) draft.lead = `${speaker}: `;
		} else if (quoted) {
			// "They promised us a wall," said James Whitfield: a quotation keeps its pronouns.
		} else if (PERSONAL.has(word.lower) && spoken.some((w) => w.lower === POSSESSIVE[word.lower])) {
			// "Her daughter said she died": "she" is the one the speaker is named after.
			draft.as.set(first, word.lower);
		} else if (PERSONAL.has(word.lower) && (kind.organization || kind.plural) && !kind.person) {
			// "The bank said she had resigned", "His aides said he may resign": "she" is someone
			// the bank spoke of, "he" no one of several.
			draft.lead = `${speaker} said `;
			draft.as.set(first, word.lower);
		} else if (
			word.lower === 'it' &&
			(person || kind.plural) &&
			draft.speaker.from > first &&
			!passive(draft.words, verb)
		) {
			// "It dropped the offer, two people said": an "it" that opens the title before
			// people who speak of it is an earlier sentence's (`earlierSubject`).
		} else if (PERSONAL.has(word.lower) ? !onlyPronoun(draft) : IMPERSONAL.has(word.lower)) {
			// "The family and its company said they would give": "they" are the two.
			const several = draft.words
				.slice(draft.speaker.from, draft.speaker.to)
				.some((w) => w.pos === 'CCONJ');
			if (word.lower === 'they' && several && !passive(draft.words, verb))
				draft.as.set(first, speaker);
			else if (IMPERSONAL.has(word.lower) && (person || passive(draft.words, verb)))
				draft.lead = `${speaker} said `;
			else {
				draft.as.set(first, speaker);
			}
		}
	}
};

// A speaker is a person when named or called by a person's title; the tagger names both.
function isPersonal(word: Word): boolean {
	return word.pos === 'PROPN' || (word.pos === 'PRON' && PERSONAL.has(word.lower));
}

function hasName(draft: Draft): boolean {
	return draft.words.slice(draft.speaker!.from, draft.speaker!.to).some((w) => w.pos === 'PROPN');
}

/** Whether the speaker is only a pronoun ("he said he would go"): nothing to name. */
function onlyPronoun(draft: Draft): boolean {
	return draft.words
		.slice(draft.speaker!.from, draft.speaker!.to)
		.every((w) => w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'PUNCT');
}

/**
 * "sniper shootings that injured doctors" → "Sniper shootings injured doctors", "Elian, who was
 * rescued at sea" → "Elian was rescued at sea", "Unisys, whose revenue rose" → "Unisys's
 * revenue rose": a relative pronoun that opens the clause stands for the noun before it.
 */
export const relativePronoun: TitleStep = {
	name: 'relativePronoun',
	run(draft) {
		const first = firstKept(draft);
		const word = draft.words[first];
		if (!word || !/^(?:which|who|whom|whose|that)$/.test(word.lower)) return;
		if (word.pos !== 'PRON' && word.pos !== 'DET') return;
		const noun = antecedent(draft.words, first, draft.text, word.lower !== 'who');
		if (!noun) return;
		// "Liz Truss, whom the queen appointed on Tuesday" → "Queen appointed Liz Truss": a
		// pronoun with a subject of its own after it is the verb's object, put after the verb.
		const verb = objectOf(draft, first);
		if (verb >= 0) {
			draft.out.add(first);
			draft.as.set(verb, `${draft.as.get(verb) ?? draft.words[verb].text} ${noun}`);
			return;
		}
		draft.as.set(first, word.lower === 'whose' ? `${noun}'s` : noun);
	}
};

/**
 * The last verb of the verb group whose object the relative pronoun at `at` is ("whom the queen
 * appointed", "which the council had approved"), or -1 when the pronoun is the subject.
 */
function objectOf(draft: Draft, at: number): number {
	const { words } = draft;
	if (words[at].lower === 'whose' || words[at].lower === 'who') return -1;
	let i = at + 1;
	// Its own subject: a noun phrase (or a pronoun) right after it.
	if (words[i]?.pos === 'PRON') i++;
	else {
		while (words[i] && /^(?:DET|ADJ|NUM)$/.test(words[i].pos)) i++;
		if (!isNoun(words[i])) return -1;
		while (words[i] && /^(?:NOUN|PROPN)$/.test(words[i].pos)) i++;
	}
	if (!isFinite(words, i)) return -1;
	while (i + 1 < draft.to && (words[i + 1].pos === 'VERB' || words[i + 1].pos === 'AUX')) i++;
	return words[i].pos === 'VERB' ? i : -1;
}

/**
 * The noun phrase right before word `at` (a comma between allowed): nouns, names, adjectives,
 * numbers and a possessive, back to a determiner, a preposition or a verb. Empty when none, or
 * when it would be longer than five words.
 */
export function antecedent(words: readonly Word[], at: number, text: string, thing = true): string {
	let end = at;
	if (isComma(words[end - 1])) end--;
	let start = end;
	// "sales abroad, which": an adverb that ends the noun phrase.
	if (words[start - 1]?.pos === 'ADV' && /^(?:NOUN|PROPN)$/.test(words[start - 2]?.pos ?? ''))
		start--;
	while (start > 0) {
		const word = words[start - 1];
		if (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(word.pos) || /^['’]s$/.test(word.lower)) start--;
		// "a pre-season tour of Japan that begins": "of" a name, after a common noun, belongs to
		// what a "that" or "which" stands for (a "who" stands for the person named).
		else if (
			thing &&
			word.lower === 'of' &&
			words[start]?.pos === 'PROPN' &&
			words[start - 2]?.pos === 'NOUN' &&
			end - start < 3
		)
			start--;
		// "a Gulf of Mexico oil spill that began", "the Bank of England, which": a name of a
		// name is one name.
		else if (
			word.lower === 'of' &&
			words[start]?.pos === 'PROPN' &&
			words[start - 2]?.pos === 'PROPN'
		)
			start--;
		else if (
			word.pos === 'DET' ||
			(word.pos === 'PRON' && /^(?:its|his|her|their)$/.test(word.lower))
		) {
			start--;
			break;
		} else break;
	}
	if (start === end || end - start > 6) return '';
	if (!words.slice(start, end).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN')) return '';
	return text.slice(words[start].start, words[end - 1].end).replace(/\s+/g, ' ');
}

/**
 * "His car was spotted nearby, and was found abandoned at the airport", "MindSpring, which
 * provided the space, closed it Thursday": a clause that opens on its verb borrows the
 * sentence's subject, the noun phrase that opens the sentence before its first verb or aside.
 */
export const borrowedSubject: TitleStep = {
	name: 'borrowedSubject',
	run(draft) {
		if (draft.lead) return;
		const first = firstKept(draft);
		if (first < 0 || !isFinite(draft.words, first)) return;
		// A when-clause has its own subject, whatever the tagger read it as.
		if (draft.words[draft.from - 1]?.lower === 'when') return;
		// "the suspect, who had fled on Monday, was arrested": after a relative clause, the
		// verb is its noun's.
		const relative = relativeBefore(draft);
		if (relative >= 0) {
			const noun = antecedent(draft.words, relative, draft.text);
			if (noun) {
				draft.lead = `${noun} `;
				return;
			}
		}
		const subject = sentenceSubject(draft, first);
		if (subject) draft.lead = `${subject.text} `;
	}
};

/** The relative pronoun that opens the clause right before the draft's clause, or -1. */
function relativeBefore(draft: Draft): number {
	const { words } = draft;
	for (let i = draft.from - 1; i > 0 && i > draft.from - 25; i--) {
		if (
			/^(?:which|who|that)$/.test(words[i].lower) &&
			(words[i].pos === 'PRON' || words[i].pos === 'DET')
		)
			return isComma(words[i - 1]) || isNoun(words[i - 1]) ? i : -1;
		if (/^[;:.]$/.test(words[i].text)) return -1;
	}
	return -1;
}

/**
 * The noun phrase that opens the sentence before word `before`: from its first word (after a
 * dateline and an article) to its first verb, comma, preposition or relative pronoun, without
 * the date ("The 2023 flood" gives "flood"). Undefined when none, or when it is longer than
 * eight words.
 */
export function sentenceSubject(
	draft: Draft,
	before: number
): { text: string; words: readonly Word[] } | undefined {
	const { words } = draft;
	let from = 0;
	while (from < before && draft.out.has(from)) from++;
	// "Born in Gothenburg in 1932, Lindqvist joined …": past an opening participle phrase.
	if (words[from]?.pos === 'VERB') {
		let comma = from + 1;
		while (comma < before && !isComma(words[comma]) && !isFinite(words, comma)) comma++;
		if (isComma(words[comma])) from = comma + 1;
	}
	while (
		from < before &&
		/^(?:DET|PUNCT)$/.test(words[from].pos) &&
		/^(?:the|a|an|["“'‘`]+)$/i.test(words[from].lower)
	)
		from++;
	let to = from;
	while (
		to < before &&
		!isComma(words[to]) &&
		!isFinite(words, to) &&
		!/^(?:which|who|that)$/.test(words[to].lower) &&
		words[to].pos !== 'ADP'
	)
		to++;
	// "The top commander of a resistance force": a phrase with "of" is still the subject.
	while (to < before && words[to].lower === 'of' && isNoun(words[to + 1] ?? words[to])) {
		to++;
		while (to < before && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[to].pos)) to++;
	}
	// "The river last flooded": the phrase ends on its last noun.
	while (to > from && !/^(?:NOUN|PROPN|PRON|NUM)$/.test(words[to - 1].pos)) to--;
	const phrase = words.slice(from, to);
	if (!phrase.length || phrase.length > 8 || !phrase.some(isNoun)) return undefined;
	if (phrase[0].pos === 'ADP' || phrase[0].pos === 'SCONJ' || phrase[0].pos === 'ADV')
		return undefined;
	let text = '';
	for (let i = from; i < to; i++) {
		if (i >= draft.date.first && i < draft.date.last) continue;
		text += (text && words[i].start > words[i - 1].end ? ' ' : '') + words[i].text;
	}
	return /\p{L}/u.test(text) ? { text, words: phrase } : undefined;
}

/**
 * "The river last flooded this badly in March 1997, when it crested at 64.7 feet": a pronoun
 * that opens the title's clause, with no speaker, stands for the sentence's subject when they
 * agree: "it" for a singular thing, "they" for a plural, "he" and "she" for a name.
 */
export const subjectPronoun: TitleStep = {
	name: 'subjectPronoun',
	run(draft) {
		if (draft.lead || draft.speaker || draft.quoted) return;
		const first = firstKept(draft);
		const word = draft.words[first];
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

// Common nouns that stand for a name given before them: "the Islamic State … after the
// organization seized", "Acme … the company said". What they mean, not their part of speech.
const STAND_INS = new Set([
	'organization',
	'organisation',
	'group',
	'militia',
	'movement',
	'company',
	'party',
	'alliance',
	'firm',
	'bank',
	'agency'
]);

/**
 * "Troops help prevent the Islamic State from resurging after the organization seized large
 * parts of Iraq": a title whose subject is "the organization" names what it stands for, the
 * last name given with "the" before it in the sentence.
 */
export const standIn: TitleStep = {
	name: 'standIn',
	run(draft) {
		if (draft.lead) return;
		const first = firstKept(draft);
		const { words } = draft;
		let noun = first;
		if (words[noun]?.lower === 'the') noun++;
		if (!STAND_INS.has(words[noun]?.lower ?? '') || !isFinite(words, noun + 1)) return;
		let name = '';
		for (let i = 0; i < noun - 1; i++) {
			if (words[i].lower !== 'the' || words[i + 1]?.pos !== 'PROPN') continue;
			let end = i + 1;
			while (end < noun && words[end].pos === 'PROPN') end++;
			name = draft.text.slice(words[i + 1].start, words[end - 1].end);
		}
		if (!name) return;
		for (let i = first; i <= noun; i++) draft.out.add(i);
		draft.lead = `${name} `;
	}
};
