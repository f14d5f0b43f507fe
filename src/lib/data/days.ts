/**
 * What the reader's page needs of the calendar (`calendar.ts`, which re-exports it): the month
 * names and a day's UTC bounds. Apart so that the reader's page does not load the contract's
 * calendar checks and the extractor's arithmetic with them (issue 15's 60 kB page).
 */

/** A calendar day; `m` is 1-12. */
export interface Day {
	y: number;
	m: number;
	d: number;
}

export const DAY_MS = 86_400_000;

export const FULL_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
// AP style, as newsrooms write dates: "Jan.", "Sept.", but "March" to "July" in full.
export const AP_MONTHS = [
	'Jan.',
	'Feb.',
	'March',
	'April',
	'May',
	'June',
	'July',
	'Aug.',
	'Sept.',
	'Oct.',
	'Nov.',
	'Dec.'
];
/** UTC milliseconds of a day's midnight, for any year. */
export function ms(day: Day): number {
	const date = new Date(Date.UTC(2000, day.m - 1, day.d));
	date.setUTCFullYear(day.y);
	return date.getTime();
}

/** UTC midnight starting a `YYYY-MM-DD` day. */
export function dayStart(day: string): number {
	const [y, m, d] = day.split('-').map(Number);
	return ms({ y, m, d });
}

/** UTC midnight ending a `YYYY-MM-DD` day (the start of the next day). */
export function dayEnd(day: string): number {
	return dayStart(day) + DAY_MS;
}
