import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBands, groupNames, stackBands } from './bands';
import { composeLayout } from './layout';
import { timeScale } from './scales';
import { indexSpans } from './viewRange';

describe('groupBands', () => {
	it('is null when no event names a group, so the timeline keeps its one band', () => {
		expect(groupBands([{}, {}])).toBeNull();
	});

	it('orders the bands as the groups first appear, with the events of no group last', () => {
		const events = [{}, { group: 'Courts' }, { group: 'Army' }, { group: 'Courts' }];
		const bands = groupBands(events);
		expect(bands?.groups).toEqual(['Courts', 'Army', null]);
		expect(bands?.counts).toEqual([2, 1, 1]);
		expect([...(bands?.of ?? [])]).toEqual([2, 0, 1, 0]);
	});

	it('gives each event of the reading order its band, which may differ from the dataset order', () => {
		const a = { group: 'A' };
		const b = { group: 'B' };
		const none = {};
		const bands = groupBands([b, a, none], [none, a, b]);
		expect([...(bands?.of ?? [])]).toEqual([2, 1, 0]);
	});

	it('leaves out the band of events with no group when every event has one', () => {
		expect(groupBands([{ group: 'A' }, { group: 'B' }])?.groups).toEqual(['A', 'B']);
	});

	it('keeps hostile group names as they are: they are only ever shown as text', () => {
		const name = '<img src=x onerror=alert(1)>';
		expect(groupNames([{ group: name }, { group: name }])).toEqual([name]);
	});
});

describe('stackBands', () => {
	const metrics = { laneHeight: 58, header: 22, clusterRow: 30 };

	it('stacks each band under the one before, its lanes under its header', () => {
		const { boxes, height } = stackBands([2, 1], metrics);
		expect(boxes[0]).toEqual({ top: 0, lanesTop: 22, clusterTop: 22 + 2 * 58, height: 168 });
		expect(boxes[1].top).toBe(boxes[0].top + boxes[0].height);
		expect(boxes[1].lanesTop).toBe(boxes[1].top + 22);
		expect(boxes[1].clusterTop).toBe(boxes[1].lanesTop + 58);
		expect(height).toBe(boxes[1].top + boxes[1].height);
	});

	it('leaves out the cluster row of a band with a lane for each of its events', () => {
		const { boxes, height } = stackBands([2, 1, 3], metrics, [5, 1, 3]);
		expect(boxes.map((b) => b.height)).toEqual([22 + 2 * 58 + 30, 22 + 58, 22 + 3 * 58]);
		expect(boxes[2].top).toBe(boxes[1].top + 22 + 58);
		expect(height).toBe(boxes[2].top + boxes[2].height);
	});

	it('without a header, one band is the timeline without groups: lanes, then clusters', () => {
		const { boxes, height } = stackBands([4], { ...metrics, header: 0 });
		expect(boxes).toEqual([{ top: 0, lanesTop: 0, clusterTop: 4 * 58, height: 4 * 58 + 30 }]);
		expect(height).toBe(4 * 58 + 30);
	});

	it('puts the thin rows of long spans between the lanes and the clusters', () => {
		const { boxes, height } = stackBands([4], { ...metrics, header: 0, spanRows: 48 });
		expect(boxes).toEqual([
			{ top: 0, lanesTop: 0, clusterTop: 4 * 58 + 48, height: 4 * 58 + 48 + 30 }
		]);
		expect(height).toBe(4 * 58 + 48 + 30);
	});
});

describe('composeLayout with bands', () => {
	// Six events on the same day: three of group 0, three of group 1, alternating.
	const DAY = 86_400_000;
	const spans = Array.from({ length: 6 }, () => ({ start: 10 * DAY, end: 11 * DAY, point: true }));
	const events = { spans, index: indexSpans(spans), titleWidth: () => 80 };
	const x = timeScale([0, 20 * DAY], [0, 1000]);
	const of = [0, 1, 0, 1, 0, 1];

	it('lays out each band on its own events and lanes, counting in its own clusters', () => {
		const { marks, clusters } = composeLayout(events, x, {
			lanes: 4,
			width: 1000,
			maxLabel: 320,
			bands: { of, lanes: [2, 3] }
		});
		for (const m of marks) expect(m.band).toBe(of[m.index]);
		for (const c of clusters) expect(of[c.first]).toBe(c.band);
		expect(marks.filter((m) => m.band === 0).map((m) => m.lane)).toEqual([0, 1]);
		expect(marks.filter((m) => m.band === 1).map((m) => m.lane)).toEqual([0, 1, 2]);
		expect(clusters).toHaveLength(1);
		expect(clusters[0]).toMatchObject({ band: 0, first: 4, last: 4, count: 1 });
	});

	it('without bands, lays every event in the same lanes', () => {
		const { marks, clusters } = composeLayout(events, x, { lanes: 4, width: 1000, maxLabel: 320 });
		expect(marks.map((m) => m.lane)).toEqual([0, 1, 2, 3]);
		expect(marks.every((m) => m.band === 0)).toBe(true);
		expect(clusters[0]).toMatchObject({ band: 0, count: 2 });
	});
});

describe('a band with a lane for each of its events', () => {
	it('never counts one in a cluster, at any zoom, whichever event is pinned', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ day: fc.nat(400), days: fc.integer({ min: 1, max: 90 }) }), {
					minLength: 1,
					maxLength: 8
				}),
				fc.double({ min: 0.001, max: 1, noNaN: true }),
				fc.nat(),
				fc.integer({ min: 200, max: 1400 }),
				(drawn, zoom, pin, width) => {
					const DAY = 86_400_000;
					const spans = drawn
						.map(({ day, days }) => ({
							start: day * DAY,
							end: (day + days) * DAY,
							point: days === 1
						}))
						.sort((a, b) => a.start - b.start);
					const events = { spans, index: indexSpans(spans), titleWidth: () => 200 };
					const x = timeScale([0, 500 * DAY * zoom], [0, width]);
					const { clusters } = composeLayout(events, x, {
						lanes: 4,
						width,
						maxLabel: 320,
						pinned: pin % spans.length,
						bands: { of: spans.map(() => 0), lanes: [spans.length] }
					});
					expect(clusters).toEqual([]);
				}
			)
		);
	});
});
