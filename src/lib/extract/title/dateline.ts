/** A wire dateline, a timestamp or a byline opens no title. */
import { datelineOf } from '../dateline';
import type { Word } from '../language';
import { leaveOut, type Draft, type TitleStep } from './draft';

/**
 * "BRUSSELS (Reuters) -", "LONDON | Tue Apr 27, 2010 4:08 am EDT", "By Jane Doe": a dateline,
 * a timestamp or a byline (and a headline glued before them) opens no title.
 */
export const dateline: TitleStep = {
	name: 'dateline',
	run(draft) {
		// The article's first sentence may open on a day without a place ("March 10 -").
		const end = datelineOf(draft.text, draft.before.length === 0)?.end ?? gluedWire(draft);
		if (!end) return;
		let i = 0;
		while (i < draft.words.length && draft.words[i].start < end) i++;
		leaveOut(draft, 0, i);
	}
};

/**
 * Where a wire dateline glued after the headline ends, in the article's first sentence: "Port
 * says no strike, but ships wait (Updates with union comment) ROTTERDAM, May 2 (Reuters) - The
 * port of …"; 0 when none. A place in capitals and the agency in brackets after it, as pasted
 * wire copy puts them; the headline is the wire's, the lede is the story.
 */
function gluedWire(draft: Draft): number {
	if (draft.before.length > 0) return 0;
	const { words, text } = draft;
	for (let i = 1; i < words.length; i++) {
		if (!capitals(words[i]) || capitals(words[i - 1])) continue;
		const found = datelineOf(text.slice(words[i].start));
		if (!found?.place || !found.end) continue;
		const matched = text.slice(words[i].start, words[i].start + found.end);
		if (/\(\p{Lu}[\p{L}]*\)/u.test(matched)) return words[i].start + found.end;
	}
	return 0;
}

/** Whether `word` is written in capitals only ("DUBAI", not "UAE"'s neighbour "Updates"). */
function capitals(word: Word): boolean {
	return /^\p{Lu}{3,}$/u.test(word.text);
}
