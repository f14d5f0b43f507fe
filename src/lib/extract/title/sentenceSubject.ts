/** The noun phrase that opens a sentence: the subject a verb or a pronoun borrows. */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { isComma, isNoun, type Draft } from './draft';

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
	// Past an article, a quotation mark, and the comma an opening phrase left ("On Sept. 2,
	// police … raided" once the date is left out).
	while (
		from < before &&
		/^(?:DET|PUNCT)$/.test(words[from].pos) &&
		(/^(?:the|a|an|["“'‘`]+)$/i.test(words[from].lower) || isComma(words[from]))
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
