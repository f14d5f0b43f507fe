/**
 * The calendar, in UTC only: the one home of the date helpers that the contract, the importers,
 * the extractor, the editor and the timeline share. A day is a `{ y, m, d }` triple or a
 * `YYYY-MM-DD` string, never a local midnight, so results do not depend on the machine's time
 * zone. Pure; what the reader's page needs of it is in `days.ts`, re-exported here.
 *
 * The contract's calendar check (`calendarProblem`) lives here and nowhere else, with the years
 * it accepts (`FIRST_YEAR`, `LAST_YEAR`: deep time, from before the Big Bang to a trillion years
 * on) and the two ISO shapes that write them.
 */
import {
	AP_MONTHS,
	compareDays,
	DAY_MS,
	dayEnd,
	dayNumber,
	dayOfNumber,
	dayParts,
	dayStart,
	FULL_MONTHS,
	ms,
	type Day
} from './days';

export {
	AP_MONTHS,
	compareDays,
	dayEnd,
	dayNumber,
	dayOfNumber,
	dayParts,
	dayStart,
	FULL_MONTHS,
	type Day
};

/**
 * The first and last years the dataset contract accepts, numbered as ISO 8601 and EDTF number
 * them (year 0 is 1 BC, -1 is 2 BC, -499 is 500 BC): a trillion years either way, which holds the
 * age of the universe and keeps every day of every year countable exactly. Days are counted as
 * whole numbers (exact while under 2^53, about 24 trillion years) and a day's start in UTC
 * milliseconds is that count times a day: exact to the millisecond within ±285,000 years, and
 * still finer than an hour at a trillion, so no two days ever share a position.
 */
export const FIRST_YEAR = -999_999_999_999;
export const LAST_YEAR = 999_999_999_999;

const WEEKDAY_NAMES = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

// ---- Reading ISO 8601 as the contract writes it ----------------------------------------------

/**
 * A day as the contract writes event bounds: `YYYY-MM-DD`, the year with a minus sign before year
 * 0 and as many digits as it needs after 9999, but never a leading zero beyond four digits
 * (`-0499-03-15`, `12000-01-01`, `-13799999999-01-01`), so that each day has one spelling.
 */
export const ISO_DAY = /^-?(?:\d{4}|[1-9]\d{4,})-\d{2}-\d{2}$/;

/**
 * ISO 8601 as an article states its date: a year, month, day, or day and time (minutes, seconds,
 * fractions), with a zone only if one was stated (`Z` or `±HH:MM`). Years as in `ISO_DAY`.
 */
export const ISO_DATE_TIME =
	/^(-?(?:\d{4}|[1-9]\d{4,}))(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:(Z)|([+-])(\d{2}):(\d{2}))?)?)?)?$/;

/** The parts an ISO date or date-time states; a zone is its offset from UTC in minutes. */
export interface DateTimeParts {
	year: number;
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	second?: number;
	offset?: number;
}

/**
 * The parts of an ISO 8601 date or date-time as stated, or null when the text is not so shaped.
 * Not checked against the calendar: see `calendarProblem`.
 *
 * @example
 * isoParts('2024-01-08T10:19+05:30'); // { year: 2024, month: 1, day: 8, hour: 10, minute: 19, offset: 330 }
 */
export function isoParts(value: string): DateTimeParts | null {
	const m = ISO_DATE_TIME.exec(value);
	if (!m) return null;
	const [, year, month, day, hour, minute, second, z, sign, offsetHours, offsetMinutes] = m;
	const parts: DateTimeParts = { year: Number(year) };
	if (month !== undefined) parts.month = Number(month);
	if (day !== undefined) parts.day = Number(day);
	if (hour !== undefined) parts.hour = Number(hour);
	if (minute !== undefined) parts.minute = Number(minute);
	if (second !== undefined) parts.second = Number(second);
	if (z) parts.offset = 0;
	if (sign)
		parts.offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
	return parts;
}

/**
 * Why an ISO 8601 date or date-time is not a real one, in a few words; null when it is. The one
 * calendar check of the contract, for every date field: a year from `FIRST_YEAR` to
 * `LAST_YEAR`, a month 01-12, a day of that month (leap years by the Gregorian rule, year 4 and
 * year 2000 leap, year 100 not), a time from 00:00 to 23:59:59, a zone within ±14:00.
 *
 * @example
 * calendarProblem('2024-02-29T23:59Z'); // null
 * calendarProblem('2023-02-29'); // 'February 2023 has 28 days'
 * calendarProblem('2024-01-08T10:19+99:99'); // 'the zone +99:99 is beyond ±14:00'
 */
