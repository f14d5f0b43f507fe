import { describe, expect, it } from 'vitest';
import { estimateTextWidth, timeScale } from './scales';
import { contextInstant, stripLabels, timelineContext, timelineTicks } from './timelineTicks';
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

describe('contextInstant', () => {
	const HOUR = 3_600_000;
	const from = Date.UTC(2023, 11, 31, 20);
	// Ticks every three hours from 21:00 on Dec. 31, 2023; the label stands at 22:30.
	const ticks = [1, 4, 7, 10].map((h) => ({ value: from + h * HOUR, major: h === 4 }));
	const at = from + 2.5 * HOUR;
	const day = (t: number) => timelineContext(t, 'hour');

	it('names the day of the hours labelled after it when a midnight passes under the label', () => {
		// Midnight (the second tick) lies under the label: 3 a.m. is the first labelled.
		const instant = contextInstant(ticks, [false, false, true, true], at);
		expect(day(instant)).toBe(day(Date.UTC(2024, 0, 1)));
		expect(day(at)).not.toBe(day(instant));
	});

	it('names the day where it stands when the first tick labelled is a midnight, which names its own day', () => {
		expect(contextInstant(ticks, [false, true, true, true], at)).toBe(at);
	});

	it('names the day where it stands when no tick is labelled', () => {
		expect(contextInstant(ticks, [false, false, false, false], at)).toBe(at);
	});
});

describe('stripLabels', () => {
	const measure = (label: string) => estimateTextWidth(label, 10);

	it('keeps every label of a phone-wide strip inside it, the last pulled in from the edge', () => {
		for (const [from, to] of [
			[-3000, 2000],
			[-700, 2000],
			[1900, 2024]
		]) {
			const width = 356;
			const domain: [number, number] = [yearStart(from), yearStart(to)];
			const x = timeScale(domain, [0, width]);
			const ticks = timelineTicks(...domain, width * 0.6).ticks.map((t) => ({
				x: x(t.value),
				label: t.label
			}));
			const placed = stripLabels(ticks, width, measure);
			expect(placed.length).toBeGreaterThan(1);
			for (const t of placed) {
				expect(t.x).toBeGreaterThanOrEqual(0);
				expect(t.x + measure(t.label), `${t.label} of ${from} to ${to}`).toBeLessThanOrEqual(width);
			}
			placed.slice(1).forEach((t, i) => {
				expect(t.x).toBeGreaterThan(placed[i].x + measure(placed[i].label));
			});
		}
	});

	it('pulls a label at the right edge in to end there, and leaves out one it would then meet', () => {
		const width = 390;
		const placed = stripLabels(
			[
				{ x: 10, label: '1990' },
				{ x: 340, label: 'AD 2000' },
				{ x: 385, label: 'AD 2010' }
			],
			width,
			measure
		);
		expect(placed.map((t) => t.label)).toEqual(['1990', 'AD 2000']);
		expect(placed[1].x).toBe(343);
		const last = stripLabels([{ x: 385, label: 'AD 2010' }], width, measure)[0];
		expect(last.x + measure('AD 2010')).toBe(width);
	});
});
