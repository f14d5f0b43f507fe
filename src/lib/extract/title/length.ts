/** A title over the most words a headline has is cut at a phrase boundary. */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { keptWords, type TitleStep } from './draft';
import { isSaying } from './attribution';
import { attached } from './phrase';

/** A title's most words: a headline says what happened, not everything the sentence says. */
export const MAX_WORDS = 12;

/**
 * A title over twelve words stops at the last phrase boundary (a preposition, conjunction, "to"
 * or comma) within them, from the verb's object on; an ellipsis says it was cut.
 */
export const length: TitleStep = {
	name: 'length',
	run(draft) {
		// Words as a reader counts them: no marks, no opening "But" or "The" (left out by `ends`).
		const all = keptWords(draft)
			.filter((i) => draft.words[i].pos !== 'PUNCT')
			.filter((i, k) => !(k === 0 && opener(draft.words[i])))
			// "clean-up", "Acme's": a word joined by a hyphen or an apostrophe is one word, and
			// no cut falls inside it ("clean-").
			.filter((i) => !attached(draft.words, i));
		if (all.length <= MAX_WORDS) return;
		const { words } = draft;
		// "the Israeli-built embassy": a word attached to the one before is no verb of the title.
		const verb = all.findIndex((i) => isFinite(words, i) && words[i - 1]?.end !== words[i].start);
		// "…announced the appointment of Brandt, saying "the country cannot …"": a participle of
		// saying after a comma comments on the happening the clause before it tells whole; the
		// title ends at that comma, with nothing cut. Not any participle: ", killing 12 people"
		// is what the happening did.
		const aside = verb < 0 ? -1 : trailingParticiple(draft, all[verb]);
		if (aside >= 0 && all.filter((i) => i < aside).length <= MAX_WORDS) {
			draft.to = aside;
			return;
		}
		let cut = all[MAX_WORDS];
		for (let k = MAX_WORDS; k > Math.max(verb + 2, 5); k--) {
			const word = words[all[k]];
			// Not in a name: "the People's Union".
			if (word.pos === 'PART' && words[all[k] + 1]?.pos === 'PROPN') continue;
			if (/^(?:ADP|SCONJ|CCONJ|PART)$/.test(word.pos) || /^(?:that|which|who)$/.test(word.lower)) {
				cut = all[k];
				break;
			}
		}
		// Else after the last noun within the limit: not in the middle of "a new bridge".
		if (cut === all[MAX_WORDS])
			for (let k = MAX_WORDS; k > verb + 1; k--)
				if (
					/^(?:NOUN|PROPN|NUM)$/.test(words[all[k - 1]].pos) &&
					!/^(?:NOUN|PROPN|PART)$/.test(words[all[k]].pos)
				) {
					cut = all[k];
					break;
				}
		// Nor in a name the limit falls in: "to Las Vegas" goes whole.
		let k = all.indexOf(cut);
		while (k > 1 && words[all[k]].pos === 'PROPN' && words[all[k - 1]].pos === 'PROPN') k--;
		k = pastVerbGroup(words, all, verb, k);
		if (k >= all.length) return;
		draft.to = all[k];
		draft.cut = true;
	}
};

/**
 * "Dozens of people in the fishing port of Santa Lucia had also…": a cut that falls inside the
 * verb group (its auxiliaries and adverbs only before it) leaves the title on a word that leads
 * nowhere; the cut moves past the group and the word it leads to ("had also been sick…").
 */
function pastVerbGroup(words: readonly Word[], all: number[], verb: number, k: number): number {
	if (verb < 0 || k <= verb) return k;
	const group = (i: number) => /^(?:AUX|ADV|PART)$/.test(words[i].pos);
	if (!all.slice(verb, k).every(group) || !group(all[verb])) return k;
	while (k < all.length && group(all[k])) k++;
	// The verb or complement the auxiliaries lead to: "been sick", "been closed".
	if (k < all.length && /^(?:VERB|ADJ)$/.test(words[all[k]].pos)) k++;
	return k;
}

/** An opening word the title does without: a conjunction or an article. */
function opener(word: Word): boolean {
	return word.pos === 'CCONJ' || (word.pos === 'DET' && /^(?:the|a|an)$/.test(word.lower));
}

/**
 * The comma after the verb at `verb` that a participle of saying follows (", saying", ",
 * adding"), or -1.
 */
function trailingParticiple(draft: Parameters<TitleStep['run']>[0], verb: number): number {
	const { words } = draft;
	for (let i = verb + 1; i < draft.to - 1; i++) {
		const next = words[i + 1];
		if (words[i].text === ',' && isSaying(next) && /ing$/.test(next.lower)) return i;
	}
	return -1;
}
