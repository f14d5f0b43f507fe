import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstView, legible, narrowest, type FirstViewInput } from './firstView';
import type { EventSpan } from './lanes';
import { fitDomain } from './scales';
import { indexSpans, visibleIndices } from './viewRange';

const DAY = 86_400_000;
const day = (iso: string): EventSpan => {
	const start = Date.parse(iso);
	return { start, end: start + DAY, point: true };
};
const year = (y: number): EventSpan => ({
	start: Date.UTC(y, 0, 1),
	end: Date.UTC(y + 1, 0, 1),
	point: false
});

/** The timeline's view of these spans (sorted here): 1,000 px, four lanes, 150 px titles. */
function input(list: EventSpan[], width = 1000, lanes = 4): FirstViewInput {
	const spans = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
	const index = indexSpans(spans);
	return {
		spans,
		index,
		titleWidth: () => 150,
		domain: fitDomain(index.extent[0], index.extent[1]),
		width,
		lanes,
		maxLabel: 320
	};
}

/** How many of the spans the window `[from, to)` shows, at least in part. */
const held = (view: FirstViewInput, [from, to]: [number, number]) =>
	visibleIndices(view.index, from, to).length;

/** Twenty days in the first week of January 2024, and one year long before. */
const lastWeek = [
	year(1948),
	...Array.from({ length: 20 }, (_, i) => day(`2024-01-0${1 + (i % 7)}T00:00Z`))
];

describe('firstView', () => {
	it('shows everything when every event can be read in the fitted view (the seed article)', () => {
		const seed = [
			year(2014),
			year(2020),
			day('2023-10-07T00:00Z'),
			{ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 8), point: false },
			day('2024-01-05T00:00Z')
		];
		expect(firstView(input(seed))).toBeNull();
		expect(firstView(input(seed, 358, 5))).toBeNull();
	});

	it('opens on the week that holds most events, not on 1948, when fitting all would pile them up', () => {
		const view = input(lastWeek);
		const window = firstView(view)!;
		expect(window).not.toBeNull();
		expect(window[0]).toBeGreaterThan(Date.UTC(2023, 11, 20));
		expect(window[1]).toBeLessThan(Date.UTC(2024, 0, 20));
		expect(held(view, window)).toBe(20);
		// On a phone too: fewer of them labelled, but spread over their days, not in one pile.
		const phone = input(lastWeek, 358, 5);
		const narrow = firstView(phone)!;
		expect(narrow[0]).toBeGreaterThan(Date.UTC(2023, 11, 20));
		expect(legible(phone, narrow).total).toBeGreaterThan(legible(phone, phone.domain).total);
	});

	it('keeps everything when the crowd is one moment that no window can pull apart', () => {
		const pile = [
			year(1948),
			day('1990-05-04T00:00Z'),
			...Array.from({ length: 20 }, () => day('2024-01-05T00:00Z'))
		];
		expect(firstView(input(pile))).toBeNull();
	});

	it('opens on everything when no stretch holds most of the events', () => {
		// Two crowds at either end of a decade: neither holds most of the events, so everything.
		const two = [
			...Array.from({ length: 10 }, () => day('2014-03-01T00:00Z')),
			...Array.from({ length: 10 }, () => day('2024-03-01T00:00Z'))
		];
		expect(firstView(input(two))).toBeNull();
	});

	it('always holds most of the events, is far narrower than everything, and shows more apart', () => {
		// A crowd of days somewhere in forty years, and a few events anywhere else.
		const someDay = fc.integer({ min: 0, max: 40 * 365 });
		const spansArb = fc
			.record({
				centre: someDay,
				step: fc.integer({ min: 1, max: 4 }),
				crowd: fc.integer({ min: 12, max: 40 }),
				others: fc.array(fc.record({ start: someDay, days: fc.constantFrom(1, 7, 30, 365) }), {
					maxLength: 8
				})
			})
			.map(({ centre, step, crowd, others }) => [
				...Array.from({ length: crowd }, (_, i) => {
					const start = (centre + i * step) * DAY;
					return { start, end: start + DAY, point: true };
				}),
				...others.map(({ start, days }) => ({
					start: start * DAY,
					end: (start + days) * DAY,
					point: days === 1
				}))
			]);
		let narrowed = 0;
		fc.assert(
			fc.property(spansArb, fc.constantFrom(358, 760, 1264), (list, width) => {
				const view = input(list, width);
				const window = firstView(view);
				expect(window === null || window[1] > window[0]).toBe(true);
				if (window === null) return;
				narrowed++;
				expect(held(view, window)).toBeGreaterThanOrEqual(1);
				expect(held(view, window) * 2).toBeGreaterThan(view.spans.length);
				expect((window[1] - window[0]) * 4).toBeLessThanOrEqual(view.domain[1] - view.domain[0]);
				expect(legible(view, window).total).toBeGreaterThan(legible(view, view.domain).total);
			}),
			{ numRuns: 300 }
		);
		// The crowds were crowded enough, often enough, for the property to say something.
		expect(narrowed).toBeGreaterThan(75);
	});

	it('shows everything when the events spread evenly, however many there are', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 3, max: 400 }),
				fc.integer({ min: 1, max: 60 }),
				fc.constantFrom(358, 1264),
				(n, gapDays, width) => {
					const spans = Array.from({ length: n }, (_, i) => ({
						start: i * gapDays * DAY,
						end: (i * gapDays + 1) * DAY,
						point: true
					}));
					expect(firstView(input(spans, width))).toBeNull();
				}
			)
		);
	});
});

