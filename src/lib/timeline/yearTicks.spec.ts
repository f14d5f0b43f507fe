import { describe, expect, it } from 'vitest';
import { dayStart } from '$lib/data/calendar';
import { needsYearTicks, yearOf, yearStart, yearTicks } from './yearTicks';

describe('yearTicks', () => {
	it('labels the age of the universe in billions of years ago', () => {
		const { step, ticks } = yearTicks(yearStart(-13_900_000_000), yearStart(2000), 2400);
		expect(step).toBe(1_000_000_000);
		expect(ticks[0].label).toBe('13 billion years ago');
		expect(ticks.map((t) => t.label)).toContain('1 billion years ago');
		// Half as wide, every other one: their labels would not fit.
		expect(yearTicks(yearStart(-13_900_000_000), yearStart(2000), 1200).step).toBe(2e9);
		expect(ticks.at(-1)?.label).toBe('AD 2000');
	});

	it('labels antiquity in BC and AD, on round years of that count', () => {
		const { step, ticks } = yearTicks(yearStart(-1099), yearStart(1100), 500);
		expect(step).toBe(500);
		expect(ticks.map((t) => t.label)).toEqual(['1000 BC', '500 BC', 'AD 1', 'AD 500', '1000']);
		expect(ticks.map((t) => t.value)).toEqual(
			['-0999-01-01', '-0499-01-01', '0001-01-01', '0500-01-01', '1000-01-01'].map(dayStart)
		);
	});

	it('steps more finely as the reader zooms in, keeping labels apart', () => {
		const wide = yearTicks(yearStart(-300_000), yearStart(2000), 1200);
		const narrow = yearTicks(yearStart(-300_000), yearStart(-299_000), 1200);
		expect(narrow.step).toBeLessThan(wide.step);
		for (const { ticks } of [wide, narrow]) {
			expect(ticks.length).toBeGreaterThan(1);
			const apart = ticks.slice(1).map((t, i) => t.value - ticks[i].value);
			expect(new Set(apart.map((a) => Math.round(a / 1e9))).size).toBeLessThanOrEqual(2);
		}
	});

	it('places every tick within the window, in order', () => {
		for (const [from, to, width] of [
			[yearStart(-66_000_000), yearStart(-65_000_000), 390],
			[yearStart(1900), yearStart(2100), 390],
			[yearStart(-13_800_000_000), yearStart(5_000_000_000), 1280]
		]) {
			const { ticks } = yearTicks(from, to, width);
			expect(ticks.length).toBeGreaterThan(0);
			for (const [i, t] of ticks.entries()) {
				expect(t.value).toBeGreaterThanOrEqual(from);
				expect(t.value).toBeLessThanOrEqual(to);
				if (i) expect(t.value).toBeGreaterThan(ticks[i - 1].value);
			}
		}
	});
});

describe('needsYearTicks', () => {
	it('leaves a window of a few years to the calendar ticks, and takes deep time and centuries', () => {
		expect(needsYearTicks(dayStart('2020-01-01'), dayStart('2024-01-01'))).toBe(false);
		expect(needsYearTicks(dayStart('1500-01-01'), dayStart('2024-01-01'))).toBe(true);
		expect(needsYearTicks(yearStart(-13_800_000_000), yearStart(-13_799_999_999))).toBe(true);
	});

	it('reads the year of an instant in deep time as the calendar counts it', () => {
		expect(yearOf(yearStart(-13_799_999_999) + 1000)).toBe(-13_799_999_999);
	});
});
