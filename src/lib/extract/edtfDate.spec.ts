import { describe, expect, it } from 'vitest';
import { boundsOf } from '../data/edtfBounds';
import { edtfOf } from './edtfDate';

describe('edtfOf', () => {
	it.each([
		['2024-01-05', '2024-01-05', 'day', '2024-01-05', '2024-01-05'],
		['2024-01-05T10:19', '2024-01-05', 'day', '2024-01-05', '2024-01-05'],
		['2024-W01', '2024-01-01/2024-01-07', 'week', '2024-01-01', '2024-01-07'],
		['2020-W53', '2020-12-28/2021-01-03', 'week', '2020-12-28', '2021-01-03'],
		['2024-W01-WE', '2024-01-06/2024-01-07', 'week', '2024-01-06', '2024-01-07'],
		['2020-01', '2020-01', 'month', '2020-01-01', '2020-01-31'],
		['2023-Q3', '2023-07/2023-09', 'quarter', '2023-07-01', '2023-09-30'],
		// A half year ("H1 2024", "the first half of 2024") spans its six months.
		['2024-H1', '2024-01/2024-06', 'month', '2024-01-01', '2024-06-30'],
		['2024-H2', '2024-07/2024-12', 'month', '2024-07-01', '2024-12-31'],
		['2024-SP', '2024-03/2024-05', 'season', '2024-03-01', '2024-05-31'],
		['2023-WI', '2023-12/2024-02', 'season', '2023-12-01', '2024-02-29'],
		['2014', '2014', 'year', '2014-01-01', '2014-12-31'],
		['201', '201X', 'decade', '2010-01-01', '2019-12-31'],
		['19', '19XX', 'century', '1900-01-01', '1999-12-31']
	])('reads TIMEX3 %s as EDTF %s (%s), covering %s to %s', (value, date, precision, start, end) => {
		expect(edtfOf(value)).toEqual({ date, precision });
		expect(boundsOf(date)).toEqual({ start, end });
	});

	it.each(['PRESENT_REF', 'PAST_REF', 'P3D', 'XXXX-WXX-1', '1989-H3', ''])(
		'draws no date for %j',
		(value) => {
			expect(edtfOf(value)).toBeNull();
		}
	);
});
