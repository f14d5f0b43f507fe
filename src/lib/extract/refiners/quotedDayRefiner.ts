/**
 * "Yesterday" and "today" inside a quotation count from the day the words were said, when the
 * attribution says which: in `"Yesterday we talked. Today we build," she said on Wednesday`, in a
 * story of Thursday, "today" is Wednesday and "yesterday" Tuesday; so do "this morning", "this
 * night" and "last night". Without a dated attribution they count from publication, as before.
 */
import { addDays, formatDay, longDay, parseDay, type Day } from '../../data/calendar';
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
	refine({ text, ref }, candidates) {
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
			const said = firstAfter(candidates, afterQuote, afterQuote + 160, isDay);
			const dated = said && ATTRIBUTION.test(text.slice(afterQuote, said.start)) ? said : undefined;
			const source = dated ?? reactedTo(text, ref, candidates, candidate);
			if (!source) return candidate;
			const day = parseDay(source.value.slice(0, 10));
			if (!day) return candidate;
			const when = addDays(day, OFFSETS.get(word.toLowerCase()) ?? 0);
			const clock = /T.*$/.exec(candidate.value)?.[0] ?? '';
			return {
				...candidate,
				value: formatDay(when) + clock,
				tags: [...candidate.tags, 'quotedDayRefiner'],
				resolution: `'${candidate.text}': ${longDay(when)}, counted from ${longDay(day)}, ${dated ? 'when the words were said' : 'the day the story named before the quotation, which it reacts to'} ('${source.text}')`
			};
		});
	}
};

// A reaction is quoted within days of what it reacts to; further back, the quote is news of
// its own, said nearer publication.
const REACTION_DAYS = 3;

/**
 * The day a quotation without a dated attribution reacts to: the last day named before it in its
 * own paragraph or the one before ("The court struck down the law on Wednesday. \"Today is a
 * victory,\" said Ann Lee" in Thursday's paper is Wednesday's "today"), when that day is before
 * publication and at most `REACTION_DAYS` earlier. None, or publication day: undefined, and the
 * quote counts from publication.
 */
function reactedTo(
	text: string,
	ref: Day,
	candidates: Candidate[],
	quoted: Candidate
): Candidate | undefined {
	// Back over the quote's paragraph break and any blank lines, to the paragraph before.
	let end = text.lastIndexOf('\n', quoted.start - 1);
	while (end > 0 && /\s/.test(text[end - 1])) end--;
	// At most a long paragraph's length back: a page with no breaks is read near the quote only.
	const from = Math.max(end < 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1, quoted.start - 2000);
	const named = lastBefore(candidates, from, quoted.start, isDay);
	const day = named && parseDay(named.value.slice(0, 10));
	if (!day) return undefined;
	const publication = formatDay(ref);
	for (let n = 1; n <= REACTION_DAYS; n++)
		if (formatDay(addDays(day, n)) === publication) return named;
	return undefined;
}

/** A candidate dated to a day, stated as a weekday or a day of the month. */
function isDay(c: Candidate): boolean {
	return (
		/^\d{4}-\d{2}-\d{2}/.test(c.value) && (c.stated.includes('weekday') || c.stated.includes('day'))
	);
}

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
 * Candidates sorted by start, searched by binary search rather than by reading every one: the
 * index of the first that starts at or after `offset`.
 */
function firstFrom(candidates: Candidate[], offset: number): number {
	let lo = 0;
	let hi = candidates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (candidates[mid].start < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The first candidate starting in `from`..`to` (exclusive) that `accept` takes. */
function firstAfter(
	candidates: Candidate[],
	from: number,
	to: number,
	accept: (c: Candidate) => boolean
): Candidate | undefined {
	for (let i = firstFrom(candidates, from); i < candidates.length && candidates[i].start < to; i++)
		if (accept(candidates[i])) return candidates[i];
	return undefined;
}

/** The last candidate starting in `from`..`to` (exclusive) that `accept` takes. */
function lastBefore(
	candidates: Candidate[],
	from: number,
	to: number,
	accept: (c: Candidate) => boolean
): Candidate | undefined {
	for (let i = firstFrom(candidates, to) - 1; i >= 0 && candidates[i].start >= from; i--)
		if (accept(candidates[i])) return candidates[i];
	return undefined;
}
