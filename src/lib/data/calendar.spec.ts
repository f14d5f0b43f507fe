import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	formatWeek,
	isoWeek,
	isoWeekday,
	parseDay,
	weekStart
} from './calendar';

describe('calendar (UTC, whatever the machine time zone)', () => {
	it('numbers ISO weeks: January 1, 2024 (a Monday) starts 2024-W01', () => {
		expect(isoWeek({ y: 2024, m: 1, d: 1 })).toEqual({ year: 2024, week: 1 });
		expect(formatWeek({ y: 2024, m: 1, d: 7 })).toBe('2024-W01');
	});

	it('puts the first days of January in the last ISO week of the year before when due', () => {
		expect(formatWeek({ y: 2021, m: 1, d: 3 })).toBe('2020-W53');
		expect(formatWeek({ y: 2019, m: 12, d: 30 })).toBe('2020-W01');
	});

	it('finds the Monday of a week and the day of the week', () => {
		expect(weekStart({ y: 2024, m: 1, d: 5 })).toEqual({ y: 2024, m: 1, d: 1 });
		expect(isoWeekday({ y: 2024, m: 1, d: 8 })).toBe(1);
		expect(isoWeekday({ y: 2024, m: 1, d: 7 })).toBe(7);
	});

	it('adds days and months across year ends and leap days', () => {
		expect(addDays({ y: 2024, m: 1, d: 8 }, -8)).toEqual({ y: 2023, m: 12, d: 31 });
		expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
		expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
	});

	it('parses the day of an ISO date-time and ignores its time', () => {
		expect(parseDay('2024-01-08T10:19')).toEqual({ y: 2024, m: 1, d: 8 });
		expect(parseDay('January 8')).toBeNull();
	});
});
