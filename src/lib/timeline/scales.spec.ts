import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3';
import {
	DAY,
	MIN_VISIBLE_MS,
	estimateTextWidth,
	fitDomain,
	publishedMs,
	scaleExtent,
	transformFor
} from './scales';

describe('fitDomain', () => {
	it('adds a margin on both sides of the events', () => {
		const [from, to] = fitDomain(1000 * DAY, 2000 * DAY);
		expect(from).toBeLessThan(1000 * DAY);
		expect(to).toBeGreaterThan(2000 * DAY);
		expect((1000 * DAY - from) / (to - from)).toBeCloseTo(0.04 / 1.08, 5);
	});

	it('widens a single day to a week around it', () => {
		const [from, to] = fitDomain(0, 0);
		expect(to - from).toBe(7 * DAY);
	});
});

describe('transformFor', () => {
	const base = scaleUtc()
		.domain([0, 100 * DAY])
		.range([0, 1000]);

	it('gives the transform whose rescaled scale shows the window asked for', () => {
		const t = transformFor(base, 10 * DAY, 20 * DAY);
		const [from, to] = t.rescaleX(base).domain().map(Number);
		expect(from).toBeCloseTo(10 * DAY, -3);
		expect(to).toBeCloseTo(20 * DAY, -3);
	});

	it('never zooms closer than a few hours', () => {
		const t = transformFor(base, 10 * DAY, 10 * DAY + 60_000);
		const [from, to] = t.rescaleX(base).domain().map(Number);
		expect(to - from).toBeCloseTo(MIN_VISIBLE_MS, -3);
		expect(t.k).toBe(scaleExtent([0, 100 * DAY])[1]);
	});

	it('keeps the window inside the domain', () => {
		const t = transformFor(base, 95 * DAY, 105 * DAY);
		const [, to] = t.rescaleX(base).domain().map(Number);
		expect(to).toBeCloseTo(100 * DAY, -3);
	});
});

describe('publishedMs', () => {
	it('reads a stated clock time as written, not in the local zone', () => {
		expect(publishedMs('2024-01-08T10:19')).toBe(Date.UTC(2024, 0, 8, 10, 19));
		expect(publishedMs('2024-01-08')).toBe(Date.UTC(2024, 0, 8));
		expect(publishedMs('2024')).toBe(Date.UTC(2024, 0, 1));
	});

	it('returns NaN for something that is not a date', () => {
		expect(publishedMs('yesterday')).toBeNaN();
	});
});

describe('estimateTextWidth', () => {
	it('grows with the text and treats capitals as wider than narrow letters', () => {
		expect(estimateTextWidth('MMMM')).toBeGreaterThan(estimateTextWidth('iiii'));
		expect(estimateTextWidth('Hamas invades Israel')).toBeGreaterThan(100);
		expect(estimateTextWidth('Hamas invades Israel')).toBeLessThan(160);
	});
});
