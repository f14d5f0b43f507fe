/** A wire dateline, a timestamp or a byline opens no title. */
import { datelineOf } from '../dateline';
import { leaveOut, type TitleStep } from './draft';

/**
 * "BRUSSELS (Reuters) -", "LONDON | Tue Apr 27, 2010 4:08 am EDT", "By Jane Doe": a dateline,
 * a timestamp or a byline (and a headline glued before them) opens no title.
 */
export const dateline: TitleStep = {
	name: 'dateline',
	run(draft) {
		// The article's first sentence may open on a day without a place ("March 10 -").
		const end = datelineOf(draft.text, draft.before.length === 0)?.end ?? 0;
		if (!end) return;
		let i = 0;
		while (i < draft.words.length && draft.words[i].start < end) i++;
		leaveOut(draft, 0, i);
	}
};
