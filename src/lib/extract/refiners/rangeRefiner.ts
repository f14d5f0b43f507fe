/**
 * Joins the two ends of a stated range into one span of time for the timeline: "from September
 * 2025 to March 2027", "between 2019 and 2021", "Monday through Friday", "1998-2001", "the 2010/11 season"; and reads
 * "has flooded every spring since 2019" as the span from 2019 to publication. TimeML keeps the two
 * ends as two time expressions, and so does the TIMEX3 output: only events see the range.
 *
 * An end without a year takes the other end's ("from March to May last year" is March and May
 * 2024), the year before if it would otherwise start after the range ends ("from November to
 * February 2024").
 */
import { formatMonth, longDay, monthName } from '../../data/calendar';
import type { Candidate, Refiner } from '../types';

// Words between the two ends, and whether they need "from" or "between" before the first.
const JOINER = /^\s*(to|until|till|through|thru|and|-|–|—|\/)\s*$/i;
const OPENER = /\b(from|between)\s+$/i;
// "has flooded every spring since 2019", "have been closed since March": a state that still holds.
const PERFECT = /\b(?:has|have|hasn['’]t|haven['’]t)\s+(?:not\s+)?(?:been\s+)?\w+/i;
// "the first visit since 2019", "its lowest level since 1998": a comparison, not a span.
const COMPARISON =
	/\b(?:first|last|only|highest|lowest|most|least|best|worst|biggest|largest|smallest|longest|since\s+then)\b|\w+est\b/i;

export const rangeRefiner: Refiner = {
	name: 'rangeRefiner',
	refine({ text, ref }, candidates) {
		const out = candidates.slice();
		for (let i = 0; i < out.length; i++) {
			const a = out[i];
			if (a.type !== 'DATE' || a.range || a.inRange || !isCalendar(a.value)) continue;
			const b = out[i + 1];
			const joiner = b && JOINER.exec(text.slice(a.end, b.start))?.[1].toLowerCase();
			if (b && b.type === 'DATE' && isCalendar(b.value) && joiner) {
				const opened = OPENER.exec(text.slice(Math.max(0, a.start - 10), a.start));
				const opener = opened?.[1];
				const dash = /^(?:-|–|—|\/|through|thru)$/.test(joiner);
				const fits = joiner === 'and' ? opener?.toLowerCase() === 'between' : !!opener || dash;
				if (!fits) continue;
				const first = withYearOf(a, b);
				if (first.value > b.value && !b.value.startsWith(first.value)) continue;
				out[i] = {
					...first,
					range: { value: b.value, end: b.end },
					tags: [...first.tags, 'rangeRefiner'],
					resolution: `'${text.slice(a.start - (opened?.[0].length ?? 0), b.end)}': from ${tail(first.resolution)}, to ${tail(b.resolution)}`
				};
				out[i + 1] = { ...b, inRange: true, tags: [...b.tags, 'rangeRefiner'] };
				i++;
				continue;
			}
			// "since 2019" in a clause whose verb still holds: up to publication.
			if (!/\bsince\s+$/i.test(text.slice(Math.max(0, a.start - 8), a.start))) continue;
			const before = text.slice(Math.max(0, a.start - 200), a.start);
			let stop = -1;
			for (const mark of '.;!?\n') stop = Math.max(stop, before.lastIndexOf(mark));
			const clause = before.slice(stop + 1);
			const after = text.slice(a.end, a.end + 8);
			if (!PERFECT.test(clause) || COMPARISON.test(clause) || /^,?\s+when\b/i.test(after)) continue;
			const today = `${ref.y}-${String(ref.m).padStart(2, '0')}-${String(ref.d).padStart(2, '0')}`;
			if (a.value > today) continue;
			out[i] = {
				...a,
				range: { value: today, end: a.end },
				tags: [...a.tags, 'rangeRefiner'],
				resolution: `'since ${a.text}': from ${tail(a.resolution)}, until publication on ${longDay(ref)}`
			};
		}
		return out;
	}
};

/** A resolution without its quoted expression: "'2019': the year as stated" gives "2019, the year as stated". */
function tail(resolution: string): string {
	const quoted = /^'([^']*)':\s*/.exec(resolution);
	if (!quoted) return resolution;
	const rest = resolution.slice(quoted[0].length);
	return rest.startsWith(quoted[1]) ? rest : `${quoted[1]} (${rest})`;
}

/** A value that names a stretch of the calendar by its digits: a day, a month or a year. */
function isCalendar(value: string): boolean {
	return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);
}

/** `a` with the year of `b` when `a` states none and `b` does ("from March to May last year"). */
function withYearOf(a: Candidate, b: Candidate): Candidate {
	const bYearStated = /\d{4}|\byear\b/i.test(b.text);
	if (
		!a.implied.includes('year') ||
		!a.stated.includes('month') ||
		a.value.length < 7 ||
		!(bYearStated || a.value > b.value)
	)
		return a;
	const y = Number(b.value.slice(0, 4));
	const m = Number(a.value.slice(5, 7));
	const rest = a.value.slice(7);
	let value = formatMonth(y, m) + rest;
	if (value > b.value && !b.value.startsWith(value)) value = formatMonth(y - 1, m) + rest;
	if (value === a.value) return a;
	return {
		...a,
		value,
		resolution: `'${a.text}': ${monthName(m)} ${value.slice(0, 4)}, the year the range ends in`
	};
}
