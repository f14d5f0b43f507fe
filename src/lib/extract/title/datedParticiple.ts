/**
 * "A survey published last month found 300 cases": a participle on the subject that holds the
 * date ("published last month", "due to be released on Friday") is when the subject was made,
 * not what it did. Without its date the participle dangles between subject and verb ("Survey
 * published found 300 cases"): it goes with the date.
 */
import { isFinite, isPastForm } from '../grammar';
import { isNoun, kept, leaveOut, type TitleStep } from './draft';

export const datedParticiple: TitleStep = {
	name: 'datedParticiple',
	run(draft) {
		const { words, date } = draft;
		// The date (its lead-in already left out) stands between the participle and the verb.
		let verb = date.last;
		while (verb < draft.to && !kept(draft, verb)) verb++;
		if (!isFinite(words, verb)) return;
		let participle = date.first - 1;
		while (participle >= draft.from && !kept(draft, participle)) participle--;
		const word = words[participle];
		if (!word || word.pos !== 'VERB' || !isPastForm(word)) return;
		// "due to be released": the phrase opens on the adjective before its infinitive.
		let start = participle;
		if (words[start - 1]?.lemma === 'be' && words[start - 2]?.lower === 'to') start -= 2;
		if (words[start]?.lower === 'to' && words[start - 1]?.pos === 'ADJ') start--;
		// On a noun, and that noun is the clause's subject: no verb before it (the tagger reads
		// "published" before "last month" as a past tense; the verb after the date says it is not).
		if (!isNoun(words[start - 1]) || words[start - 1].pos === 'PRON') return;
		for (let i = draft.from; i < start; i++) if (kept(draft, i) && isFinite(words, i)) return;
		leaveOut(draft, start, date.first);
	}
};
