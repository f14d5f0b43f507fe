/**
 * An entry of a chronology ("* April 22 - The rig sinks.", "May 3: Troops enter the city."):
 * wire stories and explainers list a story's days so, one happening a line.
 */
import { isChronologyEntry } from '../dateline';
import { leaveOut, type Draft, type TitleStep } from './draft';

/**
 * Where the entry's happening starts (a word index) when the sentence is a chronology's entry
 * and its opening day is the draft's date (after a bullet, before the dash or colon), or -1.
 */
export function entryStart(draft: Draft): number {
	const { words, date } = draft;
	if (!isChronologyEntry(draft.text)) return -1;
	for (let i = 0; i < date.first; i++) if (!/^(?:PUNCT|SYM|X)$/.test(words[i].pos)) return -1;
	const mark = words[date.last];
	return mark?.pos === 'PUNCT' && date.last + 1 < words.length ? date.last + 1 : -1;
}

/**
 * The date of a chronology's entry is its whole sentence's, and the sentence is a headline of the
 * day already, written so by an editor, who said it included ("The Coast Guard says the slick
 * covers 600 square miles"): the bullet, the date and its mark are left out, and the steps that
 * reshape a sentence by where its date or verbs stand (`reshapes`) are passed over. Asides,
 * pronouns and the length still apply.
 */
export const chronologyEntry: TitleStep = {
	name: 'chronologyEntry',
	run(draft) {
		const start = entryStart(draft);
		if (start < 0) return;
		leaveOut(draft, 0, start);
		draft.entry = true;
	}
};
