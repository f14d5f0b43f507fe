/**
 * The date of a statement that closes its sentence ("Fourteen people died when a bus plunged
 * into a ravine on Wednesday, police said on Thursday") dates the saying; a title says what was
 * said, not that it was. The clause step may have picked the attribution alone (a comma after a
 * subordinate clause opens a clause): the title is then drawn from the sentence before it, and
 * `attributionAfter` leaves the attribution out.
 */
import { attributionTail } from './attributionAfter';
import { trailingClause } from './clauses';
import { isComma, type Draft, type TitleStep } from './draft';

const QUOTE = /^(?:["”’]|'')$/;

export const statementDate: TitleStep = {
	name: 'statementDate',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		// The attribution ends the sentence, or a clause of its own follows it ("…, the Coast
		// Guard said Friday, though officials were trying …": what the speaker said is still the
		// words before).
		if (!trailingClause(words, draft.to))
			for (let i = draft.to; i < words.length; i++) if (words[i].pos !== 'PUNCT') return;
		if (tailInClause(draft)) return;
		// It opens after a comma, on its speaker or on its verb when the clause step left the
		// speaker in the clause before ("…, a newspaper | reported Friday").
		// '…," Mayor Lee told Reuters on Friday': the quotation's closing mark comes between.
		const comma = (i: number) => isComma(words[QUOTE.test(words[i]?.text ?? '') ? i - 1 : i]);
		let from = draft.from;
		if (QUOTE.test(words[from]?.text ?? '')) from++;
		if (from > 0 && !comma(from - 1)) {
			let before = from - 1;
			while (before > 0 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(words[before].pos)) before--;
			if (before === from - 1 || !comma(before)) return;
			from = before + 1;
		}
		if (from === 0 || !comma(from - 1)) return;
		if (!attributionTail({ ...draft, from }, from)) return;
		draft.from = 0;
	}
};

/**
 * "Testing for the virus is slow and it can take days to confirm that cases are caused by it,
 * an expert said on Tuesday": when the clause step picked the last clause with the attribution
 * that holds the date, the attribution is of the whole sentence, whose title is what was said
 * from its start, not the clause nearest the attribution.
 */
function tailInClause(draft: Draft): boolean {
	const { words } = draft;
	if (draft.from === 0) return false;
	for (let c = draft.date.first - 1; c > draft.from; c--) {
		if (!isComma(words[c])) continue;
		if (!attributionTail({ ...draft, from: c + 1 }, c + 1)) return false;
		draft.from = 0;
		return true;
	}
	return false;
}
