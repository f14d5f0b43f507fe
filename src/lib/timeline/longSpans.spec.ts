import { describe, expect, it } from 'vitest';
import { longSpans } from './longSpans';

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
