/**
 * A quotation is someone's words, not a fact: '"Prices will fall," the minister said on Monday'
 * is titled "Minister: Prices will fall", as a headline gives a claim, never "Prices will fall".
 */
import { speakerText } from './attribution';
import { earlierNoun } from './context';
import type { TitleStep } from './draft';
import { PERSONAL, IMPERSONAL } from './pronouns';

/**
 * A title drawn from a direct quotation (its closing mark before the attribution, or after a
 * colon) opens on its speaker and a colon, when no earlier step gave it one; a speaker that is
 * a pronoun ("it said") is named from the sentences before, as `earlierSubject` names a
 * pronoun, or the title stays as it was.
 */
export const quotedSpeaker: TitleStep = {
	name: 'quotedSpeaker',
	run(draft) {
		if (!draft.quoted || !draft.speaker || draft.lead) return;
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
