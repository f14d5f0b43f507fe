/**
 * "Engineers found a crack in the dam wall and repaired it on Tuesday": a title drawn from the
 * second verb would read "Engineers repaired it". An "it" or "them" the title keeps as an object
 * stands for the object of an earlier verb of the sentence, outside the title, when they agree:
 * "it" a thing, "them" several things ("Engineers repaired the crack"). A person is no "it":
 * compromise reads the noun phrase (`kind.ts`).
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { clauseAt, clauseStarts } from './clauses';
import { kept, keptWords, type Draft, type TitleStep } from './draft';
import { kindOf } from './kind';

const OBJECTS = new Set(['it', 'them']);

export const objectPronoun: TitleStep = {
	name: 'objectPronoun',
	run(draft) {
		const { words } = draft;
		const all = keptWords(draft);
		for (const i of all.slice(1)) {
			const word = words[i];
			if (word.pos !== 'PRON' || !OBJECTS.has(word.lower) || draft.as.has(i)) continue;
			// An object: right after a verb (or its particle), not the subject of one after it.
			if (!/^(?:VERB|ADP)$/.test(words[i - 1]?.pos ?? '') || isFinite(words, i + 1)) continue;
			const noun = objectBefore(draft, i, word.lower === 'them');
			if (noun) draft.as.set(i, noun);
		}
	}
};

/**
 * The object of the nearest verb before the title's clause (or before word `at`, outside the
 * title) that agrees with the pronoun: "a crack" → "the crack". Empty when none.
 */
function objectBefore(draft: Draft, at: number, plural: boolean): string {
	const { words } = draft;
	const starts = clauseStarts(words);
	for (let v = at - 2; v >= 0; v--) {
		// A participle inside a noun phrase ("the stolen painting") is no verb with an object.
		if (words[v].pos !== 'VERB' || words[v - 1]?.pos === 'DET' || kept(draft, v + 1)) continue;
		// Not in a relative clause ("MindSpring, which provided the space for the site, closed
		// it"): what it tells of its noun is no happening a pronoun goes back to.
		const [clause] = clauseAt(starts, words.length, v);
		if (/^(?:which|who|that|whose)$/.test(words[clause].lower)) continue;
		const phrase = objectAfter(words, v + 1);
		if (!phrase) continue;
		const head = words[phrase.head];
		if (head.pos !== 'NOUN' || (head.lower !== head.lemma) !== plural) continue;
		const text = draft.text.slice(words[phrase.from].start, head.end).replace(/\s+/g, ' ');
		if (kindOf(text).person) continue;
		// What was "a crack" is "the crack" once told.
		return text.replace(/^(?:a|an)\s+/i, 'the ');
	}
	return '';
}

/** The noun phrase right after word `from` - 1 (an article, adjectives, nouns), or undefined. */
function objectAfter(
	words: readonly Word[],
	from: number
): { from: number; head: number } | undefined {
	let i = from;
	if (
		words[i]?.pos === 'DET' ||
		(words[i]?.pos === 'PRON' && /^(?:its|their|his|her)$/.test(words[i].lower))
	)
		i++;
	while (
		words[i]?.pos === 'ADJ' ||
		words[i]?.pos === 'NUM' ||
		(words[i]?.pos === 'VERB' && isPastForm(words[i]) && words[i + 1]?.pos === 'NOUN')
	)
		i++;
	let head = -1;
	while (words[i]?.pos === 'NOUN') head = i++;
	return head >= 0 ? { from, head } : undefined;
}
