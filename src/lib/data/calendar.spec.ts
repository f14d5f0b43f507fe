import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	calendarProblem,
	compareDays,
	daysInMonth,
	dayEnd,
	dayStart,
	FIRST_YEAR,
	formatDay,
	formatMonth,
	formatYear,
	ISO_DAY,
	LAST_YEAR,
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

	it('tells a day of years 0000-9999 real exactly when JavaScript’s own calendar has it', () => {
		const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
		const year = fc.integer({ min: 0, max: 9999 });
		fc.assert(
			fc.property(year, two, two, (y, m, d) => {
				const day = `${String(y).padStart(4, '0')}-${m}-${d}`;
				const date = new Date(0);
				date.setUTCFullYear(y, Number(m) - 1, Number(d));
				const real = date.toISOString().slice(0, 10) === day;
				expect(calendarProblem(day) === null).toBe(real);
			}),
			{ numRuns: 3000 }
		);
	});

	it('writes and reads back the days of year 44 without moving them to 1944', () => {
		expect(isoDay(dayStart('0044-03-15'))).toBe('0044-03-15');
		expect(formatDay(addDays({ y: 44, m: 2, d: 28 }, 1))).toBe('0044-02-29');
	});
});

describe('the calendar before year 1 and after 9999 (deep time)', () => {
	it('numbers years as ISO 8601 and EDTF do: year 0 is 1 BC, -0499 is 500 BC', () => {
		expect(calendarProblem('0000-02-29')).toBeNull();
		expect(calendarProblem('-0499-03-15')).toBeNull();
		expect(calendarProblem('-0001-02-29')).toBe('February -1 has 28 days');
		expect(calendarProblem('-0004-02-29')).toBeNull();
		expect(calendarProblem('12000-01-01')).toBeNull();
		expect(calendarProblem('-13799999999-01-01')).toBeNull();
	});

	it('refuses a year written two ways, and one beyond the contract’s trillion years', () => {
		expect(calendarProblem('-0000-01-01')).toBe('the year -0000 is written 0000');
		expect(ISO_DAY.test('00123-01-01')).toBe(false);
		expect(ISO_DAY.test('2024-01-01')).toBe(true);
		expect(ISO_DAY.test('-13799999999-12-31')).toBe(true);
		expect(calendarProblem(`${LAST_YEAR + 1}-01-01`)).toBe(
			`the year ${LAST_YEAR + 1} is outside ${FIRST_YEAR} to ${LAST_YEAR}`
		);
		expect(isoParts(`${FIRST_YEAR}-01`)).toEqual({ year: FIRST_YEAR, month: 1 });
	});

	it('counts days exactly across the whole range, as JavaScript’s own calendar does where it reaches', () => {
		fc.assert(
			fc.property(
				fc.integer({
					min: -8_640_000_000_000_000 / 86_400_000,
					max: 8_640_000_000_000_000 / 86_400_000 - 1
				}),
				(days) => {
					const ms = days * 86_400_000;
					const js = new Date(ms);
					const day = isoDay(ms);
					expect(parseDay(day)).toEqual({
						y: js.getUTCFullYear(),
						m: js.getUTCMonth() + 1,
						d: js.getUTCDate()
					});
					expect(dayStart(day)).toBe(ms);
				}
			)
		);
	});

	it('writes and reads back the days of years far beyond JavaScript’s dates', () => {
		for (const day of ['-13799999999-01-01', '-13799999999-12-31', '999999999999-12-31']) {
			expect(isoDay(dayStart(day))).toBe(day);
			expect(dayEnd(day)).toBeGreaterThan(dayStart(day));
			expect(dayEnd(day)).toBe(dayStart(isoDay(dayEnd(day))));
		}
		expect(dayStart('-13799999999-12-31')).toBeLessThan(dayStart('-13799999998-01-01'));
	});

	it('orders days by the calendar, not as text', () => {
		const days = ['2024-01-01', '-0499-03-15', '12000-01-01', '0000-12-31', '-13799999999-01-01'];
		expect([...days].sort(compareDays)).toEqual([
			'-13799999999-01-01',
			'-0499-03-15',
			'0000-12-31',
			'2024-01-01',
			'12000-01-01'
		]);
		expect(compareDays('2024-01-02', '2024-01-02')).toBe(0);
	});

	it('writes years with their sign, four digits at least', () => {
		expect(formatDay({ y: -44, m: 3, d: 15 })).toBe('-0044-03-15');
		expect(formatYear(0)).toBe('0000');
		expect(formatYear(-13799999999)).toBe('-13799999999');
		expect(formatMonth(12000, 1)).toBe('12000-01');
	});
});
