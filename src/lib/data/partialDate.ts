/**
 * Partial dates: an EDTF string plus a precision, bounded by inclusive UTC days, how a person
 * writes them and the order a timeline reads them in. Free of the EDTF parser (see
 * `edtfBounds.ts`), so the reader's page stays light. Days and their arithmetic are the
 * calendar's (`calendar.ts`).
 */
import { AP_MONTHS, compareDays, dayEnd, dayParts, dayStart, FULL_MONTHS } from './days';
import { yearName, yearSpanName } from './yearName';

/**
 * How finely an event's date is known. A minute (a time of day, `2011-02-11T18:00`) and a day are
 * points on the timeline; the rest are bands.
 */
export const PRECISIONS = [
	'minute',
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
	const { y: sy, m: sm, d: sd } = dayParts(event.start);
	const { y: ey, m: em, d: ed } = dayParts(event.end);
	const approx = approximate(event.date) ? 'c. ' : '';
	const doubt = /[?%]$/.test(event.date) ? '?' : '';
	let label: string;
	switch (event.precision) {
		case 'minute':
			label = clockLabel(event.date) ?? dayRange(sy, sm, sd, ey, em, ed);
			break;
		case 'day':
		case 'week':
			label = dayRange(sy, sm, sd, ey, em, ed);
			break;
		case 'month':
			label =
				sy === ey && sm === em
					? `${FULL_MONTHS[sm - 1]} ${yearName(sy)}`
					: sy === ey
						? `${FULL_MONTHS[sm - 1]}-${FULL_MONTHS[em - 1]} ${yearName(sy)}`
						: `${FULL_MONTHS[sm - 1]} ${yearName(sy)}-${FULL_MONTHS[em - 1]} ${yearName(ey)}`;
			break;
		case 'season': {
			const season = SEASONS[sm - 1];
			label = season
				? `${season} ${yearName(sy)}${ey !== sy ? `-${String(ey).slice(-2)}` : ''}`
				: `${FULL_MONTHS[sm - 1]}-${FULL_MONTHS[em - 1]} ${yearName(ey)}`;
			break;
		}
		case 'quarter':
			label = `Q${Math.floor((sm - 1) / 3) + 1} ${yearName(sy)}`;
			break;
		case 'year':
			label = sy === ey ? yearName(sy) : yearSpanName(sy, ey);
			break;
		case 'decade':
			label = ey - sy === 9 && sy >= 1000 ? `the ${sy}s` : yearSpanName(sy, ey);
			break;
		case 'century':
			label = ey - sy === 99 && sy >= 1000 ? `the ${sy}s` : yearSpanName(sy, ey);
			break;
	}
	return approx + label + doubt;
}

/**
 * Whether a date is stated as approximate: its EDTF carries the qualifier `~` (or `%`,
 * approximate and uncertain), as "about 2014" or "c. 1850" are written. Its precision alone says
 * nothing of the kind: "2014" is exact at the precision of a year, as a week or a season is.
 *
 * @example
 * approximate('2014~'); // true
 * approximate('2014'); // false
 */
export function approximate(date: string): boolean {
	return /[~%]/.test(date);
}

function dayLabel(y: number, m: number, d: number): string {
	return `${AP_MONTHS[m - 1]} ${d}, ${yearName(y)}`;
}

function dayRange(sy: number, sm: number, sd: number, ey: number, em: number, ed: number): string {
	const first = `${AP_MONTHS[sm - 1]} ${sd}`;
	if (sy === ey && sm === em && sd === ed) return `${first}, ${yearName(sy)}`;
	if (sy === ey && sm === em) return `${first}-${ed}, ${yearName(sy)}`;
	if (sy === ey) return `${first}-${AP_MONTHS[em - 1]} ${ed}, ${yearName(sy)}`;
	return `${first}, ${yearName(sy)}-${AP_MONTHS[em - 1]} ${ed}, ${yearName(ey)}`;
}

// A day and a time of day as the contract states them: no zone, the local time where it happened.
const TIME_OF_DAY = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

interface Clock {
	y: number;
	m: number;
	d: number;
	hour: number;
	minute: number;
	second?: number;
}

/** The ends of a date stated to the minute (`2011-02-11T18:00` or an interval of two); else null. */
function clocksOf(date: string): [Clock, Clock] | null {
	const ends = date
		.replace(/[~?%]$/, '')
		.split('/')
		.map((end) => TIME_OF_DAY.exec(end));
	if (ends.length > 2 || ends.some((end) => !end)) return null;
	const [from, to = from] = ends.map((match) => {
		const [, y, m, d, hour, minute, second] = match!;
		const clock: Clock = { y: +y, m: +m, d: +d, hour: +hour, minute: +minute };
		if (second !== undefined) clock.second = +second;
		return clock;
	});
	return [from, to];
}

/**
 * A date to the minute in AP style: `Feb. 11, 2011, 6 p.m.`, `Feb. 11, 2011, 6-8:30 p.m.`;
 * null when the date states no time of day.
 */
