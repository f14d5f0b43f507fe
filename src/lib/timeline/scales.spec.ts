import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import {
	DAY,
	MIN_VISIBLE_MS,
	clampWindow,
	easeCubicInOut,
	estimateTextWidth,
	interpolateWindow,
	fitDomain,
	publishedMs,
	sameWindow,
	timeScale,
	zoomWindow
} from './scales';
import { scaleExtent, transformFor, windowOf } from './transforms';

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

describe('clampWindow', () => {
	const domain: [number, number] = [0, 100 * DAY];

	it('keeps a window that fits as it is', () => {
		expect(clampWindow([10 * DAY, 20 * DAY], domain)).toEqual([10 * DAY, 20 * DAY]);
	});

	it('never zooms closer than a few hours, about the same centre', () => {
		const [from, to] = clampWindow([10 * DAY, 10 * DAY + 60_000], domain);
		expect(to - from).toBe(MIN_VISIBLE_MS);
		expect((from + to) / 2).toBe(10 * DAY + 30_000);
	});

	it('keeps the window inside the domain, and no wider than it', () => {
		expect(clampWindow([95 * DAY, 105 * DAY], domain)).toEqual([90 * DAY, 100 * DAY]);
		expect(clampWindow([-50 * DAY, 300 * DAY], domain)).toEqual(domain);
	});

	it('gives the whole domain for a window that is not one', () => {
		expect(clampWindow([NaN, NaN], domain)).toEqual(domain);
		expect(clampWindow([5, 1], domain)).toEqual(domain);
	});
});

describe('zoomWindow', () => {
	const domain: [number, number] = [0, 100 * DAY];

	it('keeps the time it zooms about where it is in the view', () => {
		const before: [number, number] = [20 * DAY, 60 * DAY];
		const about = 30 * DAY;
		const after = zoomWindow(before, 2, about, domain);
		expect(after[1] - after[0]).toBe(20 * DAY);
		const share = (w: [number, number]) => (about - w[0]) / (w[1] - w[0]);
		expect(share(after)).toBeCloseTo(share(before), 12);
	});

	it('stays within the zoom’s bounds and the domain', () => {
		expect(zoomWindow([0, 100 * DAY], 0.5, 50 * DAY, domain)).toEqual(domain);
		const close = zoomWindow([0, 4 * 3_600_000], 4, 0, domain);
		expect(close[1] - close[0]).toBe(MIN_VISIBLE_MS);
		expect(close[0]).toBe(0);
	});
});

describe('interpolateWindow', () => {
	it('moves the centre in step and changes the span by an even ratio, ending exactly on the target', () => {
		const between = interpolateWindow([0, 1000], [400, 410]);
		const at = (t: number) => between(t);
		const centre = (w: [number, number]) => (w[0] + w[1]) / 2;
		const span = (w: [number, number]) => w[1] - w[0];
		expect(at(0)).toEqual([0, 1000]);
		expect(at(1)).toEqual([400, 410]);
		expect(centre(at(0.5))).toBeCloseTo(452.5, 9);
		expect(span(at(0.5))).toBeCloseTo(100, 9);
		expect(span(at(0.25)) / span(at(0))).toBeCloseTo(span(at(0.5)) / span(at(0.25)), 9);
	});
});

describe('easeCubicInOut', () => {
	it('starts and ends slowly, through the middle at half way', () => {
		expect([0, 0.5, 1].map(easeCubicInOut)).toEqual([0, 0.5, 1]);
		expect(easeCubicInOut(0.1)).toBeCloseTo(0.004, 9);
		expect(easeCubicInOut(0.9)).toBeCloseTo(0.996, 9);
	});
});

describe('sameWindow', () => {
	it('tells windows apart by half a pixel at either end', () => {
		const w: [number, number] = [0, 1000];
		expect(sameWindow([0.4, 1000.4], w, 1000)).toBe(true);
		expect(sameWindow([0.6, 1000], w, 1000)).toBe(false);
	});
});

describe('transformFor and windowOf', () => {
	const domain: [number, number] = [0, 100 * DAY];

	it('give the d3-zoom transform that shows a window, and the window a transform shows', () => {
		const t = transformFor([10 * DAY, 20 * DAY], domain, 1000);
		expect(t.k).toBeCloseTo(10, 12);
		const [from, to] = windowOf(t, domain, 1000);
		expect(from).toBeCloseTo(10 * DAY, -1);
		expect(to).toBeCloseTo(20 * DAY, -1);
	});

	it('agree with d3-zoom’s own rescaleX on d3’s scaleUtc', () => {
		const t = zoomIdentity.translate(-500, 0).scale(4);
		const d3 = t.rescaleX(scaleUtc().domain(domain).range([0, 1000]));
		const [from, to] = windowOf(t, domain, 1000);
		expect(from).toBeCloseTo(+d3.domain()[0], -1);
		expect(to).toBeCloseTo(+d3.domain()[1], -1);
	});

	it('bound the zoom from the whole domain down to a few hours', () => {
		expect(scaleExtent(domain)).toEqual([1, (100 * DAY) / MIN_VISIBLE_MS]);
		const closest = transformFor([10 * DAY, 10 * DAY + 1], domain, 1000);
		expect(closest.k).toBeCloseTo(scaleExtent(domain)[1], 9);
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
