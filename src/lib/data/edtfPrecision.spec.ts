import { describe, expect, it } from 'vitest';
import { precisionOf } from './edtfPrecision';

describe('precisionOf', () => {
	it('reads the precision each EDTF shape states', () => {
		expect(
			['2014', '2020-01', '2023-10-07', '201X', '19XX', '2023-21', '2023-34', '2020~'].map(
				precisionOf
			)
		).toEqual(['year', 'month', 'day', 'decade', 'century', 'season', 'quarter', 'year']);
	});

	it('knows an interval as finely as its coarser end', () => {
		expect(precisionOf('2024-01-01/2024-01-07')).toBe('week');
		expect(precisionOf('2024-01-05/2024-01-05')).toBe('day');
		expect(precisionOf('2014-03/2014-05')).toBe('month');
		expect(precisionOf('2014-06-05/2015')).toBe('year');
		expect(precisionOf('2014/2015-06-05')).toBe('year');
		expect(precisionOf('2014-06-05/2014-08')).toBe('month');
	});
});

describe('precisionOf in deep time and to the minute', () => {
	it('reads years before 1 and EDTF Y years as years, and times of day as minutes', () => {
		expect(
			[
				'-0499',
				'-0499-03',
				'-0499-03-15',
				'Y-13799999999',
				'Y12000',
				'2011-02-11T18:00',
				'2011-02-11T18:00:30',
				'2011-02-11T18:00/2011-02-11T20:30',
				'2011-02-11T18:00/2011-02-12'
			].map(precisionOf)
		).toEqual(['year', 'month', 'day', 'year', 'year', 'minute', 'minute', 'minute', 'week']);
	});
});
