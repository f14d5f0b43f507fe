/**
 * The step that leaves out of a title the dates of other happenings its sentence names: "Police
 * arrested the driver on Tuesday, two days after the crash on Sunday" is, for Sunday, no title
 * that says "on Tuesday". The title's own date is left out by `theDate`; the others, which the
 * extractor found in the sentence (`draft.others`), are left out the same way, with their
 * lead-in.
 */
import type { Draft, TitleStep } from './draft';
import { kept } from './draft';
import { theDate } from './theDate';

export const otherDates: TitleStep = {
	name: 'otherDates',
	run(draft) {
		// What was reported keeps its dates: "The economy created jobs in January, the
		// government reported on Friday" says what it reported of January.
		if (draft.speaker) return;
		const own = draft.date;
		for (const other of draft.others) {
			const words = span(draft, other.start, other.end);
			if (!words || (words.first < own.last && words.last > own.first)) continue;
			draft.date = words;
			theDate.run(draft);
			draft.date = own;
		}
	}
};

/** The kept words from offset `start` to `end`, without a lead-in word or a trailing comma. */
function span(draft: Draft, start: number, end: number): Draft['date'] | undefined {
	const { words } = draft;
	let first = words.findIndex((w) => w.end > start);
	if (first < 0) return undefined;
	let last = first;
	while (last < words.length && words[last].start < end) last++;
	// "on Friday,": the preposition is the date's lead-in, left out with it by `theDate`.
	while (first < last && words[first].pos === 'ADP') first++;
	while (last > first && words[last - 1].pos === 'PUNCT') last--;
	// A weekday or a month is a name: "in two days" names no date.
	if (!words.slice(first, last).some((w) => w.pos === 'PROPN')) return undefined;
	for (let i = first; i < last; i++) if (!kept(draft, i)) return undefined;
	return { first, last };
}
