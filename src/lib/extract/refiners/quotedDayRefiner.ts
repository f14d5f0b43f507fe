/**
 * "Yesterday" and "today" inside a quotation count from the day the words were said, when the
 * attribution says which: in `"Yesterday we talked. Today we build," she said on Wednesday`, in a
 * story of Thursday, "today" is Wednesday and "yesterday" Tuesday; so do "this morning", "this
 * night" and "last night". Without a dated attribution they count from publication, as before.
 */
import { addDays, formatDay, longDay, parseDay } from '../../data/calendar';
import { nextFinder } from '../scan';
import type { Candidate, Refiner } from '../types';

const OFFSETS = new Map([
	['yesterday', -1],
	['today', 0],
	['tonight', 0],
	['tomorrow', 1],
	['this', 0],
	['last', -1]
]);
// After the closing quotation mark: "she said at a news conference on", up to the dating words.
const ATTRIBUTION =
	/^[^.!?"“”\n]{0,80}?\b(?:said|says|told|added|declared|wrote)\b[^.!?"“”\n]{0,80}?$/i;

export const quotedDayRefiner: Refiner = {
	name: 'quotedDayRefiner',
	refine({ text }, candidates) {
		// Candidates come in text order (the overlap removal sorts them), so the quotation marks
		// are counted once over the text, not again from each paragraph's start: linear in a long
		// paragraph of many quoted days.
		const marks = quotationMarks(text);
		return candidates.map((candidate): Candidate => {
			if (!candidate.tags.includes('relativeDayExtractor')) return candidate;
			const word =
				/^(?:(?:early|late|earlier|later)\s+)?(today|yesterday|tomorrow|tonight|this(?=\s+(?:morning|afternoon|evening|night)\b)|last(?=\s+night\b))\b/i.exec(
					candidate.text
				)?.[1];
			if (!word) return candidate;
			// Inside a quotation: an odd number of opening marks since the paragraph began.
			const { straight, curly } = marks.before(candidate.start);
			if (straight % 2 === 0 && curly <= 0) return candidate;
			const close = marks.closingFrom(candidate.end);
			if (close < 0) return candidate;
			const afterQuote = close + 1;
			// The first dated day after the quotation, if the words between attribute it.
			const said = firstAfter(
				candidates,
				afterQuote,
				afterQuote + 160,
				(c) =>
					/^\d{4}-\d{2}-\d{2}/.test(c.value) &&
					(c.stated.includes('weekday') || c.stated.includes('day'))
			);
			if (!said || !ATTRIBUTION.test(text.slice(afterQuote, said.start))) return candidate;
			const day = parseDay(said.value.slice(0, 10));
			if (!day) return candidate;
			const when = addDays(day, OFFSETS.get(word.toLowerCase()) ?? 0);
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

/**
 * The quotation marks of a text, read by a cursor that only moves forward (as the candidates
 * do): how many straight and curly marks open before an offset in its paragraph, and where the
 * next closing mark is.
 */
function quotationMarks(text: string) {
	let at = 0;
	let straight = 0;
	let curly = 0;
	return {
		before(offset: number): { straight: number; curly: number } {
			if (offset < at) {
				// Never in the pipeline's order; counted afresh from the paragraph's start.
				at = text.lastIndexOf('\n', offset - 1) + 1;
				straight = curly = 0;
			}
			for (; at < offset; at++) {
				const c = text[at];
				if (c === '\n') straight = curly = 0;
				else if (c === '"') straight++;
				else if (c === '“') curly++;
				else if (c === '”') curly--;
			}
			return { straight, curly };
		},
		closingFrom: nextFinder(text, /["”]/)
	};
}

/**
 * The first candidate starting in `from`..`to` (exclusive) that `accept` takes, found by binary
 * search in candidates sorted by start rather than by reading every later one.
 */
function firstAfter(
	candidates: Candidate[],
	from: number,
	to: number,
	accept: (c: Candidate) => boolean
): Candidate | undefined {
	let lo = 0;
	let hi = candidates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (candidates[mid].start < from) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < candidates.length && candidates[i].start < to; i++)
		if (accept(candidates[i])) return candidates[i];
	return undefined;
}
