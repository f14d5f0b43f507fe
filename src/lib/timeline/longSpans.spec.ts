import { describe, expect, it } from 'vitest';
import { apartInView, longSpans, mixesSpans } from './longSpans';

const DAY = 86_400_000;
const day = (d: number) => ({ start: d * DAY, end: (d + 1) * DAY, point: true });
const span = (from: number, days: number) => ({
	start: from * DAY,
	end: (from + days) * DAY,
	point: false
});

describe('longSpans', () => {
	it('sets apart the years, decades and centuries among the day-level news', () => {
		const spans = [span(0, 3653), day(5000), span(4800, 31), day(5001), span(4700, 365)];
		expect([...longSpans(spans)!]).toEqual([1, 0, 0, 0, 1]);
	});

	it('keeps a month, and anything shorter than a year, in the lanes', () => {
		expect(longSpans([span(0, 364), span(0, 31), day(3), day(4)])).toBeNull();
	});

	it('leaves a timeline made mostly of long spans as it is', () => {
		expect(longSpans([span(0, 365), span(400, 3653), day(5000)])).toBeNull();
		expect(longSpans([span(0, 365), day(5000)])).toBeNull();
		expect(longSpans([])).toBeNull();
	});
});

describe('apartInView', () => {
	// Three weeks seen, from day 100: a month and a quarter holding them, two days, a week.
	const spans = [span(90, 91), span(95, 31), day(105), day(110), span(108, 7)];
	const all = [0, 1, 2, 3, 4];
	const weeks: [number, number] = [100 * DAY, 121 * DAY];

	it('sets apart the spans longer than half the view, and only those', () => {
		expect([...apartInView(spans, all, weeks, null)!]).toEqual([1, 1, 0, 0, 0]);
	});

	it('sets nothing more apart at a view twice as long as the spans', () => {
		expect(apartInView(spans, all, [0, 200 * DAY], null)).toBeNull();
		const long = Uint8Array.of(0, 0, 0, 0, 1);
		expect(apartInView(spans, all, [0, 200 * DAY], long)).toBe(long);
	});

	it('keeps the long spans set apart, and adds to them without changing them', () => {
		const long = Uint8Array.of(0, 0, 0, 0, 1);
		expect([...apartInView(spans, all, weeks, long)!]).toEqual([1, 1, 0, 0, 1]);
		expect([...long]).toEqual([0, 0, 0, 0, 1]);
	});

	it('looks only at the events in view', () => {
		expect([...apartInView(spans, [1, 2], weeks, null)!]).toEqual([0, 1, 0, 0, 0]);
	});

	it('keeps in the lanes a view of spans only, which has nothing else to draw there', () => {
		expect(apartInView(spans, [0, 1], weeks, null)).toBeNull();
	});
});

describe('mixesSpans', () => {
	it('says whether the events hold both days and spans', () => {
		expect(mixesSpans([day(1), span(0, 31)])).toBe(true);
		expect(mixesSpans([day(1), day(2)])).toBe(false);
		expect(mixesSpans([span(0, 31), span(0, 91)])).toBe(false);
		expect(mixesSpans([])).toBe(false);
	});
});
