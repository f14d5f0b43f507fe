import { describe, expect, it } from 'vitest';
import { clusterRest, defaultBadgeWidth, fitRow } from './clusters';

describe('defaultBadgeWidth', () => {
	it('makes room for the digits and thousands separators of the count', () => {
		expect(defaultBadgeWidth(1)).toBe(22 + 7.5);
		expect(defaultBadgeWidth(999)).toBe(22 + 7.5 * 3);
		expect(defaultBadgeWidth(1234)).toBe(22 + 7.5 * '1,234'.length);
		expect(defaultBadgeWidth(100000)).toBe(22 + 7.5 * '100,000'.length);
		for (const count of [9, 10, 99, 100, 999, 1000, 9999, 10_000, 999_999, 1_000_000])
			expect(defaultBadgeWidth(count)).toBe(22 + 7.5 * count.toLocaleString('en-US').length);
	});
});

describe('fitRow', () => {
	it('moves a badge cut by an edge inside it, and leaves one inside where it is', () => {
		const row = fitRow(
			[
				{ x: -20, width: 60 },
				{ x: 400, width: 60 },
				{ x: 970, width: 60 }
			],
			1000
		);
		expect(row.map((b) => b.x)).toEqual([0, 400, 940]);
	});

	it('keeps the gap between neighbours it moves, closes it up in a row too full for it, and keeps the left edge and order in one too full for its badges', () => {
		const badges = (...xs: number[]) => xs.map((x) => ({ x, width: 60 }));
		expect(fitRow(badges(880, 950), 1000, 8).map((b) => b.x)).toEqual([872, 940]);
		expect(fitRow(badges(0, 68), 124, 8).map((b) => b.x)).toEqual([0, 64]);
		expect(fitRow(badges(-10, 60), 100, 8).map((b) => b.x)).toEqual([0, 60]);
	});
});

describe('clusterRest', () => {
	const none = (n: number) => new Uint8Array(n);
	const badge = () => 30;

	it('counts a band reaching past the left edge under its part in view, not under its own middle off screen', () => {
		const band = { x0: -500, x1: 300, labelWidth: 90 };
		const [cluster] = clusterRest([band], none(1), badge, 8, 400);
		expect(cluster).toMatchObject({ count: 1, c0: 150, c1: 150, x: 135 });
	});

	it('counts a band across the whole view at the middle of the view', () => {
		const band = { x0: -2000, x1: 900, labelWidth: 90 };
		const [cluster] = clusterRest([band], none(1), badge, 8, 390);
		expect(cluster.c0).toBe(195);
	});

	it('counts a point, and a band within the view, at their own middles', () => {
		const items = [
			{ x0: 50, x1: 50, labelWidth: 90 },
			{ x0: 200, x1: 260, labelWidth: 90 }
		];
		const clusters = clusterRest(items, none(2), badge, 8, 400);
		expect(clusters.map((c) => c.c0)).toEqual([50, 230]);
	});
});
