/**
 * Settles expressions that point back at a quarter the story already named: in quarterly
 * results, "the quarter", "the latest period" and "a year earlier" mean the quarter reported
 * (and that quarter a year before). Reads candidates in document order, as a reader would.
 */
import { addDays, formatDay, formatMonth, longDay, parseDay, quarterOf } from '../../data/calendar';
import { nextFinder } from '../scan';
import { governingTense } from '../tense';
import type { Candidate, Refiner } from '../types';

// A sentence's end: its stop before a capital, or a line break.
const SENTENCE_END = /[.!?]["'”’)]*\s+["'“‘]?\p{Lu}|\n/u;

export const contextRefiner: Refiner = {
	name: 'contextRefiner',
	refine({ ref, text }, candidates) {
		let lastQuarter: { y: number; q: number } | null = null;
		// Whether the story last reported a longer span ("the nine months", "the year").
		let spanned = false;
		// The day named last, and where its paragraph ends: a clock time takes it only within it.
		let lastDay: { value: string; until?: number } | null = null;
		let lastDate: string | null = null;
		// A month, or a year after "in", named since the last day: "survived a vote in March
		// 2019. The following day, …" is a day of that month, not the day after an earlier day.
		let laterPeriod: string | null = null;
		// Where the last day was named: a period in its own sentence ("said on Tuesday that sales
		// rose in June") is what was said, and the day still carries the story.
		let lastDayAt = -1;
		// Until a quarter is named, "the quarter" is the last one completed before publication.
		const completed =
			quarterOf(ref.m) === 1 ? { y: ref.y - 1, q: 4 } : { y: ref.y, q: quarterOf(ref.m) - 1 };
		const nextLineBreak = nextFinder(text, /\n/);
		return candidates.map((candidate): Candidate => {
			// "A week earlier": before the day named just before, or a day of the period named
			// since; the reading from publication stands when the story named no day.
			if (candidate.pending?.kind === 'days-earlier') {
				const named = lastDay ? parseDay(lastDay.value) : null;
				// A day still to come ("will meet on Tuesday … Salazar's threat a day earlier") is
				// no narrative day to count back from: publication is.
				if (!lastDay || !named || lastDay.value > formatDay(ref))
					return { ...candidate, pending: undefined };
				const day = addDays(named, -candidate.pending.days);
				const value = laterPeriod ?? formatDay(day);
				if (!laterPeriod) lastDay = { value };
				lastDayAt = candidate.start;
				return resolvedBy(
					candidate,
					value,
					laterPeriod
						? `'${candidate.text}': a day of ${laterPeriod}, the period named just before`
						: `'${candidate.text}': ${longDay(day)}, ${candidate.pending.days} days before the day named just before (${longDay(named)})`
				);
			}
			// A clock time with no day of its own is on the day the story named just before.
			const ownDay = candidate.stated.includes('weekday') || candidate.stated.includes('day');
			if (
				candidate.type === 'TIME' &&
				!ownDay &&
				lastDay &&
				(lastDay.until === undefined || candidate.start < lastDay.until)
			) {
				const clock = /T.*$/.exec(candidate.value)?.[0];
				if (clock && lastDay.value !== candidate.value.slice(0, 10))
					return {
						...candidate,
						value: lastDay.value + clock,
						tags: [...candidate.tags, 'contextRefiner'],
						resolution: `'${candidate.text}': ${clock.slice(1)} on ${lastDay.value}, the day named just before`
					};
			}
			if (/^\d{4}-\d{2}-\d{2}/.test(candidate.value) && (ownDay || candidate.type !== 'TIME')) {
				const newline = nextLineBreak(candidate.end);
				lastDay = {
					value: candidate.value.slice(0, 10),
					until: newline < 0 ? text.length : newline
				};
				laterPeriod = null;
				lastDayAt = candidate.start;
			}
			if (
				candidate.type === 'DATE' &&
				!candidate.pending &&
				namesPeriod(text, candidate) &&
				(lastDayAt < 0 || SENTENCE_END.test(text.slice(lastDayAt, candidate.start)))
			)
				laterPeriod = candidate.value;
			if (
				candidate.type === 'DATE' &&
				!candidate.pending &&
				/^\d{4}(?:-\d{2})?/.test(candidate.value)
			)
				lastDate = candidate.value;
			// "the following year", "later that year": counted from the date named just before.
			if (candidate.pending?.kind === 'date-anaphor' && candidate.pending.unit === 'day') {
				// "Earlier that day", "the next morning": the day named just before.
				const shift = candidate.pending.shift;
				// Only a day counted from another ("the next day", "the day before"): "that day" keeps
				// the day named last, as TimeML's annotators read it, and with no day named before
				// there is nothing to count from.
				if (laterPeriod && shift !== 0 && lastDay)
					return resolvedBy(
						candidate,
						laterPeriod,
						`'${candidate.text}': a day of ${laterPeriod}, the period named just before`
					);
				const named = lastDay ? parseDay(lastDay.value) : null;
				if (!named) return { ...candidate, pending: undefined };
				const day = addDays(named, shift);
				const value = formatDay(day);
				lastDay = { value };
				lastDayAt = candidate.start;
				return resolvedBy(
					candidate,
					value,
					`'${candidate.text}': ${longDay(day)}, ${shift > 0 ? 'the day after the day' : shift < 0 ? 'the day before the day' : 'the day'} named just before (${longDay(named)})`
				);
			}
			if (candidate.pending?.kind === 'date-anaphor' && candidate.pending.unit === 'date') {
				// "Until then": the date named just before, as precise as it was.
				if (!lastDate) return { ...candidate, pending: undefined };
				return resolvedBy(
					candidate,
					lastDate,
					`'${candidate.text}': ${lastDate}, the date named just before`
				);
			}
			if (candidate.pending?.kind === 'date-anaphor') {
				const { unit, shift } = candidate.pending;
				const named = lastDate ? /^(\d{4})(?:-(\d{2}))?/.exec(lastDate) : null;
				if (!named || (unit === 'month' && !named[2])) return { ...candidate, pending: undefined };
				const y = Number(named[1]);
				const m = Number(named[2]);
				const value =
					unit === 'year'
						? String(y + shift)
						: formatMonth(m + shift > 12 ? y + 1 : y, ((m + shift - 1) % 12) + 1);
				return resolvedBy(
					candidate,
					value,
					`'${candidate.text}': ${value}, counted from ${lastDate}, the date named just before`
				);
			}
			// "the nine months", "the year", "the full year": results for a longer span; "a year earlier" then means a year.
			if (
				(candidate.type === 'DURATION' && /^P(?:[69]M|1Y)$/.test(candidate.value)) ||
				(!candidate.pending &&
					candidate.value === String(ref.y) &&
					(candidate.tags.includes('namedPeriodExtractor') ||
						candidate.tags.includes('periodExtractor')))
			) {
				lastQuarter = null;
				spanned = true;
			}
			const named = /^(\d{4})-Q([1-4])$/.exec(candidate.value);
			if (named && !candidate.pending) {
				const y = Number(named[1]);
				const q = Number(named[2]);
				// A quarter not yet over ("expects fourth-quarter profit") is no quarter reported,
				// unless the story reports it in the past tense: a fiscal quarter ("reported a
				// decline in fourth-quarter earnings" in November).
				// A quarter named in passing ("After a flat second quarter, ...") is not the one
				// reported either.
				const inPassing =
					/\b(?:after|before|following|since|unlike|than)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$/i.test(
						text.slice(Math.max(0, candidate.start - 40), candidate.start)
					);
				if (
					!inPassing &&
					(y * 4 + q <= completed.y * 4 + completed.q ||
						(y === ref.y && governingTense(text, candidate.start) === 'past'))
				) {
					lastQuarter = { y, q };
					spanned = false;
				}
				return candidate;
			}
			const pending = candidate.pending;
			if (pending?.kind === 'quarter-anaphor' && pending.span && spanned) {
				const y = pending.year ?? ref.y - (pending.back ? 1 : 0);
				return resolvedBy(
					candidate,
					String(y),
					`'${candidate.text}': ${y}, the span the story reports${pending.back ? ', a year before' : ''}`,
					'DATE'
				);
			}
			if (pending?.kind === 'quarter-anaphor') {
				const base: { y: number; q: number } = lastQuarter ?? completed;
				const y = pending.year ?? base.y - (pending.back ? 1 : 0);
				const value = `${y}-Q${base.q}`;
				if (!pending.back && pending.year === undefined) lastQuarter = base;
				return resolvedBy(
					candidate,
					value,
					`'${candidate.text}': quarter ${base.q} of ${y}, the quarter the story reports${pending.back ? ', a year before' : ''}`
				);
			}
			if (pending?.kind === 'year-earlier') {
				const known: { y: number; q: number } | null = lastQuarter;
				if (!known) return { ...candidate, pending: undefined };
				const value = `${known.y - 1}-Q${known.q}`;
				return resolvedBy(
					candidate,
					value,
					`'${candidate.text}': quarter ${known.q} of ${known.y - 1}, a year before the quarter the story reports`
				);
			}
			return candidate;
		});
	}
};

/**
 * Whether `candidate` names a month ("in March", "March 2019", "last month") or a year after
 * "in" ("in 2004"): a period a later "the next day" falls in. A year in passing ("since 2001",
 * "the 2008 crisis") is no such period.
 */
function namesPeriod(text: string, candidate: Candidate): boolean {
	if (/^\d{4}-\d{2}$/.test(candidate.value)) return true;
	return (
		/^\d{4}$/.test(candidate.value) &&
		/\bin\s+$/i.test(text.slice(Math.max(0, candidate.start - 4), candidate.start))
	);
}

/** A candidate given its value by what the story named before it, with the reason. */
function resolvedBy(
	candidate: Candidate,
	value: string,
	resolution: string,
	type: Candidate['type'] = candidate.type
): Candidate {
	return {
		...candidate,
		type,
		value,
		pending: undefined,
		tags: [...candidate.tags, 'contextRefiner'],
		resolution
	};
}