export function calendarProblem(value: string): string | null {
	// Nearly every date of a dataset is a day of years 0000-9999: told real without the pattern
	// (validating 100,000 events meets 200,000 of them); any other answer comes from the pattern.
	if (isRealPlainDay(value)) return null;
	const parts = isoParts(value);
	if (!parts) return 'not ISO 8601';
	const { year, month, day, hour, minute, second, offset } = parts;
	if (value.startsWith('-0000')) return 'the year -0000 is written 0000';
	if (year < FIRST_YEAR || year > LAST_YEAR)
		return `the year ${year} is outside ${FIRST_YEAR} to ${LAST_YEAR}`;
	if (month !== undefined && (month < 1 || month > 12)) return `the month ${month} is not 1-12`;
	if (month !== undefined && day !== undefined) {
		const days = daysInMonth(year, month);
		if (day < 1 || day > days) return `${FULL_MONTHS[month - 1]} ${year} has ${days} days`;
	}
	if (hour !== undefined && hour > 23) return `the hour ${hour} is not 00-23`;
	if (minute !== undefined && minute > 59) return `the minute ${minute} is not 00-59`;
	if (second !== undefined && second > 59) return `the second ${second} is not 00-59`;
	if (offset !== undefined) {
		const zone = /[+-]\d{2}:(\d{2})$/.exec(value);
		if (zone && Number(zone[1]) > 59) return `the zone ${zone[0]} has more than 59 minutes`;
		if (Math.abs(offset) > 14 * 60) return `the zone ${zone?.[0]} is beyond ±14:00`;
	}
	return null;
}

/** Whether a value is `YYYY-MM-DD` (years 0000-9999) and a day on the calendar. */
function isRealPlainDay(value: string): boolean {
	if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
	let y = 0;
	let m = 0;
	let d = 0;
	for (let i = 0; i < 10; i++) {
		if (i === 4 || i === 7) continue;
		const digit = value.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return false;
		if (i < 4) y = y * 10 + digit;
		else if (i < 7) m = m * 10 + digit;
		else d = d * 10 + digit;
	}
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Whether a day is on the calendar and within the contract's years. */
export function isRealDay({ y, m, d }: Day): boolean {
	return (
		Number.isInteger(y) &&
		y >= FIRST_YEAR &&
		y <= LAST_YEAR &&
		m >= 1 &&
		m <= 12 &&
		d >= 1 &&
		d <= daysInMonth(y, m)
	);
}

/** The day of an ISO date or date-time as stated (`2024-01-08`, `2024-01-08T10:19`, `-0499-03`). */
export function parseDay(iso: string): Day | null {
	const match = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
	if (!match) return null;
	return { y: Number(match[1]), m: Number(match[2] ?? 1), d: Number(match[3] ?? 1) };
}

// ---- Arithmetic -------------------------------------------------------------------------------

/** Whether a year has a February 29 (proleptic Gregorian; year 0 and -4 do). */
export function isLeapYear(y: number): boolean {
	return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days in a month, for any year (`Date.UTC` would read years 0-99 as 1900-1999). */
export function daysInMonth(y: number, m: number): number {
	return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function fromMs(t: number): Day {
	return dayOfNumber(Math.floor(t / DAY_MS));
}

/** `YYYY-MM-DD` of a UTC timestamp (a year before 0 is written `-YYYY`). */
export function isoDay(t: number): string {
	return formatDay(fromMs(t));
}

/** `day` moved by `n` days (negative moves back). */
export function addDays(day: Day, n: number): Day {
	return fromMs(ms(day) + n * DAY_MS);
}

/** The month `n` months from `day`'s month, as `{ y, m }`. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
	const index = y * 12 + (m - 1) + n;
	return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Day of the week, ISO numbering: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(day: Day): number {
	return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts `day`'s ISO week. */
export function weekStart(day: Day): Day {
	return addDays(day, 1 - isoWeekday(day));
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
	const thursday = addDays(day, 4 - isoWeekday(day));
	const jan1 = { y: thursday.y, m: 1, d: 1 };
	return { year: thursday.y, week: Math.floor((ms(thursday) - ms(jan1)) / DAY_MS / 7) + 1 };
}

/** Quarter (1-4) containing a month. */
export function quarterOf(m: number): number {
	return Math.floor((m - 1) / 3) + 1;
}

// ---- Writing ----------------------------------------------------------------------------------

export function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** A year as ISO 8601 writes it: four digits at least, a minus sign before year 0 (`-0044`). */
export function formatYear(y: number): string {
	return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	return `${formatYear(day.y)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
	return `${formatYear(y)}-${pad(m)}`;
}

/** TIMEX3 week value, `YYYY-Www`. */
export function formatWeek(day: Day): string {
	const { year, week } = isoWeek(day);
	return `${formatYear(year)}-W${pad(week)}`;
}

/** "Monday, January 8, 2024", for resolution notes. */
export function longDay(day: Day): string {
	return `${WEEKDAY_NAMES[isoWeekday(day) - 1]}, ${FULL_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
}

export function monthName(m: number): string {
	return FULL_MONTHS[m - 1];
}
