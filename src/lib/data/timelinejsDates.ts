/**
 * TimelineJS dates and EDTF, both ways. A TimelineJS date is an object of numbers (or numeric
 * strings): `{ year, month?, day?, hour?, minute?, second?, millisecond? }`. Its years count as
 * TimelineJS shows them, BC years negative with no year 0 (`-500` shows as "500 BCE"), while
 * EDTF and the contract number years as ISO 8601 does, year 0 being 1 BC: so TimelineJS's `-500`
 * is EDTF `-0499`, and the cosmological `-13800000000` is `Y-13799999999`.
 */
import { daysInMonth, formatYear, pad } from './calendar';

/** A TimelineJS date: numbers, or numeric strings as many published files have them. */
export interface TimelineJsDate {
	year: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	millisecond?: number | string;
	display_date?: string;
}

/** One end of an EDTF date as read from a TimelineJS date. */
export interface ReadEnd {
	/** EDTF: `1961-08-13`, `-0499`, `Y-13799999999`, `2011-02-11T18:00`. */
	edtf: string;
}

/** What a TimelineJS date held that the contract cannot, for the import's notices. */
export interface DateLosses {
	yearZero: number;
	deepParts: number;
	milliseconds: number;
}

/** The ISO (astronomical) year of a TimelineJS year: BC years move up by one, as 1 BC is year 0. */
export function isoYear(timelineJsYear: number): number {
	return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
}

/** The TimelineJS year of an ISO year: year 0 is 1 BC, which TimelineJS writes -1. */
export function timelineJsYear(isoYear: number): number {
	return isoYear <= 0 ? isoYear - 1 : isoYear;
}

/**
 * Reads a TimelineJS date into one end of an EDTF date, checking each part; problems are pushed
 * with `at` (the date's JSON path) and the part, and undefined returned.
 *
 * @example
 * readTimelineJsDate({ year: '-500' }, '$.events[0].start_date', problems, losses); // { edtf: '-0499' }
 */
export function readTimelineJsDate(
	value: unknown,
	at: string,
	problems: string[],
	losses: DateLosses
): ReadEnd | undefined {
	if (!isObject(value)) {
		problems.push(
			`${at}: expected a date object such as {"year": 2014, "month": 6}, found ${kind(value)}`
		);
		return undefined;
	}
	let broken = false;
	const part = (name: string, min: number, max: number): number | undefined => {
		const raw = own(value, name);
		if (raw === undefined || raw === null || raw === '') return undefined;
		const n =
			typeof raw === 'number'
				? raw
				: typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw)
					? Number(raw)
					: NaN;
		if (!Number.isSafeInteger(n) || n < min || n > max) {
			const expected =
				name === 'year'
					? 'a year as a whole number (BC years negative, e.g. -500)'
					: `a whole number from ${min} to ${max}`;
			problems.push(`${at}.${name}: expected ${expected}, found ${JSON.stringify(raw)}`);
			broken = true;
		}
		return n;
	};
	// The contract's years, in TimelineJS's count (no year 0 between -1 and 1).
	const year = part('year', -999_999_999_999, 999_999_999_999);
	const month = part('month', 1, 12);
	const day = part('day', 1, 31);
	const hour = part('hour', 0, 23);
	const minute = part('minute', 0, 59);
	const second = part('second', 0, 59);
	const millisecond = part('millisecond', 0, 999);
	if (broken) return undefined;
	if (year === undefined) {
		problems.push(`${at}.year: expected a year, found nothing`);
		return undefined;
	}
	if (year === 0) losses.yearZero++;
	const y = isoYear(year);
	if (y < -9999 || y > 9999) {
		// EDTF states only the year of a year beyond four digits.
		if (month !== undefined || day !== undefined || hour !== undefined) losses.deepParts++;
		return { edtf: `Y${y}` };
	}
	const yyyy = formatYear(y);
	if (day !== undefined && month === undefined) {
		problems.push(`${at}.month: expected a month when a day is given, found nothing`);
		return undefined;
	}
	if (hour !== undefined && day === undefined) {
		problems.push(`${at}.day: expected a day when a time is given, found nothing`);
		return undefined;
	}
	if (month === undefined) return { edtf: yyyy };
	if (day === undefined) return { edtf: `${yyyy}-${pad(month)}` };
	if (day > daysInMonth(y, month)) {
		problems.push(`${at}.day: expected a day of ${yyyy}-${pad(month)}, found ${day}`);
		return undefined;
	}
	const date = `${yyyy}-${pad(month)}-${pad(day)}`;
	if (hour === undefined) {
		if (minute !== undefined || second !== undefined) {
			problems.push(`${at}.hour: expected an hour when a minute is given, found nothing`);
			return undefined;
		}
		return { edtf: date };
	}
	if (millisecond !== undefined) losses.milliseconds++;
	const seconds = second === undefined ? '' : `:${pad(second)}`;
	return { edtf: `${date}T${pad(hour)}:${pad(minute ?? 0)}${seconds}` };
}

/**
 * One end of an EDTF date as a TimelineJS date, at the parts it states; null when the end is not
 * of a shape TimelineJS can state (qualified, unspecified digits, a season or quarter).
 *
 * @example
 * timelineJsDate('-0499-03-15'); // { year: -500, month: 3, day: 15 }
 * timelineJsDate('Y-13799999999'); // { year: -13800000000 }
 */
export function timelineJsDate(end: string): TimelineJsDate | null {
	const deep = /^Y(-?\d+)$/.exec(end);
	if (deep) return { year: timelineJsYear(Number(deep[1])) };
	const match = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/.exec(end);
	if (!match) return null;
	const [, y, m, d, hour, minute, second] = match;
	const month = m === undefined ? undefined : Number(m);
	if (month !== undefined && (month < 1 || month > 12)) return null;
	const date: TimelineJsDate = { year: timelineJsYear(Number(y)) };
	if (month !== undefined) date.month = month;
	if (d !== undefined) date.day = Number(d);
	if (hour !== undefined) {
		date.hour = Number(hour);
		date.minute = Number(minute);
	}
	if (second !== undefined) date.second = Number(second);
	return date;
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property the object holds itself, never one inherited from its prototype; else undefined. */
export function own(value: unknown, key: string): unknown {
	return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function kind(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
