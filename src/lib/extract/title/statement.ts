/**
 * The date of a statement that closes its sentence ("Fourteen people died when a bus plunged
 * into a ravine on Wednesday, police said on Thursday") dates the saying; a title says what was
 * said, not that it was. The clause step may have picked the attribution alone (a comma after a
 * subordinate clause opens a clause): the title is then drawn from the sentence before it, and
 * `attributionAfter` leaves the attribution out.
 */
import { attributionTail } from './attributionAfter';
import { isComma, type TitleStep } from './draft';

const QUOTE = /^(?:["”’]|'')$/;

export const statementDate: TitleStep = {
	name: 'statementDate',
	run(draft) {
		const { words } = draft;
		// The attribution ends the sentence.
		for (let i = draft.to; i < words.length; i++) if (words[i].pos !== 'PUNCT') return;
		// It opens after a comma, on its speaker or on its verb when the clause step left the
		// speaker in the clause before ("…, a newspaper | reported Friday").
		let from = draft.from;
		if (from > 0 && !isComma(words[from - 1])) {
			let comma = from - 1;
			while (comma > 0 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(words[comma].pos)) comma--;
			// '…," Mayor Lee told Reuters on Friday': the quotation's closing mark comes between.
			const quote = comma < from - 1 && QUOTE.test(words[comma].text) ? 1 : 0;
			comma -= quote;
			if (comma === from - 1 || !isComma(words[comma])) return;
			from = comma + 1 + quote;
		}
		if (from === 0 || !isComma(words[from - 1 - (QUOTE.test(words[from - 1].text) ? 1 : 0)]))
			return;
		if (!attributionTail({ ...draft, from }, from)) return;
		draft.from = 0;
	}
};
