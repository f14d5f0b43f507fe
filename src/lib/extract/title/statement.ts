/**
 * The date of a statement that closes its sentence ("Fourteen people died when a bus plunged
 * into a ravine on Wednesday, police said on Thursday") dates the saying; a title says what was
 * said, not that it was. The clause step may have picked the attribution alone (a comma after a
 * subordinate clause opens a clause): the title is then drawn from the sentence before it, and
 * `attributionAfter` leaves the attribution out.
 */
import { attributionTail } from './attribution';
import { isComma, type TitleStep } from './draft';

export const statementDate: TitleStep = {
	name: 'statementDate',
	run(draft) {
		const { words } = draft;
		if (draft.from === 0 || !isComma(words[draft.from - 1])) return;
		// The attribution ends the sentence.
		for (let i = draft.to; i < words.length; i++) if (words[i].pos !== 'PUNCT') return;
		if (attributionTail(draft, draft.from)) draft.from = 0;
	}
};
