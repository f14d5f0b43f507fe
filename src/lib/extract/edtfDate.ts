/**
 * TIMEX3 values as EDTF dates with a precision, for the timeline. Values that name no stretch
 * of the calendar (durations, sets, PRESENT_REF, half-years) have none.
 */
import type { Precision } from '../data/schema';
import { addDays, formatDay, pad, weekStart } from '../data/calendar';

export interface EdtfDate {
	date: string;
	precision: Precision;
}

// Months of each season (northern hemisphere), as month intervals: the edtf library's own season
// codes (21-24) map spring to January-March, which no reader expects.
const SEASON_MONTHS: Record<string, [number, number]> = {
	SP: [3, 5],
	SU: [6, 8],
	FA: [9, 11],
	WI: [12, 2]
};

/**
 * @example
 * edtfOf('2024-W01'); // { date: '2024-01-01/2024-01-07', precision: 'week' }
 * edtfOf('199'); // { date: '199X', precision: 'decade' }
 */
export function edtfOf(value: string): EdtfDate | null {
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value))) return { date: m[1], precision: 'day' };
	if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
		const y = Number(m[1]);
		// ISO week 1 is the week with January 4th in it.
		const monday = addDays(weekStart({ y, m: 1, d: 4 }), (Number(m[2]) - 1) * 7);
		const first = m[3] ? addDays(monday, 5) : monday;
		return { date: `${formatDay(first)}/${formatDay(addDays(monday, 6))}`, precision: 'week' };
	}
	if (/^\d{4}-\d{2}$/.test(value)) return { date: value, precision: 'month' };
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
		const first = (Number(m[2]) - 1) * 3 + 1;
		return { date: `${m[1]}-${pad(first)}/${m[1]}-${pad(first + 2)}`, precision: 'quarter' };
	}
	if ((m = /^(\d{4})-H([12])$/.exec(value))) {
		// Half a year is its six months, as "from January to June" would be.
		return m[2] === '1'
			? { date: `${m[1]}-01/${m[1]}-06`, precision: 'month' }
			: { date: `${m[1]}-07/${m[1]}-12`, precision: 'month' };
	}
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const y = Number(m[1]);
		const [from, to] = SEASON_MONTHS[m[2]];
		const endYear = to < from ? y + 1 : y;
		return { date: `${y}-${pad(from)}/${pad(endYear, 4)}-${pad(to)}`, precision: 'season' };
	}
	if (/^\d{4}$/.test(value)) return { date: value, precision: 'year' };
	if (/^\d{3}$/.test(value)) return { date: `${value}X`, precision: 'decade' };
	if (/^\d{2}$/.test(value)) return { date: `${value}XX`, precision: 'century' };
	return null;
}
