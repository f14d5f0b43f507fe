import { describe, expect, it } from 'vitest';
import { daysWithin, isCoarser } from './spans';

describe('daysWithin', () => {
	it('lists the days a week covers, and none for a span longer than a month', () => {
		expect(daysWithin('2025-03-03/2025-03-09')).toEqual([
			'2025-03-03',
			'2025-03-04',
			'2025-03-05',
			'2025-03-06',
			'2025-03-07',
			'2025-03-08',
			'2025-03-09'
		]);
		expect(daysWithin('2025-02')).toHaveLength(28);
		expect(daysWithin('2025')).toEqual([]);
		expect(daysWithin('not a date')).toEqual([]);
	});
});

describe('isCoarser', () => {
	it('holds for a week or a month around a day, not for the day itself or a week beside it', () => {
		expect(isCoarser('2025-03-03/2025-03-09', '2025-03-06')).toBe(true);
		expect(isCoarser('2025-03', '2025-03-31')).toBe(true);
		expect(isCoarser('2025-03-06', '2025-03-06')).toBe(false);
		expect(isCoarser('2025-03-10/2025-03-16', '2025-03-06')).toBe(false);
		expect(isCoarser('2025-03-06', '2025-03')).toBe(false);
	});
});
