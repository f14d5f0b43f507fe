/**
 * Dates that span days ("last week", "in March"): which days they hold, and whether one holds
 * another. Shared by the fold's steps that join a telling dated to a span with one dated to a day
 * within it, in either order (`coarserDateStep`, `finerDateStep`), and by the draft's index of
 * events by the days they hold.
 */
import { boundsOf } from '../../data/edtfBounds';
import { addDays, compareDays, formatDay, parseDay } from '../../data/calendar';

/** The longest span a week's telling may give: news dates a recent happening "last week". */
export const WEEK_DAYS = 7;
/** The longest span that still names a happening rather than a story's background: a month. */
export const MONTH_DAYS = 31;

/**
 * The days a date covers, in order: none for a span longer than a month (background,
 * not one happening) or a date that cannot be bounded.
 *
 * @example
 * daysWithin('2025-03-03/2025-03-09').length; // 7
 */
export function daysWithin(date: string): string[] {
	const bounds = boundsOrNull(date);
	const first = bounds && parseDay(bounds.start);
	const days: string[] = [];
	for (let n = 0; first; n++) {
		const day = formatDay(addDays(first, n));
		if (compareDays(day, bounds.end) > 0) return days;
		if (days.push(day) > MONTH_DAYS) return [];
	}
	return days;
}

/**
 * Whether `date` only holds `than`: covers every day of it and more ("last week" and its
 * Thursday), as a recollection dates what a report gave the day of.
 *
 * @example
 * isCoarser('2025-03-03/2025-03-09', '2025-03-06'); // true
 */
export function isCoarser(date: string, than: string): boolean {
	const outer = boundsOrNull(date);
	const inner = boundsOrNull(than);
	if (!outer || !inner) return false;
	const starts = compareDays(outer.start, inner.start);
	const ends = compareDays(inner.end, outer.end);
	return starts <= 0 && ends <= 0 && starts + ends < 0;
}

function boundsOrNull(date: string): { start: string; end: string } | null {
	try {
		return boundsOf(date);
	} catch {
		return null;
	}
}
