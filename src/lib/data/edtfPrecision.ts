/**
 * The precision an EDTF date states, for dates typed or imported by people (the editor's date
 * field, a CSV row without a precision, an editor's correction, a TimelineJS slide). The one
 * place precision is read from a date's shape. Pure.
 */
import { boundsOf } from './edtfBounds';
import type { Precision } from './partialDate';

/**
 * The precision an EDTF date's shape suggests: `2014` a year, `2020-01` a month, and so on. An
 * interval is known as finely as its coarser end: days a week apart are a week, `2014/2014-06-05`
 * a year.
 *
 * @example
 * precisionOf('2024-01-01/2024-01-07'); // 'week'
 * @throws Error when an interval has no finite bounds.
 */
export function precisionOf(date: string): Precision {
	const d = date.trim().replace(/[~?%]$/, '');
	if (d.includes('/')) {
		const ends = d.split('/');
		if (ends.every((end) => TIME.test(end))) return 'minute';
		const { start, end } = boundsOf(d);
		const parts = Math.min(...ends.map(partsOf));
		if (parts >= 3) return start === end ? 'day' : 'week';
		if (parts === 2) return 'month';
		return 'year';
	}
	if (TIME.test(d)) return 'minute';
	if (/^Y-?\d+$/.test(d)) return 'year';
	if (/^\d{2}XX$|^\d{2}$/.test(d)) return 'century';
	if (/^\d{3}X$/.test(d)) return 'decade';
	if (/^-?\d{4}$/.test(d)) return 'year';
	if (/^-?\d{4}-(2[1-4])$/.test(d)) return 'season';
	if (/^-?\d{4}-(3[3-6])$/.test(d)) return 'quarter';
	if (/^-?\d{4}-\d{2}$/.test(d)) return 'month';
	return 'day';
}

// A day and a time of day, as stated (no zone: a time is the local time of where it happened).
const TIME = /^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** How many of year, month and day an interval's end states (`Y-13799999999` only its year). */
function partsOf(end: string): number {
	return end.startsWith('Y') ? 1 : end.replace(/^-/, '').replace(/T.*$/, '').split('-').length;
}
