/**
 * Small readings of the tagged words that several title steps share: where a noun phrase
 * starts, whether a stretch is names only or holds a finite verb or the date.
 */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { isNoun, type Draft } from './draft';

export const DASH = /^(?:--|—|–|_)$/;

// Particles that end a verb: "asked the court to step in", "the plant shut down".
export const PARTICLES = /^(?:in|on|out|up|down|off|over|back|away|through|around|by)$/;

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
