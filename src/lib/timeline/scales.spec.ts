import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import {
	DAY,
	MIN_VISIBLE_MS,
	estimateTextWidth,
	fitDomain,
	publishedMs,
	scaleExtent,
	timeScale,
	transformFor,
	viewWindow,
	zoomAbout
} from './scales';

describe('timeScale', () => {
	it('maps time to pixels and back as d3’s scaleUtc does', () => {
		const domain: [number, number] = [Date.UTC(2014, 5, 1), Date.UTC(2024, 0, 9)];
		const ours = timeScale(domain, [0, 1280]);
		const d3 = scaleUtc().domain(domain).range([0, 1280]);
		for (const t of [domain[0], Date.UTC(2020, 0, 3), Date.UTC(2023, 9, 7), domain[1]]) {
			expect(ours(t)).toBeCloseTo(d3(t), 6);
		}
		for (const px of [0, 1, 640.5, 1280]) expect(ours.invert(px)).toBeCloseTo(+d3.invert(px), -1);
		expect(ours.domain()).toEqual(domain);
		expect(ours.range()).toEqual([0, 1280]);
	});

	it('maps every time to the left edge of a window of no length, and inverts to its start', () => {
		const x = timeScale([5, 5], [0, 100]);
		expect(x(1000)).toBe(0);
		expect(x.invert(50)).toBe(5);
	});
});

describe('viewWindow', () => {
	it('gives the window a zoom transform shows, as d3-zoom’s rescaleX does', () => {
		const base = timeScale([0, 100 * DAY], [0, 1000]);
		const t = zoomIdentity.translate(-500, 0).scale(4);
		const d3 = t.rescaleX(
			scaleUtc()
				.domain([0, 100 * DAY])
				.range([0, 1000])
		);
		const [from, to] = viewWindow(base, t, 1000);
		expect(from).toBeCloseTo(+d3.domain()[0], -1);
		expect(to).toBeCloseTo(+d3.domain()[1], -1);
		expect([from, to]).toEqual([12.5 * DAY, 37.5 * DAY]);
	});
});

describe('zoomAbout', () => {
	it('keeps what lies under the anchor where it is', () => {
		const from = zoomIdentity.translate(-200, 0).scale(2);
		const to = zoomAbout(from, 2, 300, 1000, [1, 100]);
		expect(to.k).toBe(4);
		expect(to.invertX(300)).toBeCloseTo(from.invertX(300), 9);
	});

	it('stays within the zoom’s bounds and keeps the view inside the domain', () => {
		expect(zoomAbout(zoomIdentity, 0.5, 500, 1000, [1, 100]).k).toBe(1);
		expect(zoomAbout(zoomIdentity.scale(80), 2, 500, 1000, [1, 100]).k).toBe(100);
		const atEdge = zoomAbout(zoomIdentity, 2, 0, 1000, [1, 100]);
		expect(atEdge.x).toBe(0);
		const pastEnd = zoomAbout(zoomIdentity.translate(-1000, 0).scale(2), 0.6, 1000, 1000, [1, 100]);
		expect(pastEnd.applyX(1000)).toBeGreaterThanOrEqual(1000 - 1e-9);
	});
});

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
	const base = timeScale([0, 100 * DAY], [0, 1000]);

	it('gives the transform whose rescaled scale shows the window asked for', () => {
		const t = transformFor(base, 10 * DAY, 20 * DAY);
		const [from, to] = viewWindow(base, t, 1000);
		expect(from).toBeCloseTo(10 * DAY, -3);
		expect(to).toBeCloseTo(20 * DAY, -3);
	});

	it('never zooms closer than a few hours', () => {
		const t = transformFor(base, 10 * DAY, 10 * DAY + 60_000);
		const [from, to] = viewWindow(base, t, 1000);
		expect(to - from).toBeCloseTo(MIN_VISIBLE_MS, -3);
		expect(t.k).toBe(scaleExtent([0, 100 * DAY])[1]);
	});

	it('keeps the window inside the domain', () => {
		const t = transformFor(base, 95 * DAY, 105 * DAY);
		const [, to] = viewWindow(base, t, 1000);
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
