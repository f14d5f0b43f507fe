/**
 * The last look at a title before it is shown: one that opens on a pronoun no step could name,
 * has no finite verb, or ends on a word that leads nowhere reads as broken on a timeline ("They
 * plan to publish a count", "Hoping to keep the spaceships on track", "… a framework for the").
 * Such a title gives way to the next clearest candidate, when that one has none of these flaws.
 */
import { hasVerb, isFinite } from '../grammar';
import type { Word } from '../language';
import { keptWords, type Draft } from './draft';
import { PARTICLES } from './phrase';

/** What a title shows that a reader takes for a broken headline. */
export type Flaw = 'pronoun' | 'no verb' | 'dangling';

// Pronouns that stand for something said before: alone they name nothing on a timeline ("I" and
// "we" are the speaker's, named by the steps that give a quotation its speaker).
const STANDS_FOR = /^(?:he|she|it|they|this|that|these|those|his|her|its|their)$/;

/**
 * The flaw of the title `draft` renders, read from the sentence's own tags (a title alone is
 * too short for the tagger: "Engineers plan to publish" reads "plan" as a noun), or undefined:
 * its first word a pronoun that no step named; no finite verb in it or in the subject a step
 * put before it, unless the title is a noun phrase by design (`nominal`: "Great flood", an
 * aside, a chronology's entry) or a clause by its opening word (`clause`); or a last word that is an article, a preposition, a
 * conjunction, a possessive or "to". A speaker's words keep the speaker's pronouns.
 */
export function flaw(draft: Draft): Flaw | undefined {
	const { words } = draft;
	const all = keptWords(draft).filter((i) => words[i].pos !== 'PUNCT');
	if (!all.length) return undefined;
	const first = words[all[0]];
	if (
		!draft.lead &&
		!draft.quoted &&
		!draft.as.has(all[0]) &&
		first.pos === 'PRON' &&
		STANDS_FOR.test(first.lower)
	)
		return 'pronoun';
	const nominal = draft.nominal || draft.entry;
	// A when-clause after its date (`whenClause`) has its verb, however it was tagged.
	if (!nominal && !draft.clause && !all.some((i) => isFinite(words, i)) && !hasVerb(draft.lead))
		return 'no verb';
	if (dangles(words[all[all.length - 1]], words[all[all.length - 2]])) return 'dangling';
	return undefined;
}

/** Whether a title's last word leads on to words it lost (a verb keeps its particle: "shut down"). */
function dangles(word: Word, before: Word | undefined): boolean {
	if (word.pos === 'ADP' && PARTICLES.test(word.lower) && before?.pos === 'VERB') return false;
	return (
		/^(?:DET|ADP|CCONJ|SCONJ)$/.test(word.pos) ||
		(word.pos === 'PART' && word.lower === 'to') ||
		(word.pos === 'PRON' && /^(?:its|his|their|our|my|your)$/.test(word.lower))
	);
}

/**
 * Whether the title `draft` renders names nothing but its date: "It is today" for "the country
 * that it is today", "That was" — pronouns, auxiliaries and function words only, no noun, name,
 * number, adjective or verb of its own, and none put in a pronoun's place or before the clause.
 */
export function namesNothing(draft: Draft): boolean {
	const { words, date } = draft;
	if (draft.lead) return false;
	return keptWords(draft).every(
		(i) =>
			(i >= date.first && i < date.last) ||
			(!draft.as.has(i) && !/^(?:NOUN|PROPN|NUM|ADJ|VERB)$/.test(words[i].pos))
	);
}
