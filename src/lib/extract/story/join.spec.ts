import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../data/schema';
import { joinEntities, joinEvents, quoteKey } from './join';

const event = (
	id: string,
	quotes: [string, number][],
	extra: Partial<TimelineEvent> = {}
): TimelineEvent => ({
	id,
	title: id,
	date: '2025-03-03',
	start: '2025-03-03',
	end: '2025-03-03',
	precision: 'day',
	quotes: quotes.map(([source, start]) => ({ source, start, end: start + 2, text: 'xx' })),
	...extra
});

describe('joinEvents', () => {
	it('keeps a quote once when the joining event, all of whose sources come later, repeats it', () => {
		const order = (source: string) => ['a', 'b'].indexOf(source);
		const joined = joinEvents(
			event('keep', [['a', 1]]),
			event('other', [
				['b', 7],
				['b', 3],
				['b', 7]
			]),
			order
		);
		expect(joined.quotes.map(quoteKey)).toEqual(['a:1:3', 'b:3:5', 'b:7:9']);
	});

	it('keeps the kept event’s id, title and date, and adds the other’s quotes once each, in the sources’ order', () => {
		const keep = event(
			'keep',
			[
				['b', 5],
				['a', 9]
			],
			{ title: 'Kept' }
		);
		const other = event(
			'other',
			[
				['a', 9],
				['a', 1],
				['c', 0]
			],
			{ title: 'Other', date: '2025-03-02' }
		);
		const order = ['a', 'b', 'c'];
		const joined = joinEvents(keep, other, (s) => order.indexOf(s));
		expect(joined).toMatchObject({ id: 'keep', title: 'Kept', date: '2025-03-03' });
		expect(joined.quotes.map(quoteKey)).toEqual(['a:1:3', 'a:9:11', 'b:5:7', 'c:0:2']);
	});

	it('takes the other’s summary only when the kept event has none', () => {
		expect(joinEvents(event('k', []), event('o', [], { summary: 'S' })).summary).toBe('S');
		expect(
			joinEvents(event('k', [], { summary: 'K' }), event('o', [], { summary: 'S' })).summary
		).toBe('K');
	});

	it('leaves the kept event as it was when the other adds nothing', () => {
		const keep = event('keep', [['a', 1]]);
		expect(joinEvents(keep, event('o', [['a', 1]])).quotes).toBe(keep.quotes);
	});
});

describe('joinEntities', () => {
	it('joins the names of both, each once, in the order first met', () => {
		expect(
			joinEntities(
				{ people: ['Ruiz'], places: ['Marlow'], organizations: [] },
				{ people: ['Okafor', 'Ruiz'], places: [], organizations: ['Council'] }
			)
		).toEqual({ people: ['Ruiz', 'Okafor'], places: ['Marlow'], organizations: ['Council'] });
		expect(joinEntities(undefined, undefined)).toBeUndefined();
	});
});
