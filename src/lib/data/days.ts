/**
 * What the reader's page needs of the calendar (`calendar.ts`, which re-exports it): the month
 * names, a day's UTC bounds, and days counted from 1970 both ways (the axis's years). Apart so
 * that the reader's page does not load the contract's calendar checks and the extractor's
 * arithmetic with them (issue 15's 60 kB page).
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
/**
 * Days from 1970-01-01 to a day, for any year, in whole numbers (the proleptic Gregorian
 * calendar's 400-year cycle of 146,097 days; Howard Hinnant's `days_from_civil`). `Date` reaches
 * only ±275,000 years; this reaches as far as the contract does, exactly.
 */
export function dayNumber({ y, m, d }: Day): number {
	const year = m <= 2 ? y - 1 : y;
	const era = Math.floor(year / 400);
	const yearOfEra = year - era * 400;
	const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** The day a number of days from 1970-01-01 falls on (the inverse of `dayNumber`). */
export function dayOfNumber(n: number): Day {
	const z = n + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
	return { y, m, d: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** UTC milliseconds of a day's midnight, for any year. */
export function ms(day: Day): number {
	return dayNumber(day) * DAY_MS;
}

/**
 * The `{ y, m, d }` of a `YYYY-MM-DD` day, for any year the contract holds: four-digit years
 * digit by digit (the common case, read for every event of a large dataset), others by pattern.
 */
export function dayParts(day: string): Day {
	if (day.length === 10 && day.charCodeAt(0) !== 45) {
		const digit = (i: number) => day.charCodeAt(i) - 48;
		return {
			y: digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
			m: digit(5) * 10 + digit(6),
			d: digit(8) * 10 + digit(9)
		};
	}
	const match = /^(-?\d+)-(\d{2})-(\d{2})/.exec(day);
	if (!match) return { y: NaN, m: NaN, d: NaN };
	return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** UTC midnight starting a `YYYY-MM-DD` day. */
export function dayStart(day: string): number {
	return ms(dayParts(day));
}

/** UTC midnight ending a `YYYY-MM-DD` day (the start of the next day, for any year). */
export function dayEnd(day: string): number {
	return (dayNumber(dayParts(day)) + 1) * DAY_MS;
}

/**
 * Orders two `YYYY-MM-DD` days by the calendar. Days of four-digit years compare as text, which
 * is fast and what most datasets hold; a sign or a longer year is compared by its day number.
 *
 * @example
 * ['2024-01-01', '-0499-03-15'].sort(compareDays); // ['-0499-03-15', '2024-01-01']
 */
export function compareDays(a: string, b: string): number {
	if (a.length === 10 && b.length === 10 && a.charCodeAt(0) !== 45 && b.charCodeAt(0) !== 45)
		return a < b ? -1 : a > b ? 1 : 0;
	return Math.sign(dayNumber(dayParts(a)) - dayNumber(dayParts(b)));
}