function clockLabel(date: string): string | null {
	const clocks = clocksOf(date);
	if (!clocks) return null;
	const [from, to] = clocks;
	const day = dayLabel(from.y, from.m, from.d);
	const first = time(from);
	if (from === to) return `${day}, ${first}`;
	if (from.y !== to.y || from.m !== to.m || from.d !== to.d)
		return `${day}, ${first}-${dayLabel(to.y, to.m, to.d)}, ${time(to)}`;
	const last = time(to);
	const meridiem = / [ap]\.m\.$/;
	const shared = first.match(meridiem)?.[0];
	return shared && last.endsWith(shared)
		? `${day}, ${first.slice(0, -shared.length)}-${last}`
		: `${day}, ${first}-${last}`;
}

/** A time of day in AP style: `6 p.m.`, `6:30 a.m.`, `noon`, `midnight`, `6:00:30 p.m.`. */
function time({ hour, minute, second }: Clock): string {
	const meridiem = hour < 12 ? 'a.m.' : 'p.m.';
	const h = hour % 12 || 12;
	const mm = String(minute).padStart(2, '0');
	if (second !== undefined) return `${h}:${mm}:${String(second).padStart(2, '0')} ${meridiem}`;
	if (minute === 0 && hour === 12) return 'noon';
	if (minute === 0 && hour === 0) return 'midnight';
	return minute === 0 ? `${h} ${meridiem}` : `${h}:${mm} ${meridiem}`;
}

/**
 * The instants an event covers, in UTC milliseconds, `[from, to)`: the minute (or second) a time
 * of day names, from the first to the last of an interval of times; the whole days of any other
 * date. Times carry no zone and are placed as if they were UTC, so that a time reads on the axis
 * as it was stated.
 *
 * @example
 * instantSpan({ date: '2011-02-11T18:00', start: '2011-02-11', end: '2011-02-11', precision: 'minute' }); // 18:00 to 18:01 UTC
 */
export function instantSpan(event: Dated): { from: number; to: number } {
	const clocks = event.precision === 'minute' ? clocksOf(event.date) : null;
	if (!clocks) return { from: dayStart(event.start), to: dayEnd(event.end) };
	const [from, to] = clocks;
	const at = (clock: Clock, day: string) =>
		dayStart(day) + ((clock.hour * 60 + clock.minute) * 60 + (clock.second ?? 0)) * 1000;
	return {
		from: at(from, event.start),
		to: at(to, event.end) + (to.second === undefined ? 60_000 : 1000)
	};
}

/** Midpoint of an event's span of days in UTC ms: where a point or the centre of a band sits. */
export function midpoint(event: { start: string; end: string }): number {
	return (dayStart(event.start) + dayEnd(event.end)) / 2;
}

/**
 * Compares two spans of days by their first day, then (for times of day) the time they start,
 * then their last day: the order of a timeline. Days of four-digit years are compared as strings,
 * which `YYYY-MM-DD` allows and which is fast (collating every comparison costs a good part of a
 * second at 100,000 events); other years by the calendar (`compareDays`).
 *
 * @example
 * [b, a].sort(bySpan); // a, which starts earlier, first
 */
export function bySpan(
	a: { start: string; end: string; date?: string },
	b: { start: string; end: string; date?: string }
): number {
	return (
		compareDays(a.start, b.start) ||
		compareClock(startTime(a.date), startTime(b.date)) ||
		compareDays(a.end, b.end)
	);
}

/** The time of day a date starts at (`18:00`), or '' for a date without one (the whole day first). */
function startTime(date: string | undefined): string {
	const t = date?.indexOf('T') ?? -1;
	if (t < 0) return '';
	const slash = date!.indexOf('/');
	return slash >= 0 && slash < t ? '' : date!.slice(t + 1, t + 9).replace(/[/~?%].*$/, '');
}

function compareClock(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reading order, of the timeline, its list and the editor's cards: by start, then by end; of
 * events on the same days, the more central first (`importance`), then as their dataset lists
 * them (every sort here is stable), which is the order an editor or the articles gave them.
 * Titles are not collated: alphabetical order says nothing of a day's news, and collating cost a
 * 1,000-event page tens of milliseconds before its first draw (the page's first collator loads
 * the browser's locale data; issue 15).
 *
 * @example
 * [a, b].sort(readingOrder); // a first when it starts earlier, or on the same day matters more
 */
export function readingOrder(
	a: { start: string; end: string; date?: string; importance?: number },
	b: { start: string; end: string; date?: string; importance?: number }
): number {
	return bySpan(a, b) || (b.importance ?? -1) - (a.importance ?? -1);
}

/** Events in reading order (`readingOrder`), as a new array. */
export function chronological<
	T extends { start: string; end: string; date?: string; importance?: number }
>(events: readonly T[]): T[] {
	return [...events].sort(readingOrder);
}
