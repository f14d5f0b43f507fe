import { describe, expect, it } from 'vitest';
import { timelineContext, timelineTicks } from './timelineTicks';
import { yearStart } from './yearTicks';

describe('timelineTicks', () => {
	it('names years before AD 1000 as a reader says them, never as bare numbers', () => {
		const labels = timelineTicks(yearStart(-700), yearStart(100), 1200).ticks.map((t) => t.label);
		expect(labels.length).toBeGreaterThan(3);
		expect(labels.some((l) => / BC$/.test(l))).toBe(true);
		expect(labels.every((l) => !/^-?\d{1,3}$/.test(l) && !l.startsWith('-'))).toBe(true);
	});

	it('keeps four-digit years and calendar labels as they were', () => {
		const labels = timelineTicks(Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1), 1000).ticks.map(
			(t) => t.label
		);
		expect(labels).toContain('2014');
		expect(labels).toContain('2024');
	});

	it('ticks deep time, beyond what a Date holds, in years ago', () => {
		const { unit, ticks } = timelineTicks(yearStart(-13_900_000_000), yearStart(2000), 1200);
		expect(unit).toBe('year');
		expect(ticks.some((t) => / billion years ago$/.test(t.label))).toBe(true);
	});

	it('says the year a month axis leaves unsaid, and nothing for deep time', () => {
		expect(timelineContext(yearStart(79) + 200 * 86_400_000, 'month')).toBe('AD 79');
		expect(timelineContext(Date.UTC(2023, 5, 1), 'month')).toBe('2023');
		expect(timelineContext(yearStart(-4_000_000_000), 'year')).toBe('');
	});
});
