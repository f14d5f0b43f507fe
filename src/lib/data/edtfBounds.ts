/**
 * EDTF → the days it covers. The `edtf` library is the one reader of EDTF here, so the extractor,
 * the validator and the editors agree on what `2014`, `2020-01`, `201X` or
 * `2024-01-01/2024-01-07` cover. Kept apart from `partialDate.ts` so that the reader's page,
 * which only draws and labels dates already bounded at build time, never loads the parser.
 */
import edtf from 'edtf';
import { compareDays, daysInMonth, formatDay, isoDay } from './calendar';

/** Inclusive first and last day (`YYYY-MM-DD`) that an EDTF date covers. */
export interface DayBounds {
	start: string;
	end: string;
}

/**
 * The days an EDTF date covers, inclusive.
 *
 * @example
 * boundsOf('2024-01-01/2024-01-07'); // { start: '2024-01-01', end: '2024-01-07' }
 * boundsOf('201X'); // { start: '2010-01-01', end: '2019-12-31' }
 * @throws Error when the string is not EDTF the library can bound (open intervals included).
 */
export function boundsOf(date: string): DayBounds {
	const plain = plainBounds(date);
	if (plain) return plain;
	let bounds = PARSED.get(date);
	if (!bounds) {
		const parsed = edtf(date) as { min: number; max: number };
		if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) {
			throw new Error(`EDTF date ${JSON.stringify(date)} has no finite bounds`);
		}
		bounds = { start: isoDay(parsed.min), end: isoDay(parsed.max) };
		if (PARSED.size >= 10_000) PARSED.clear();
		PARSED.set(date, bounds);
	}
	return { ...bounds };
}

// The parser's answers, remembered: it is the slowest step of extraction and of validating a
// large dataset, and dates repeat (the same decades, seasons and qualified years recur).
const PARSED = new Map<string, DayBounds>();

// A year (four digits, signed before year 1), month, day, or day and time of day as stated.
const PLAIN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;
// An EDTF Y year: more than four digits, which only a year can state (`Y-13799999999`).
const Y_YEAR = /^Y(-?[1-9]\d{4,})$/;

/** One end of a plain date: the days it covers and, for a time of day, its minute of the day. */
interface PlainEnd extends DayBounds {
	time?: string;
}

/**
 * Bounds of the plain shapes (`2014`, `2020-01`, `2023-10-07`, `-0499`, `Y-13799999999`,
 * `2011-02-11T18:00` and intervals of them) by calendar arithmetic: the parser costs about
 * 0.1 ms a date, which a 10,000-event dataset loaded with `?src=` would pay in full, and it
 * cannot reach the years beyond JavaScript's dates. Anything else (qualifiers, unspecified
 * digits, seasons, a day that is not real) returns null and goes to the parser.
 *
 * @throws Error for a plain shape that cannot be a date: a time past 23:59:59, an interval
 *   that ends before it starts.
 */
function plainBounds(date: string): DayBounds | null {
	const slash = date.indexOf('/');
	if (slash < 0) {
		const end = plainEnd(date);
		return end && { start: end.start, end: end.end };
	}
	const from = plainEnd(date.slice(0, slash));
	const to = plainEnd(date.slice(slash + 1));
	if (!from || !to) return null;
	const order = compareDays(from.start, to.start);
	const backwards =
		compareDays(from.start, to.end) > 0 ||
		(order === 0 && from.time !== undefined && to.time !== undefined && from.time > to.time);
	if (backwards) throw new Error(`EDTF interval ${JSON.stringify(date)} ends before it starts`);
	return { start: from.start, end: to.end };
}

function plainEnd(date: string): PlainEnd | null {
	const deep = Y_YEAR.exec(date);
	if (deep) return yearBounds(Number(deep[1]));
	const match = PLAIN.exec(date);
	if (!match) return null;
	const [, y, m, d, hour, minute, second] = match;
	const year = Number(y);
	if (y === '-0000') return null;
	if (m === undefined) return yearBounds(year);
	const month = Number(m);
	if (month < 1 || month > 12) return null;
	const lastDay = daysInMonth(year, month);
	if (d === undefined)
		return {
			start: formatDay({ y: year, m: month, d: 1 }),
			end: formatDay({ y: year, m: month, d: lastDay })
		};
	const day = Number(d);
	if (day < 1 || day > lastDay) return null;
	const at = `${y}-${m}-${d}`;
	if (hour === undefined) return { start: at, end: at };
	if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)
		throw new Error(`EDTF date ${JSON.stringify(date)} has a time that is not on the clock`);
	return { start: at, end: at, time: `${hour}:${minute}:${second ?? '00'}` };
}

function yearBounds(year: number): DayBounds {
	return { start: formatDay({ y: year, m: 1, d: 1 }), end: formatDay({ y: year, m: 12, d: 31 }) };
}
