import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart } from '$lib/data/calendar';
import type { TimelineEvent } from '$lib/data/schema';
import { estimateTextWidth } from './scales';
import { readingOrder } from '$lib/data/partialDate';
import { chronologicalOrder, inReadingOrder, prepareEvents, timelineData } from './timelineData';

const event = (id: string, start: string, end = start, title = id): TimelineEvent => ({
	id,
	title,
	date: start,
	start,
	end,
	precision: start === end ? 'day' : 'month',
	quotes: []
});

describe('chronologicalOrder', () => {
	it('orders by first day, then last day, then the more central, then as the dataset lists them', () => {
		const central = { ...event('k', '2024-01-01'), importance: 3 };
		const events = [
			event('c', '2024-01-02'),
			event('b', '2024-01-01', '2024-01-31'),
			event('z', '2024-01-01', '2024-01-01', 'Zebra'),
			event('a', '2024-01-01', '2024-01-01', 'Aardvark'),
			central
		];
		expect(chronologicalOrder(events).map((e) => e.id)).toEqual(['k', 'z', 'a', 'b', 'c']);
	});

	it('sorts an array once, and hands back one already in order as it is', () => {
		const unsorted = [event('b', '2024-02-01'), event('a', '2024-01-01')];
		expect(chronologicalOrder(unsorted)).toBe(chronologicalOrder(unsorted));
		expect(unsorted.map((e) => e.id)).toEqual(['b', 'a']);
		const sorted = [event('a', '2024-01-01'), event('b', '2024-02-01')];
		expect(chronologicalOrder(sorted)).toBe(sorted);
	});

	it('hands back events remembered as in reading order as they are, unchecked', () => {
		const remembered = inReadingOrder([event('b', '2024-02-01'), event('a', '2024-01-01')]);
		expect(chronologicalOrder(remembered)).toBe(remembered);
	});

	it('agrees with collating the ISO days', () => {
		const days = ['0099-12-31', '1999-01-01', '2024-01-08', '2024-01-10', '2024-10-01'];
		for (const a of days)
			for (const b of days)
				expect(Math.sign(readingOrder(event('x', a), event('x', b)))).toBe(
					Math.sign(a.localeCompare(b))
				);
	});
});

describe('timelineData', () => {
	it('spans each event from the start of its first day to the end of its last, in UTC', () => {
		const data = timelineData([
			event('b', '2024-01-08'),
			event('a', '0050-03-01', '0050-03-31'),
			event('c', '2024-01-08', '2024-01-09')
		]);
		expect(data.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(data.spans).toEqual([
			{ start: dayStart('0050-03-01'), end: dayEnd('0050-03-31'), point: false },
			{ start: Date.UTC(2024, 0, 8), end: Date.UTC(2024, 0, 9), point: true },
			{ start: Date.UTC(2024, 0, 8), end: Date.UTC(2024, 0, 10), point: false }
		]);
		expect(data.position('c')).toBe(2);
		expect(data.position('c')).toBe(2);
		expect(data.position('missing')).toBe(-1);
		expect(data.position(null)).toBe(-1);
		expect(data.index.extent).toEqual([dayStart('0050-03-01'), Date.UTC(2024, 0, 10)]);
	});

	it('reads every day as dayStart does, from year 1 to 9999', () => {
		const days = [
			'0001-01-01',
			'0099-12-31',
			'0100-03-01',
			'1900-02-28',
			'2000-02-29',
			'2024-12-31',
			'9999-12-31'
		];
		const data = timelineData(days.map((day, i) => event(`e${i}`, day)));
		expect(data.spans.map((s) => s.start)).toEqual(days.map(dayStart));
		expect(data.spans.map((s) => s.end)).toEqual(days.map(dayEnd));
	});

	it('prepares an array of events once, whoever asks first', () => {
		const events = [event('b', '2024-01-08'), event('a', '2024-01-01')];
		const prepared = prepareEvents(events);
		expect(prepareEvents(events)).toBe(prepared);
		expect(timelineData(events).spans).toBe(prepared.spans);
		expect(prepared.events.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('measures a title when first asked, scaled to the font, and keeps the width', () => {
		const data = timelineData([event('a', '2024-01-08', '2024-01-08', 'Hamas invades Israel')], 2);
		expect(data.titleWidth(0)).toBe(272);
		expect(data.titleWidth(0)).toBe(272);
	});

	it('gives a short title the width of its date line when that is wider', () => {
		// "Big Bang" is narrower than "Jan. 8, 2024" under it, and far narrower than a date in years ago.
		const bang = event('bang', '2024-01-08', '2024-01-08', 'Big Bang');
		const data = timelineData([
			bang,
			{ ...bang, id: 'ago', displayDate: '13.8 billion years ago' }
		]);
		const title = Math.ceil(estimateTextWidth('Big Bang') * 1.15);
		expect(data.titleWidth(0)).toBe(Math.ceil(estimateTextWidth('Jan. 8, 2024', 11.5) * 1.15));
		expect(data.titleWidth(0)).toBeGreaterThan(title);
		expect(data.titleWidth(1)).toBe(
			Math.ceil(estimateTextWidth('13.8 billion years ago', 11.5) * 1.15)
		);
	});
});
