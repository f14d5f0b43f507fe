/**
 * The precision an EDTF date states, for dates typed by people (the editor's date field, a CSV
 * row without a precision). Pure.
 */
import { boundsOf } from './edtfBounds';
import type { Precision } from './schema';

/**
 * The precision an EDTF date's shape suggests: `2014` a year, `2020-01` a month, and so on.
 *
 * @example
 * precisionOf('2024-01-01/2024-01-07'); // 'week'
 * @throws Error when an interval has no finite bounds.
 */
export function precisionOf(date: string): Precision {
	const d = date.trim().replace(/[~?%]$/, '');
	if (d.includes('/')) {
		const { start, end } = boundsOf(d);
		const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
		const parts = d.split('/')[0].split('-').length;
		if (parts >= 3) return days <= 1 ? 'day' : 'week';
		if (parts === 2) return 'month';
		return 'year';
	}
	if (/^\d{2}XX$|^\d{2}$/.test(d)) return 'century';
	if (/^\d{3}X$/.test(d)) return 'decade';
	if (/^-?\d{4}$/.test(d)) return 'year';
	if (/^\d{4}-(2[1-4])$/.test(d)) return 'season';
	if (/^\d{4}-(3[3-6])$/.test(d)) return 'quarter';
	if (/^\d{4}-\d{2}$/.test(d)) return 'month';
	return 'day';
}
