/**
 * Words after a speaker and a colon are the speaker's: "The Red Cross said: "We started
 * receiving calls on Sunday"" is titled with the Red Cross, not a bare "We".
 */
import { isFinite } from '../grammar';
import { isSaying, subjectBefore } from './attribution';
import { isDoubleQuote, type TitleStep } from './draft';

/**
 * "Officials said: "We expect the first results on Friday."": when the date's clause follows a
 * speaker, a verb of saying and a colon, the speaker is read (for its pronouns, as
 * `reportedSpeech` reads one before the clause); an opening quotation mark after any colon makes
 * the clause someone's own words, whose pronouns no step reads as the sentence's nouns.
 */
export const colonSpeaker: TitleStep = {
	name: 'colonSpeaker',
	run(draft) {
		if (draft.speaker) return;
		const { words } = draft;
		let colon = draft.from - 1;
		let quoted = false;
		while (colon > 0 && isDoubleQuote(words[colon])) {
			colon--;
			quoted = true;
		}
		if (isDoubleQuote(words[draft.from])) quoted = true;
		if (words[colon]?.text !== ':') return;
		// A quotation after a colon is someone's own words, speaker read or not ("felt bound to
		// add: "It is a long road""): its pronouns are no noun's of the sentence.
		if (quoted) draft.quoted = true;
		const verb = colon - 1;
		if (!isSaying(words[verb]) || !isFinite(words, verb)) return;
		const subject = subjectBefore(words, 0, verb, draft.out);
		if (subject < 0) return;
		draft.speaker = { from: subject, to: verb };
	}
};