describe('narrowest', () => {
	it('finds the shortest stretch holding k events whole, a long one counted to its end', () => {
		const index = indexSpans([
			{ start: 0, end: 1 },
			{ start: 10, end: 100 },
			{ start: 20, end: 21 },
			{ start: 22, end: 23 },
			{ start: 24, end: 25 }
		]);
		expect(narrowest(index, 3)).toEqual([20, 25]);
		expect(narrowest(index, 4)).toEqual([10, 100]);
		expect(narrowest(index, 5)).toEqual([0, 100]);
	});

	it('is the narrowest of every run of k events, checked against trying them all', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(1000), fc.nat(200)), { minLength: 1, maxLength: 40 }),
				fc.nat(),
				(pairs, pick) => {
					const spans = pairs
						.map(([start, length]) => ({ start, end: start + length }))
						.sort((a, b) => a.start - b.start);
					const k = 1 + (pick % spans.length);
					let best = Infinity;
					for (let i = 0; i + k <= spans.length; i++)
						best = Math.min(
							best,
							Math.max(...spans.slice(i, i + k).map((s) => s.end)) - spans[i].start
						);
					const [from, to] = narrowest(indexSpans(spans), k);
					expect(to - from).toBe(best);
				}
			)
		);
	});
});

describe('firstView of a story whose events carry an importance', () => {
	/** The spans with their scores, sorted together, as the timeline reads them. */
	function scored(list: [EventSpan, number][], width = 1000): FirstViewInput {
		const sorted = [...list].sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end);
		return {
			...input(
				sorted.map((s) => s[0]),
				width
			),
			importance: Float64Array.from(sorted, (s) => s[1])
		};
	}
	const within = (window: [number, number] | null, span: EventSpan) =>
		window !== null && span.start >= window[0] && span.end <= window[1];

	// A story of a week in January 2024 whose key days are the 3rd and 5th, with minor events
	// through 2023 and one old mention, 1971, that fitting everything would stretch the view to.
	const keyDays = [day('2024-01-03T00:00Z'), day('2024-01-05T00:00Z')];
	const story: [EventSpan, number][] = [
		[year(1971), 1],
		...Array.from({ length: 12 }, (_, i): [EventSpan, number] => [
			day(`2023-${String(i + 1).padStart(2, '0')}-15T00:00Z`),
			1
		]),
		[keyDays[0], 20],
		[keyDays[1], 30],
		[day('2024-01-04T00:00Z'), 12],
		[day('2024-01-06T00:00Z'), 11]
	];

	it('frames the key events, not the old outlier or the minor events around them', () => {
		const view = firstView(scored(story));
		expect(view).not.toBeNull();
		for (const span of keyDays) expect(within(view, span)).toBe(true);
		expect(view![1] - view![0]).toBeLessThan(30 * DAY);
	});

	it('frames most of the key events when one of them lies far off, never none of them', () => {
		// The 1971 mention is now among the key events (ten events: five are key).
		const list: [EventSpan, number][] = [
			[year(1971), 25],
			...[3, 4, 5, 6].map((d): [EventSpan, number] => [day(`2024-01-0${d}T00:00Z`), 20 + d]),
			...[1, 2, 3, 4, 5].map((m): [EventSpan, number] => [day(`2023-0${m}-01T00:00Z`), 1])
		];
		const view = firstView(scored(list));
		expect(within(view, day('2024-01-03T00:00Z'))).toBe(true);
		expect(within(view, day('2024-01-06T00:00Z'))).toBe(true);
		expect(within(view, year(1971))).toBe(false);
	});

	it('shows everything when every event can be read in it, as without importance', () => {
		// The seed article's five events, the two days most important.
		const list: [EventSpan, number][] = [
			[year(2014), 3.5],
			[year(2020), 3.5],
			[day('2023-10-07T00:00Z'), 8],
			[{ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 8), point: false }, 3.5],
			[day('2024-01-05T00:00Z'), 8]
		];
		expect(firstView(scored(list))).toBeNull();
	});

	it('leaves a key event far off to the edge counts rather than crush the key week', () => {
		// Key events: the week's four, and a date to come a year later that one article names.
		const list: [EventSpan, number][] = [
			...story,
			[day('2025-02-01T00:00Z'), 10],
			...Array.from({ length: 20 }, (_, i): [EventSpan, number] => [
				day(`2022-0${1 + (i % 9)}-1${i % 10}T00:00Z`),
				0.5
			])
		];
		const view = firstView(scored(list));
		for (const span of keyDays) expect(within(view, span)).toBe(true);
		expect(within(view, day('2025-02-01T00:00Z'))).toBe(false);
	});

	it('shows everything when the key events spread across the whole story', () => {
		const list = Array.from({ length: 9 }, (_, i): [EventSpan, number] => [
			year(2000 + 3 * i),
			5 + (i % 2)
		]);
		expect(firstView(scored(list))).toBeNull();
	});

	it('opens the story of the issue on its key week at 390 px too', () => {
		const view = firstView(scored(story, 390));
		for (const span of keyDays) expect(within(view, span)).toBe(true);
	});
});
