/**
 * "Yesterday" and "today" inside a quotation count from the day the words were said, when the
 * attribution says which: in `"Yesterday we talked. Today we build," she said on Wednesday`, in a
 * story of Thursday, "today" is Wednesday and "yesterday" Tuesday; so do "this morning", "this
 * night" and "last night". Without a dated attribution they count from publication, as before.
 */
import { addDays, formatDay, longDay, parseDay } from '../../data/calendar';
import type { Candidate, Refiner } from '../types';

const OFFSETS: Record<string, number> = {
	yesterday: -1,
	today: 0,
	tonight: 0,
	tomorrow: 1,
	this: 0,
	last: -1
};
// After the closing quotation mark: "she said at a news conference on", up to the dating words.
const ATTRIBUTION =
	/^[^.!?"“”\n]{0,80}?\b(?:said|says|told|added|declared|wrote)\b[^.!?"“”\n]{0,80}?$/i;

export const quotedDayRefiner: Refiner = {
	name: 'quotedDayRefiner',
	refine({ text }, candidates) {
		return candidates.map((candidate, i): Candidate => {
			if (!candidate.tags.includes('relativeDayExtractor')) return candidate;
			const word =
				/^(?:(?:early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tonight|this(?=\s+(?:morning|afternoon|evening|night)\b)|last(?=\s+night\b))\b/i.exec(
					candidate.text
				)?.[1];
			if (!word) return candidate;
			// Inside a quotation: an odd number of opening marks since the paragraph began.
			const paragraphStart = text.lastIndexOf('\n', candidate.start) + 1;
			const before = text.slice(paragraphStart, candidate.start);
			const straight = (before.match(/"/g) ?? []).length;
			const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
			if (straight % 2 === 0 && curly <= 0) return candidate;
			const close = text.slice(candidate.end).search(/["”]/);
			if (close < 0) return candidate;
			const afterQuote = candidate.end + close + 1;
			// The first dated day after the quotation, if the words between attribute it.
			const said = candidates
				.slice(i + 1)
				.find(
					(c) =>
						c.start >= afterQuote &&
						c.start - afterQuote < 160 &&
						/^\d{4}-\d{2}-\d{2}/.test(c.value) &&
						(c.stated.includes('weekday') || c.stated.includes('day'))
				);
			if (!said || !ATTRIBUTION.test(text.slice(afterQuote, said.start))) return candidate;
			const day = parseDay(said.value.slice(0, 10));
			if (!day) return candidate;
			const when = addDays(day, OFFSETS[word.toLowerCase()]);
			const clock = /T.*$/.exec(candidate.value)?.[0] ?? '';
			return {
				...candidate,
				value: formatDay(when) + clock,
				tags: [...candidate.tags, 'quotedDayRefiner'],
				resolution: `'${candidate.text}': ${longDay(when)}, counted from ${longDay(day)}, when the words were said ('${said.text}')`
			};
		});
	}
};
