import { describe, expect, it } from 'vitest';
import { axisContext, axisTicks, tickLabel } from './ticks';

const utc = (y: number, m = 1, d = 1, h = 0) => Date.UTC(y, m - 1, d, h);

describe('axisTicks', () => {
	it('labels a decade with years', () => {
		const { unit, ticks } = axisTicks(utc(2014), utc(2024), 1000);
		expect(unit).toBe('year');
		expect(ticks[0].label).toBe('2014');
		expect(ticks.at(-1)!.label).toBe('2024');
	});

	it('uses fewer, coarser ticks on a narrow screen', () => {
		const wide = axisTicks(utc(2014), utc(2024), 1200).ticks.length;
		const narrow = axisTicks(utc(2014), utc(2024), 200).ticks.length;
		expect(narrow).toBeLessThan(wide);
		expect(narrow).toBeLessThanOrEqual(200 / 48 + 1);
	});

	it('labels a month in days, in AP style, in UTC whatever the local zone', () => {
		const { unit, ticks } = axisTicks(utc(2024, 1, 1), utc(2024, 1, 10), 1000);
		expect(unit).toBe('day');
		expect(ticks[0].label).toBe('2024');
		expect(ticks[4].label).toBe('Jan. 5');
	});

	it('goes down to hours, written as a person would', () => {
		const { unit, ticks } = axisTicks(utc(2024, 1, 5, 0), utc(2024, 1, 5, 12), 1000);
		expect(unit).toBe('hour');
		expect(ticks.map((t) => t.label).slice(0, 4)).toEqual(['Jan. 5', '1 a.m.', '2 a.m.', '3 a.m.']);
		expect(ticks.at(-1)!.label).toBe('noon');
	});

	it('marks the start of a year as major when ticking months', () => {
		const { ticks } = axisTicks(utc(2023, 6), utc(2024, 6), 1000);
		const january = ticks.find((t) => t.label === '2024');
		expect(january?.major).toBe(true);
		expect(ticks.find((t) => t.label === 'Sept.')?.major).toBe(false);
	});
});

describe('tickLabel and axisContext', () => {
	it('spells March to July in full and abbreviates September as Sept.', () => {
		expect(tickLabel(utc(2024, 3), 'month')).toBe('March');
		expect(tickLabel(utc(2024, 9), 'month')).toBe('Sept.');
	});

	it('gives the year as context for days and the full date for hours', () => {
		expect(axisContext(utc(2024, 1, 5), 'day')).toBe('2024');
		expect(axisContext(utc(2024, 1, 5, 3), 'hour')).toBe('Jan. 5, 2024');
		expect(axisContext(utc(2024), 'year')).toBe('');
	});
});
