import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	daysInMonth,
	dayStart,
	formatDay,
	formatWeek,
	isoDay,
	isoParts,
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

describe('the calendar of every year from 1', () => {
	it('counts the days of February by the Gregorian rule, in years 1-99 too', () => {
		expect([4, 100, 400, 1900, 2000, 2023, 2024].map((y) => daysInMonth(y, 2))).toEqual([
			29, 28, 29, 28, 29, 28, 29
		]);
	});

	it('reads the parts an ISO date-time states, its zone as minutes from UTC', () => {
		expect(isoParts('2024-01-08T10:19:05.5-05:30')).toEqual({
			year: 2024,
			month: 1,
			day: 8,
			hour: 10,
			minute: 19,
			second: 5,
			offset: -330
		});
		expect(isoParts('2024-01')).toEqual({ year: 2024, month: 1 });
		expect(isoParts('2024-01-08 10:19')).toBeNull();
	});

	it('writes and reads back the days of year 44 without moving them to 1944', () => {
		expect(isoDay(dayStart('0044-03-15'))).toBe('0044-03-15');
		expect(formatDay(addDays({ y: 44, m: 2, d: 28 }, 1))).toBe('0044-02-29');
	});
});
