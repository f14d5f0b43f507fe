/**
 * Partial dates: an EDTF string plus a precision, bounded by inclusive UTC days, how a person
 * writes them and the order a timeline reads them in. Free of the EDTF parser (see
 * `edtfBounds.ts`), so the reader's page stays light. Days and their arithmetic are the
 * calendar's (`calendar.ts`).
 */
import { AP_MONTHS, dayEnd, dayStart, FULL_MONTHS } from './days';

/** How finely an event's date is known. A day is a point on the timeline; the rest are bands. */
export const PRECISIONS = [
	'day',
	'week',
	'month',
	'season',
	'quarter',
	'year',
	'decade',
	'century'
] as const;

export type Precision = (typeof PRECISIONS)[number];

const SEASONS: Record<number, string> = { 2: 'Spring', 5: 'Summer', 8: 'Fall', 11: 'Winter' };

interface Dated {
	date: string;
	start: string;
	end: string;
	precision: Precision;
}

/**
 * How a person would write an event's date, at its precision and no finer.
 *
 * @example
 * dateLabel({ date: '2023-10-07', start: '2023-10-07', end: '2023-10-07', precision: 'day' }); // 'Oct. 7, 2023'
 * dateLabel({ date: '2024-01-01/2024-01-07', start: '2024-01-01', end: '2024-01-07', precision: 'week' }); // 'Jan. 1-7, 2024'
 */
export function dateLabel(event: Dated): string {
	const [sy, sm, sd] = event.start.split('-').map(Number);
	const [ey, em, ed] = event.end.split('-').map(Number);
	const approx = /[~%]$/.test(event.date) ? 'c. ' : '';
	const doubt = /[?%]$/.test(event.date) ? '?' : '';
	let label: string;
	switch (event.precision) {
		case 'day':
		case 'week':
			label = dayRange(sy, sm, sd, ey, em, ed);
			break;
		case 'month':
			label =
				sy === ey && sm === em
					? `${FULL_MONTHS[sm - 1]} ${sy}`
					: sy === ey
						? `${FULL_MONTHS[sm - 1]}-${FULL_MONTHS[em - 1]} ${sy}`
						: `${FULL_MONTHS[sm - 1]} ${sy}-${FULL_MONTHS[em - 1]} ${ey}`;
			break;
		case 'season': {
			const season = SEASONS[sm - 1];
			label = season
				? `${season} ${sy}${ey !== sy ? `-${String(ey).slice(-2)}` : ''}`
				: `${FULL_MONTHS[sm - 1]}-${FULL_MONTHS[em - 1]} ${ey}`;
			break;
		}
		case 'quarter':
			label = `Q${Math.floor((sm - 1) / 3) + 1} ${sy}`;
			break;
		case 'year':
			label = sy === ey ? String(sy) : `${sy}-${ey}`;
			break;
		case 'decade':
			label = ey - sy === 9 ? `the ${sy}s` : `${sy}-${ey}`;
			break;
		case 'century':
			label = ey - sy === 99 ? `the ${sy}s` : `${sy}-${ey}`;
			break;
	}
	return approx + label + doubt;
}

function dayRange(sy: number, sm: number, sd: number, ey: number, em: number, ed: number): string {
	const first = `${AP_MONTHS[sm - 1]} ${sd}`;
	if (sy === ey && sm === em && sd === ed) return `${first}, ${sy}`;
	if (sy === ey && sm === em) return `${first}-${ed}, ${sy}`;
	if (sy === ey) return `${first}-${AP_MONTHS[em - 1]} ${ed}, ${sy}`;
	return `${first}, ${sy}-${AP_MONTHS[em - 1]} ${ed}, ${ey}`;
}

/** Midpoint of an event's span in UTC ms: where a point or the centre of a band sits. */
export function midpoint(event: { start: string; end: string }): number {
	return (dayStart(event.start) + dayEnd(event.end)) / 2;
}

/**
 * Compares two spans of days by their first day, then their last: the order of a timeline. The
 * days are compared as strings, which `YYYY-MM-DD` allows and which is fast (collating every
 * comparison costs a good part of a second at 100,000 events).
 *
 * @example
 * [b, a].sort(bySpan); // a, which starts earlier, first
 */
export function bySpan(
	a: { start: string; end: string },
	b: { start: string; end: string }
): number {
	return a.start !== b.start
		? a.start < b.start
			? -1
			: 1
		: a.end !== b.end
			? a.end < b.end
				? -1
				: 1
			: 0;
}

/** Events in reading order for a timeline: by start, then by end, then by title. */
export function chronological<T extends { start: string; end: string; title: string }>(
	events: readonly T[]
): T[] {
	return [...events].sort((a, b) => bySpan(a, b) || a.title.localeCompare(b.title));
}
