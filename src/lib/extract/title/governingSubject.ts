/**
 * A pronoun that opens a clause hanging on an earlier verb of its sentence stands for that
 * verb's subject: "Gordon Brown said he would attend the meeting when he returned" is titled
 * "Gordon Brown returned to London", not with an earlier sentence's subject.
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { subjectBefore } from './attribution';
import { firstKept, isDoubleQuote, isNoun, isVerb, verbAfter, type TitleStep } from './draft';
import { kindOf } from './kind';
import { IMPERSONAL, PERSONAL } from './pronouns';

/**
 * "The service released figures showing that it received 1,378 calls", "The minister said he
 * would resign when he returned": a pronoun that opens the title's clause (no speaker read, no
 * noun given by an earlier step) stands for the subject of the nearest verb before the clause
 * whose subject is not that same pronoun, when the two agree ("he" and "she" a person, "it" a
 * thing or an organisation, "they" several; by compromise's reading, `kind.ts`). Any other
 * subject ends the search, and the pronoun is left to the steps that read earlier sentences.
 */
export const governingSubject: TitleStep = {
	name: 'governingSubject',
	run(draft) {
		if (draft.lead || draft.speaker || draft.quoted) return;
		const { words } = draft;
		const first = firstKept(draft);
		const pronoun = words[first];
		if (!pronoun || pronoun.pos !== 'PRON' || draft.as.has(first)) return;
		if (!PERSONAL.has(pronoun.lower) && !IMPERSONAL.has(pronoun.lower)) return;
		if (!verbAfter(words, first)) return;
		for (let verb = draft.from - 1; verb > 0; verb--) {
			// Words after a colon or a quotation mark are someone's own ("felt bound to add: "It's
			// a long tunnel""): no verb before them governs their pronouns.
			if (words[verb].text === ':' || isDoubleQuote(words[verb])) return;
			// A verb group's first word: "would" in "would be attending".
			if (!isFinite(words, verb) || isVerb(words[verb - 1])) continue;
			const from = subjectBefore(words, 0, verb, draft.out);
			if (from < 0) return;
			const phrase = words.slice(from, verb).filter((w) => w.pos !== 'ADV');
			if (phrase.length === 1 && phrase[0].pos === 'PRON') {
				if (phrase[0].lower === pronoun.lower) continue;
				return;
			}
			const text = draft.text.slice(phrase[0].start, phrase[phrase.length - 1].end);
			if (agrees(pronoun.lower, phrase, text)) {
				draft.as.set(first, text);
				return;
			}
			// "a meeting of the committee known as Cobra": a past form right after a noun may be
			// a participle on it, whose "subject" is no subject; read on to the verb before.
			if (!(isPastForm(words[verb]) && isNoun(words[verb - 1]))) return;
		}
	}
};

/** Whether `pronoun` can stand for the noun phrase `phrase` (its words) read as `text`. */
function agrees(pronoun: string, phrase: readonly Word[], text: string): boolean {
	if (phrase.some((w) => w.pos === 'PRON')) return false;
	const kind = kindOf(text);
	const several = kind.plural || phrase.some((w) => w.lower === 'and' && w.pos === 'CCONJ');
	if (pronoun === 'they') return several;
	if (PERSONAL.has(pronoun)) return kind.person && !several;
	// "The US Minerals Management Service", "Hyundai Heavy Industries": a name is one.
	const name = phrase[phrase.length - 1].pos === 'PROPN' && kind.organization;
	return !kind.person && (!kind.plural || name);
}
