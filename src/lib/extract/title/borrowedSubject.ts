/** A clause that opens on its verb borrows the sentence's subject. */
import { isFinite } from '../grammar';
import { firstKept, isComma, isNoun, type Draft, type TitleStep } from './draft';
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
		const subject = sentenceSubject(draft, first);
		if (subject) draft.lead = `${subject.text} `;
	}
};

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
