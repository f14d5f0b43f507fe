/**
 * Small readings of the tagged words that several title steps share: where a noun phrase
 * starts, whether a stretch is names only or holds a finite verb or the date.
 */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { isNoun, type Draft } from './draft';

export const DASH = /^(?:--|—|–|_)$/;

/**
 * Whether word `i` is a dash: "--", "—", "–", or a hyphen with a space on each side, as pasted
 * and typed text writes one ("a flood - apparently the worst - reached"; not "1950-51").
 */
export function isDash(words: readonly Word[], i: number): boolean {
	const word = words[i];
	if (!word) return false;
	if (DASH.test(word.text)) return true;
	return (
		word.text === '-' &&
		i > 0 &&
		i + 1 < words.length &&
		words[i - 1].end < word.start &&
		word.end < words[i + 1].start
	);
}

// Particles that end a verb: "asked the court to step in", "the plant shut down".
export const PARTICLES = /^(?:in|on|out|up|down|off|over|back|away|through|around|by)$/;

/**
 * Whether word `i` is written onto the one before it by a hyphen or an apostrophe ("state-owned",
 * "clean-up", "Acme's"): one word to a reader, never a place to end a phrase or a title.
 */
export function attached(words: readonly Word[], i: number): boolean {
	return (
		i > 0 &&
		i < words.length &&
		words[i].start === words[i - 1].end &&
		/[-'’]/.test(words[i].text + words[i - 1].text)
	);
}

export function hasFinite(words: readonly Word[], from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (isFinite(words, i)) return true;
	return false;
}

/** Whether words `from` to `to - 1` are names only: "Louis Marchand", "Ronald Stauber and …". */
export function names(words: readonly Word[], from: number, to: number): boolean {
	return (
		to > from &&
		words
			.slice(from, to)
			.every((w) => w.pos === 'PROPN' || w.pos === 'CCONJ' || w.pos === 'PUNCT') &&
		words[from].pos === 'PROPN'
	);
}

export function holdsDate(draft: Draft, from: number, to: number): boolean {
	return draft.date.first < to && draft.date.last > from;
}

/** Where the noun phrase that ends at word `end - 1` starts, or -1. */
export function nounStart(words: readonly Word[], from: number, end: number): number {
	let i = end;
	while (i > from && /^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[i - 1].pos)) i--;
	return i < end && words.slice(i, end).some(isNoun) ? i : -1;
}

const isComma = (word: Word | undefined): boolean => word?.pos === 'PUNCT' && word.text === ',';

/**
 * Whether the comma at `comma` stands inside a noun phrase that has not reached its noun:
 * between adjectives after an article ("a heavily wooded, four-acre area", "a steep, rocky
 * trail"), or around a place that names a noun after it ("the Newark, N.J., airport"). Cut
 * there, a title ends on a dangling adjective or half a name.
 */
export function insideNounPhrase(words: readonly Word[], comma: number): boolean {
	const before = words[comma - 1];
	if (before?.pos === 'ADJ') {
		let k = comma - 1;
		while (
			k > 0 &&
			(/^(?:ADJ|ADV)$/.test(words[k - 1].pos) ||
				(isComma(words[k - 1]) && words[k - 2]?.pos === 'ADJ'))
		)
			k--;
		if (!/^(?:DET|NUM)$/.test(words[k - 1]?.pos ?? '')) return false;
		// The modifiers after it (more commas between adjectives) reach a noun before anything else.
		for (let j = comma + 1; j < words.length; j++) {
			if (words[j].pos === 'NOUN') return true;
			const between = isComma(words[j]) && words[j - 1].pos === 'ADJ';
			if (!between && !/^(?:ADJ|ADV|NUM)$/.test(words[j].pos) && words[j].text !== '-')
				return false;
		}
		return false;
	}
	if (before?.pos !== 'PROPN') return false;
	// "the Newark, | N.J., airport": the place it is in, a comma, a noun; after an article, a
	// name too ("the Plano, Texas, Police Department": no sentence's subject opens there).
	let town = comma - 1;
	while (town > 0 && words[town - 1].pos === 'PROPN') town--;
	let j = comma + 1;
	while (words[j]?.pos === 'PROPN') j++;
	if (j > comma + 1 && isComma(words[j]) && namesOn(words, town, j + 1)) return true;
	// "the Newark, N.J., | airport": the comma that closes the place.
	if (!isComma(words[town - 1]) || words[town - 2]?.pos !== 'PROPN') return false;
	let first = town - 2;
	while (first > 0 && words[first - 1].pos === 'PROPN') first--;
	return namesOn(words, first, comma + 1);
}

/**
 * Whether the word at `next` goes on with the place whose town starts at `town`: a noun, or a
 * name when an article opens the place.
 */
function namesOn(words: readonly Word[], town: number, next: number): boolean {
	const word = words[next];
	if (word?.pos === 'NOUN') return true;
	return word?.pos === 'PROPN' && /^(?:the|a|an)$/.test(words[town - 1]?.lower ?? '');
}

/** A quotation mark, as a word of its own. */
export const QUOTE_MARK = /^(?:["“”‘’']|``|'')$/;
