/**
 * Calendar arithmetic for the extractor, in UTC only (a day is a `{ y, m, d }` triple, never a
 * local midnight), so results do not depend on the machine's time zone.
 */
import { FULL_MONTHS } from '../data/partialDate';

/** A calendar day; `m` is 1-12. */
export interface Day {
	y: number;
	m: number;
	d: number;
}

const DAY_MS = 86_400_000;

/** The day of an ISO date or date-time as stated (`2024-01-08`, `2024-01-08T10:19`). */
export function parseDay(iso: string): Day | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
	if (!match) return null;
	return { y: Number(match[1]), m: Number(match[2] ?? 1), d: Number(match[3] ?? 1) };
}

function ms(day: Day): number {
	const date = new Date(Date.UTC(2000, day.m - 1, day.d));
	date.setUTCFullYear(day.y);
	return date.getTime();
}

function fromMs(t: number): Day {
	const date = new Date(t);
	return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
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

/** Day of the week, ISO numbering: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
	return ((new Date(ms(day)).getUTCDay() + 6) % 7) + 1;
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

/** Days in a month. */
export function daysInMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
	return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
	return `${pad(y, 4)}-${pad(m)}`;
}

/** TIMEX3 week value, `YYYY-Www`. */
export function formatWeek(day: Day): string {
	const { year, week } = isoWeek(day);
	return `${pad(year, 4)}-W${pad(week)}`;
}

/** Quarter (1-4) containing a month. */
export function quarterOf(m: number): number {
	return Math.floor((m - 1) / 3) + 1;
}

const WEEKDAY_NAMES = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

/** "Monday, January 8, 2024", for resolution notes. */
export function longDay(day: Day): string {
	return `${WEEKDAY_NAMES[isoWeekday(day) - 1]}, ${FULL_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
}

export function monthName(m: number): string {
	return FULL_MONTHS[m - 1];
}
