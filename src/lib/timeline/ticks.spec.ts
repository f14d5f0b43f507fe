import { describe, expect, it } from 'vitest';
import { axisContext, axisTicks, placeTickLabels, tickLabel } from './ticks';

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

describe('placeTickLabels', () => {
	const box = (x: number, width = 30, major = false) => ({ x, width, major });

	it('shows every label when they are well apart', () => {
		expect(placeTickLabels([box(10), box(60), box(110)], 0, 200)).toEqual([true, true, true]);
	});

	it('drops a label that would touch its neighbour, keeping the major one', () => {
		expect(placeTickLabels([box(10), box(35, 30, true), box(100)], 0, 200)).toEqual([
			false,
			true,
			true
		]);
	});

	it('drops labels that would be clipped at either edge', () => {
		expect(placeTickLabels([box(-5), box(50), box(180)], 0, 200)).toEqual([false, true, false]);
	});

	it('never leaves two shown labels closer than the gap, whatever the spacing', () => {
		const labels = Array.from({ length: 40 }, (_, i) => box(i * 17, 28 + (i % 3) * 5, i % 5 === 0));
		const shown = labels.filter((_, i) => placeTickLabels(labels, 0, 600)[i]);
		shown.sort((a, b) => a.x - b.x);
		for (let i = 1; i < shown.length; i++)
			expect(shown[i].x).toBeGreaterThanOrEqual(shown[i - 1].x + shown[i - 1].width + 8);
		expect(shown.length).toBeGreaterThan(5);
	});
});
