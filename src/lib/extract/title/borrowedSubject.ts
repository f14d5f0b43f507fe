/** A clause that opens on its verb borrows the sentence's subject. */
import { isFinite } from '../grammar';
import { subjectBefore, subjectPastAside } from './attribution';
import { firstKept, isComma, isNoun, isVerb, type Draft, type TitleStep } from './draft';
import { antecedent } from './relativePronoun';
import { sentenceSubject } from './sentenceSubject';

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
		// "since the ferry capsized and sank on May 3": a verb joined by "and" to a verb before
		// it shares that verb's subject, not the sentence's.
		const joined = joinedSubject(draft, first);
		if (joined) {
			draft.lead = `${joined} `;
			return;
		}
		const subject = sentenceSubject(draft, first);
		if (subject) draft.lead = `${subject.text} `;
	}
};

/**
 * The subject of the verb that the verb at `first` is joined to by "and" or "or" ("the ferry"
 * in "The mayor flew home after the ferry capsized and sank"), when that verb is not the
 * sentence's first and its subject is a noun phrase of its own; else undefined (the sentence's
 * subject is then the one to borrow).
 */
function joinedSubject(draft: Draft, first: number): string | undefined {
	const { words } = draft;
	let i = first - 1;
	while (i > 0 && words[i].pos === 'ADV') i--;
	if (words[i]?.pos !== 'CCONJ' || !/^(?:and|or)$/.test(words[i].lower)) return undefined;
	for (let verb = i - 1; verb > 0; verb--) {
		if (/^[;:.!?"“”]$/.test(words[verb].text)) return undefined;
		// A verb group's first word: "had" in "had capsized".
		if (!isFinite(words, verb) || isVerb(words[verb - 1])) continue;
		// "after a leased ship, the Northern Star, ran aground and sank": past a name in apposition.
		const aside = subjectBefore(words, 0, verb) < 0 ? subjectPastAside(words, verb) : undefined;
		const from = aside?.from ?? subjectBefore(words, 0, verb);
		// The sentence's own first verb: its subject is the sentence's, which the caller lends.
		if (from <= 0 || !words.slice(0, from).some((w, k) => isFinite(words, k))) return undefined;
		const phrase = words.slice(from, aside?.to ?? verb).filter((w) => w.pos !== 'ADV');
		if (!phrase.some(isNoun) || phrase.some((w) => w.pos === 'PRON')) return undefined;
		return draft.text
			.slice(phrase[0].start, phrase[phrase.length - 1].end)
			.replace(/^(?:the|a|an)\s+/i, '');
	}
	return undefined;
}

/** The relative pronoun that opens the clause right before the draft's clause, or -1. */
function relativeBefore(draft: Draft): number {
	const { words } = draft;
	let nearest = -1;
	for (let i = draft.from - 1; i > 0 && i > draft.from - 25; i--) {
		if (/^[;:.]$/.test(words[i].text)) break;
		if (
			!/^(?:which|who|that)$/.test(words[i].lower) ||
			(words[i].pos !== 'PRON' && words[i].pos !== 'DET')
		)
			continue;
		// "The governments, which cosponsor the talks that are to end by May, invited": a
		// relative clause between commas holds the ones without, and its noun is the subject.
		if (isComma(words[i - 1])) return i;
		if (nearest < 0) nearest = isNoun(words[i - 1]) ? i : -2;
	}
	return nearest >= 0 ? nearest : -1;
}
