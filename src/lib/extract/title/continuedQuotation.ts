/**
 * A quotation that goes on from the sentence before is still its speaker's: after '"We are
 * reviewing it," Lee told reporters.', the sentence '"We will probably approve it this
 * evening."' is titled "Lee: We will probably approve it", not "We will probably approve it",
 * which names no one.
 */
import { isSaying, speakerText, subjectBefore } from './attribution';
import { attributionAfter } from './attributionAfter';
import { earlierNoun } from './context';
import { firstKept, isDoubleQuote, isNoun, makeDraft, type TitleStep } from './draft';
import { PERSONAL, IMPERSONAL } from './pronouns';

/**
 * A title that opens where its sentence opens a quotation, with no speaker of its own (no
 * attribution in the sentence), opens on the speaker the sentence right before names: the one
 * its attribution gives ('…," Lee told reporters', "Lee said the work was on time"), a pronoun
 * named from the sentences before that one, as `earlierSubject` names it. A reader takes an
 * unattributed quotation as the last speaker's; further back, a speaker is a guess.
 */
export const continuedQuotation: TitleStep = {
	name: 'continuedQuotation',
	run(draft) {
		if (draft.lead || draft.speaker || draft.quoted || !draft.before.length) return;
		const { words } = draft;
		const first = firstKept(draft);
		// The sentence opens on the quotation, and the title is inside it ('"If there is no
		// problem, we will …': the main clause after an opening one).
		if (first < 1 || !isDoubleQuote(words[0]) || words.slice(1, first).some(isDoubleQuote)) return;
		if (words.some(isSaying)) return;
		const previous = draft.before[draft.before.length - 1];
		let speaker = speakerIn(previous);
		if (!speaker) return;
		const pronoun = speaker.toLowerCase();
		if (PERSONAL.has(pronoun) || IMPERSONAL.has(pronoun)) {
			const noun = earlierNoun({ ...draft, before: draft.before.slice(0, -1) }, pronoun);
			if (!noun) return;
			speaker = noun;
		}
		draft.lead = `${speaker}: `;
		draft.quoted = true;
	}
};

/**
 * The speaker a sentence's attribution names: after its quotation ('…," Lee said'), or before
 * its verb of saying ("Lee said the work was on time"); empty when it has none.
 */
function speakerIn(sentence: string): string {
	const draft = makeDraft(sentence, 0, 0);
	attributionAfter.run(draft);
	if (draft.speaker) return speakerText(draft);
	const { words } = draft;
	const verb = words.findIndex(isSaying);
	if (verb < 1) return '';
	// "He said he hoped …": a pronoun is no noun to `subjectBefore`, and still a speaker.
	if (words[verb - 1].pos === 'PRON') return words[verb - 1].text;
	let from = subjectBefore(words, 0, verb);
	if (from < 0) return '';
	while (from < verb && /^(?:the|a|an)$/.test(words[from].lower)) from++;
	const subject = words.slice(from, verb).filter((w) => w.pos !== 'ADV');
	if (!subject.length || !subject.some((w) => isNoun(w) || w.pos === 'PRON')) return '';
	return sentence.slice(subject[0].start, subject[subject.length - 1].end);
}
