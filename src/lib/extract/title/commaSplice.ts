/**
 * The step that ends a title at a comma where a second clause starts: "Engineers removed the old
 * cap, gas began to flow" runs two happenings into one headline (a comma splice the clause step
 * left when the tagger misread the first clause's words).
 */
import { isFinite } from '../grammar';
import { isComma, keptWords, leaveOut, type Draft, type TitleStep } from './draft';

/**
 * A kept comma with a finite verb before it and, after it, a subject (a noun phrase or a pronoun)
 * with its own finite verb right after, splits the title in two clauses: the title keeps the one
 * that holds the date, or the first when the date is in neither.
 */
export const commaSplice: TitleStep = {
	name: 'commaSplice',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		const all = keptWords(draft);
		for (const comma of all) {
			if (!isComma(words[comma]) || !clauseAfter(draft, comma)) continue;
			if (!all.some((i) => i < comma && isFinite(words, i))) continue;
			if (draft.date.first > comma) leaveOut(draft, draft.from, comma + 1);
			else leaveOut(draft, comma, draft.to);
			return;
		}
	}
};

/**
 * Whether a clause of its own opens after the comma at `comma`: a pronoun, or a noun phrase
 * (an article, adjectives, nouns, no name: a name after a comma is often an apposition's), then
 * a finite verb.
 */
function clauseAfter(draft: Draft, comma: number): boolean {
	const { words } = draft;
	let i = comma + 1;
	if (words[i]?.pos === 'PRON' && /^(?:he|she|it|they|we|i)$/.test(words[i].lower))
		return isFinite(words, i + 1);
	if (words[i]?.pos === 'DET') i++;
	while (words[i]?.pos === 'ADJ') i++;
	const noun = i;
	while (words[i]?.pos === 'NOUN') i++;
	return i > noun && i < draft.to && isFinite(words, i);
}
