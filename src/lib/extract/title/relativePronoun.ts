/**
 * A relative pronoun that opens the title's clause stands for the noun before it ("sniper
 * shootings that injured doctors" → "Sniper shootings injured doctors").
 */
import { isFinite } from '../grammar';
import { tag, type Word } from '../language';
import { relativeThat } from './clauses';
import { QUOTE_MARK } from './phrase';
import { firstKept, isComma, isNoun, type Draft, type TitleStep } from './draft';

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
		if (word.pos !== 'PRON' && word.pos !== 'DET' && !relativeThat(draft.words, first)) return;
		if (word.lower === 'whose' && ownedWithPlace(draft, first)) return;
		const noun = antecedent(draft.words, first, draft.text, word.lower !== 'who', draft.date);
		if (!noun || disagrees(draft.words[first + 1], noun)) return;
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
 * "the modifications to the valve (SV), which were carried out": a noun that does not agree with
 * the verb after the pronoun ("valve … were") is not what it stands for. By the verb's "be" or
 * "have" in the singular or the plural, and the noun's last word read alone (a plural's lemma
 * is another word).
 */
function disagrees(verb: Word | undefined, noun: string): boolean {
	if (!verb || (verb.lemma !== 'be' && verb.lemma !== 'have')) return false;
	const plural = /^(?:were|are|have)$/.test(verb.lower);
	const singular = /^(?:was|is|has)$/.test(verb.lower);
	const last = tag(noun.split(/\s+/).at(-1) ?? '')[0];
	if (!last || last.pos !== 'NOUN') return false;
	const nounPlural = last.lemma !== last.lower;
	return (plural && !nounPlural) || (singular && nounPlural);
}

/**
 * "a 45-year-old man from La Mirada, whose death was reported" → "Death of a 45-year-old man
 * from La Mirada was reported": a "whose" after a noun and the place it is from stands for the
 * two, told with "of" (not "La Mirada's death", nor "man from La Mirada's death"). Whether it
 * was read so.
 */
function ownedWithPlace(draft: Draft, at: number): boolean {
	const { words, text } = draft;
	const end = isComma(words[at - 1]) ? at - 1 : at;
	let k = end;
	while (k > 0 && words[k - 1].pos === 'PROPN') k--;
	if (k === end || words[k - 1]?.pos !== 'ADP' || words[k - 1].lower === 'of') return false;
	// The noun before the preposition, with what describes it ("a 45-year-old man").
	let start = k - 1;
	while (
		start > 0 &&
		(/^(?:NOUN|ADJ|NUM|DET)$/.test(words[start - 1].pos) ||
			(words[start - 1].text === '-' && words[start - 2]?.end === words[start - 1].start))
	)
		start--;
	if (!words.slice(start, k - 1).some((w) => w.pos === 'NOUN')) return false;
	// What is owned: the words between "whose" and the verb ("death").
	let verb = at + 1;
	while (verb < draft.to && !isFinite(words, verb)) verb++;
	if (verb === at + 1 || verb >= draft.to || !isNoun(words[verb - 1])) return false;
	const owner = text.slice(words[start].start, words[end - 1].end).replace(/\s+/g, ' ');
	draft.out.add(at);
	draft.as.set(verb - 1, `${draft.as.get(verb - 1) ?? words[verb - 1].text} of ${owner}`);
	return true;
}

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
export function antecedent(
	words: readonly Word[],
	at: number,
	text: string,
	thing = true,
	date?: { first: number; last: number }
): string {
	let end = before(words, at, date);
	// "Alfred Tiggle, 67, who": a person's age between commas is no noun; the name before it is.
	if (words[end - 1]?.pos === 'NUM' && isComma(words[end - 2]) && words[end - 3]?.pos === 'PROPN')
		end -= 2;
	let start = end;
	// "sales abroad, which": an adverb that ends the noun phrase. And "the well that ruptured":
	// a word between a determiner or an adjective and the pronoun is its noun, whatever the
	// tagger reads it as.
	if (
		words[start - 1]?.pos === 'ADV' &&
		(/^(?:NOUN|PROPN)$/.test(words[start - 2]?.pos ?? '') ||
			(/^(?:DET|ADJ)$/.test(words[start - 2]?.pos ?? '') && end === at))
	)
		start--;
	while (start > 0) {
		const word = words[start - 1];
		if (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(word.pos) || /^['’]s$/.test(word.lower)) start--;
		// "The British and Irish governments, which": two adjectives or names joined.
		else if (
			word.lower === 'and' &&
			/^(?:ADJ|PROPN)$/.test(words[start]?.pos ?? '') &&
			/^(?:ADJ|PROPN)$/.test(words[start - 2]?.pos ?? '')
		)
			start--;
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
	if (start === end) return '';
	// "the Energy Secretary and Nobel laureate Steven Chu, who": a phrase too long for a title's
	// subject is named by its last names, or its last nouns ("Steven Chu").
	if (end - start > MAX_WORDS) start = head(words, end);
	if (start === end) return '';
	const phrase = words.slice(start, end);
	if (!phrase.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADV')) return '';
	if (!phrase.some((w) => w.pos !== 'ADV')) return '';
	return text.slice(words[start].start, words[end - 1].end).replace(/\s+/g, ' ');
}

/**
 * Where the noun phrase a relative pronoun at `at` stands for ends: before the comma, dash or
 * quotation mark after it ("the "top kill" method - which"), an aside between dashes, an
 * acronym in brackets ("the
 * World Health Organization (WHO) - which") and the `date` with its preposition ("the refinery
 * blast in 2005 which killed").
 */
function before(
	words: readonly Word[],
	at: number,
	date?: { first: number; last: number }
): number {
	let end = at;
	for (;;) {
		const word = words[end - 1];
		if (!word) return end;
		if (DASH.test(word.text)) {
			end--;
			// "Russian flu - each takes its name from a country - which emerged": past an aside
			// between dashes, to the noun before it.
			if (!isNoun(words[end - 1])) {
				let open = end - 1;
				while (open > 0 && end - open < MAX_ASIDE && !DASH.test(words[open].text)) open--;
				if (DASH.test(words[open]?.text ?? '')) end = open;
			}
		} else if (isComma(word) || QUOTE_MARK.test(word.text)) end--;
		else if (date && end === date.last && date.first < end) {
			end = date.first;
			if (words[end - 1]?.pos === 'ADP') end--;
		} else if (word.text === ')' && words[end - 3]?.text === '(') end -= 3;
		else return end;
	}
}

// The most words an aside between dashes has.
const MAX_ASIDE = 25;

// A dash between words: "-", "--", "—", "–".
const DASH = /^(?:-{1,2}|[—–])$/;

// The longest noun phrase a relative pronoun's noun is written as.
const MAX_WORDS = 6;

/**
 * Where the head of the noun phrase that ends before word `end` starts: its run of names, else
 * its run of nouns, at most `MAX_WORDS` long; `end` when it has neither.
 */
function head(words: readonly Word[], end: number): number {
	for (const pos of ['PROPN', 'NOUN']) {
		let start = end;
		while (start > end - MAX_WORDS && words[start - 1]?.pos === pos) start--;
		// "Physicist Steven Chu": a name's title is part of it, the name alone will do.
		if (start < end) return start;
	}
	return end;
}
