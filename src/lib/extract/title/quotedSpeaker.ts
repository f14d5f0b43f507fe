/**
 * A quotation is someone's words, not a fact: '"Prices will fall," the minister said on Monday'
 * is titled "Minister: Prices will fall", as a headline gives a claim, never "Prices will fall".
 */
import { speakerText } from './attribution';
import { earlierNoun } from './context';
import { firstKept, isDoubleQuote, type TitleStep } from './draft';
import { PERSONAL, IMPERSONAL } from './pronouns';

/**
 * A title drawn from a direct quotation (its closing mark before the attribution, or after a
 * colon) that opens where the quotation opens, opens on its speaker and a colon, when no earlier step gave it one; a speaker that is
 * a pronoun ("it said") is named from the sentences before, as `earlierSubject` names a
 * pronoun, or the title stays as it was.
 */
export const quotedSpeaker: TitleStep = {
	name: 'quotedSpeaker',
	run(draft) {
		if (!draft.quoted || !draft.speaker || draft.lead) return;
		// The title opens where the quotation does: not a few quoted words inside a reported
		// clause ('organizing a "committee to end the presence," the office said'), nor a clause
		// that borrows its subject from before it.
		const first = firstKept(draft);
		if (first < 1 || !isDoubleQuote(draft.words[first - 1])) return;
		const speaker = speakerText(draft);
		if (!speaker) return;
		const pronoun = speaker.toLowerCase();
		if (PERSONAL.has(pronoun) || IMPERSONAL.has(pronoun)) {
			const noun = earlierNoun(draft, pronoun);
			if (noun) draft.lead = `${noun}: `;
			return;
		}
		draft.lead = `${speaker}: `;
	}
};
