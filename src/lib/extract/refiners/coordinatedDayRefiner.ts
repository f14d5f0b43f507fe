/**
 * Days that share a month with the date beside them: "on April 24 and 25", "3 and 4 March 2023",
 * "June 5, 6 or 7". chrono reads the date with the month; the bare day next to it is a date of
 * its own, in the same month and year.
 */
import { formatDay, longDay, parseDay } from '../../data/calendar';
import type { Candidate, Refiner } from '../types';

const ORDINAL = '(?:st|nd|rd|th)?';
// After the dated day: "and 25", ", 26 and 27". What follows the number must end the phrase
// (punctuation, a preposition or conjunction, a capitalised word), so "April 24 and 25 people"
// and "on May 1 and 2,000 troops" stay out; a comma joins a day only in a list that goes on
// ("June 5, 6 and 7", not "March 5, 10 soldiers").
const END = `(?![\\d,.:/-]\\d|\\s*%|\\s*[ap]\\.?m\\b)(?=\\s*(?:$|[,.;:)!?'"”’]|(?:in|at|on|and|or|to|for|when|while|after|before|until|with|as|of|[A-Z])\\b))`;
const AFTER = new RegExp(
	`^(?:(,?\\s+(?:and|or|&)\\s+)(\\d{1,2}${ORDINAL})${END}|(,\\s*)(\\d{1,2}${ORDINAL})(?=,?\\s+(?:and|or|&)\\s+\\d{1,2}\\b))`
);
// Before it: "3 and 4 March 2023", "3rd or 4th of March".
const BEFORE = new RegExp(`(?<![\\w$£€.,-])(\\d{1,2}${ORDINAL})(,?\\s+(?:and|or|&)\\s+)$`);

export const coordinatedDayRefiner: Refiner = {
	name: 'coordinatedDayRefiner',
	refine({ text }, candidates) {
		const out: Candidate[] = [];
		// Candidates come in text order without overlaps (the overlap removal runs first), so
		// their ends are in order too: a binary search finds the one that could overlap a span.
		const taken = (start: number, end: number) => {
			let lo = 0;
			let hi = candidates.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (candidates[mid].end <= start) lo = mid + 1;
				else hi = mid;
			}
			return lo < candidates.length && candidates[lo].start < end;
		};
		for (const candidate of candidates) {
			if (!dated(candidate)) {
				out.push(candidate);
				continue;
			}
			// A day before it ("3 and 4 March").
			const before =
				/^\d/.test(candidate.text) &&
				BEFORE.exec(text.slice(Math.max(0, candidate.start - 24), candidate.start));
			if (before) {
				const start = candidate.start - before[0].length;
				const sibling = siblingOf(candidate, text, start, start + before[1].length);
				if (sibling && !taken(sibling.start, sibling.end)) out.push(sibling);
			}
			out.push(candidate);
			// Days after it, while a list goes on ("June 5, 6 and 7").
			let cursor = candidate.end;
			// Only after a date that ends with its day: "April 24 and 25", not "4 March 2023 and 5".
			const endsWithDay = /[a-z.]\s*\d{1,2}(?:st|nd|rd|th)?$/i.test(candidate.text);
			while (endsWithDay) {
				const match = AFTER.exec(text.slice(cursor, cursor + 32));
				if (!match) break;
				const joiner = match[1] ?? match[3];
				const day = match[2] ?? match[4];
				const start = cursor + joiner.length;
				const sibling = siblingOf(candidate, text, start, start + day.length);
				if (!sibling || taken(sibling.start, sibling.end)) break;
				out.push(sibling);
				cursor = sibling.end;
				if (match[1]) break;
			}
		}
		return out;
	}
};

/** A settled calendar day whose month the text states ("April 24", not "Friday" or "2024-04-24"). */
function dated(candidate: Candidate): boolean {
	return (
		candidate.type === 'DATE' &&
		!candidate.pending &&
		/^\d{4}-\d{2}-\d{2}$/.test(candidate.value) &&
		candidate.stated.includes('month') &&
		candidate.stated.includes('day') &&
		/[a-z]/i.test(candidate.text)
	);
}

/** The day at `start`..`end` of `text`, in the month and year of `candidate`; null if no such day. */
function siblingOf(
	candidate: Candidate,
	text: string,
	start: number,
	end: number
): Candidate | null {
	const d = Number(/^\d+/.exec(text.slice(start, end))?.[0]);
	const day = parseDay(`${candidate.value.slice(0, 8)}${String(d).padStart(2, '0')}`);
	if (!day || day.d !== d) return null;
	return {
		...candidate,
		start,
		end,
		text: text.slice(start, end),
		value: formatDay(day),
		tags: ['coordinatedDayRefiner'],
		resolution: `'${text.slice(start, end)}': ${longDay(day)}, in the month of '${candidate.text}' beside it`,
		range: undefined,
		inRange: undefined
	};
}
