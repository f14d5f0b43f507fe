/**
 * A title in the making: the tagged sentence, the date's words, the clause the title is drawn
 * from and the words left out of it. Each step of the title pipeline (`index.ts`) narrows the
 * clause, leaves words out or names what a pronoun stands for; `render` writes what is kept.
 */
import { isFinite, isVerb } from '../grammar';
import { tag, type Word } from '../language';

export interface Draft {
	/** The sentence the title is drawn from. */
	text: string;
	words: readonly Word[];
	/** The date's words: `words[date.first]` to `words[date.last - 1]`. */
	date: { first: number; last: number };
	/** The clause kept: words `from` to `to - 1`. */
	from: number;
	to: number;
	/** Words of the clause left out. */
	out: Set<number>;
	/** What a word is read as: a pronoun as the noun it stands for ("it" → "the curfew"). */
	as: Map<number, string>;
	/** Words put before the clause: the subject a verb borrows ("His car" + "was found …"). */
	lead: string;
	/** Who said the clause, when it was reported ("The commander said he had sent …"). */
	speaker?: { from: number; to: number };
	/**
	 * Set when the clause is a noun the date names, in the possessive ("Sunday's runoff") or
	 * between its article and the noun ("the 2019 ruling"): alone, the noun keeps its date.
	 */
	namedByDate?: boolean;
	/**
	 * Set when the clause is a noun phrase the date names (`datedNoun`): "the great flood",
	 * "its record high set on Aug. 6", a headline without a verb of its own.
	 */
	nominal?: boolean;
	/**
	 * Set when the clause is one by the word that opens it ("when" right after a date): its verb
	 * is a verb whatever the tagger reads it as ("when a crew fitted a seal" tags "fitted" a noun).
	 */
	clause?: boolean;
	/** Set when the title was cut short. */
	cut?: boolean;
	/** Set when the clause is a direct quotation, whose pronouns are the speaker's own. */
	quoted?: boolean;
	/**
	 * Set when the sentence is a chronology's entry, its date before all of it (`chronologyEntry`),
	 * or a headline glued before the timestamp that is its date (`gluedSentence`).
	 */
	entry?: boolean;
	/** The sentences before this one in the article, the nearest last (a pronoun's noun). */
	before: readonly string[];
	/** The other dates the extractor found in the sentence, as offsets into `text`. */
	others: readonly Offsets[];
}

/** Where a stretch of the text is: from `start` to `end`, UTF-16 offsets. */
export interface Offsets {
	start: number;
	end: number;
}

/** A step of the title pipeline: a name, why it is there, and what it does to the draft. */
export interface TitleStep {
	name: string;
	/**
	 * Set on a step that reshapes the sentence by where its date or its verbs stand (picks a
	 * clause, drops an attribution, shortens a subject): passed over for a chronology's entry,
	 * which is a headline already, dated whole, and written in a present tense whose verbs the
	 * tagger often reads as nouns ("The rig sinks", "BP shares plunge").
	 */
	reshapes?: boolean;
	run(draft: Draft): void;
}

/**
 * A draft over the whole of `text`, with the date from offset `start` to `end`, the sentences
 * `before` it (the nearest last) and the `others` dates in it.
 */
export function makeDraft(
	text: string,
	start: number,
	end: number,
	before: readonly string[] = [],
	others: readonly Offsets[] = []
): Draft {
	const words = tag(text);
	let first = words.findIndex((w) => w.end > start);
	if (first < 0) first = words.length;
	let last = first;
	while (last < words.length && words[last].start < end) last++;
	return {
		text,
		words,
		date: { first, last },
		from: 0,
		to: words.length,
		out: new Set(),
		as: new Map(),
		lead: '',
		before,
		others
	};
}

/** Whether word `i` is in the clause and not left out. */
export function kept(draft: Draft, i: number): boolean {
	return i >= draft.from && i < draft.to && !draft.out.has(i);
}

/** Leaves out words `from` to `to - 1`. */
export function leaveOut(draft: Draft, from: number, to: number): void {
	for (let i = Math.max(from, 0); i < to && i < draft.words.length; i++) draft.out.add(i);
}

/** The indices of the kept words, in order. */
export function keptWords(draft: Draft): number[] {
	const found: number[] = [];
	for (let i = draft.from; i < draft.to; i++) if (!draft.out.has(i)) found.push(i);
	return found;
}

/** The first kept word of the clause that is no mark or conjunction, or -1. */
export function firstKept(draft: Draft): number {
	const all = keptWords(draft);
	return all.find((i) => draft.words[i].pos !== 'PUNCT' && draft.words[i].pos !== 'CCONJ') ?? -1;
}

/** Whether a kept word from `from` to `to - 1` is a finite verb. */
export function keepsVerb(draft: Draft, from = draft.from, to = draft.to): boolean {
	for (let i = from; i < to; i++) if (kept(draft, i) && isFinite(draft.words, i)) return true;
	return false;
}

/** Whether a finite verb follows word `i`, adverbs between allowed ("He then tried"). */
export function verbAfter(words: readonly Word[], i: number): boolean {
	let j = i + 1;
	while (words[j]?.pos === 'ADV') j++;
	return isFinite(words, j);
}

/** The first kept finite verb of the clause, or -1. */
export function firstVerb(draft: Draft, from = draft.from): number {
	for (let i = from; i < draft.to; i++) if (kept(draft, i) && isFinite(draft.words, i)) return i;
	return -1;
}

export const isPunctuation = (word: Word | undefined): boolean => word?.pos === 'PUNCT';
export const isComma = (word: Word | undefined): boolean =>
	word !== undefined && word.pos === 'PUNCT' && /^[,;]$/.test(word.text);
/** An opening or closing double quotation mark, as the tagger's words write them. */
export const isDoubleQuote = (word: Word | undefined): boolean =>
	word !== undefined && /^(?:["“”„]|``|'')$/.test(word.text);
export const isNoun = (word: Word | undefined): boolean =>
	word !== undefined && (word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'PRON');
export { isVerb };

// Marks that hold on to the word before them: "Iraq's", "don't", "it,".
const CLINGS = /^(?:[,.;:!?%)\]}]|['’](?:s|re|ve|ll|d|m)?|n['’]t)$/i;
// Quotation marks, which a title does without.
const QUOTE = /^(?:["“”„]|``|''|['‘’])$/;

/**
 * The kept words as text: one space between words, none before a comma or "'s", words read as
 * what they stand for, the borrowed lead first. Words that stood apart in the sentence stay
 * apart; a hyphenated or attached pair ("401(k)", "U.S.-led") stays attached.
 */
export function render(draft: Draft): string {
	const { words } = draft;
	let out = draft.lead;
	let previous = -1;
	for (const i of keptWords(draft)) {
		const word = words[i];
		if (QUOTE.test(word.text)) continue;
		const value = draft.as.get(i) ?? word.text;
		const attached =
			previous >= 0 &&
			previous === i - 1 &&
			words[previous].end === word.start &&
			!QUOTE.test(words[previous].text);
		const clings = CLINGS.test(word.text) && !/^['‘’]$/.test(word.text);
		if (out && !attached && !clings) out += ' ';
		out += value;
		previous = i;
	}
	return out;
}
