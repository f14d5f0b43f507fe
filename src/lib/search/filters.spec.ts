import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	choicesOf,
	foundIds,
	keptEvents,
	NO_FILTERS,
	toggleGroup,
	type Filterable
} from './filters';
import { readFilters, writeFilters } from './urlState';

const event = (id: string, people: string[], group?: string, source = 'ap'): Filterable => ({
	id,
	title: `Event ${id}`,
	quotes: [{ source, text: `${people.join(' and ')} spoke.` }],
	entities: { people, places: ['Baghdad'], organizations: [] },
	...(group ? { group } : {})
});
const events = [
	event('a', ['Sudani'], 'Politics'),
	event('b', ['Sadr', 'Sudani'], 'Politics', 'reuters'),
	event('c', ['Saidi'], 'War'),
	event('d', [], undefined, 'reuters')
];
const ids = (list: Filterable[]) => list.map((e) => e.id);

describe('keptEvents', () => {
	it('keeps only the events of the person a filter names', () => {
		expect(ids(keptEvents(events, { ...NO_FILTERS, people: ['Sudani'] }))).toEqual(['a', 'b']);
	});

	it('keeps events with any value of one filter, and only those passing every filter', () => {
		expect(ids(keptEvents(events, { ...NO_FILTERS, people: ['Sadr', 'Saidi'] }))).toEqual([
			'b',
			'c'
		]);
		expect(
			ids(keptEvents(events, { ...NO_FILTERS, people: ['Sudani'], sources: ['reuters'] }))
		).toEqual(['b']);
		expect(ids(keptEvents(events, { ...NO_FILTERS, groups: ['War'], people: ['Sudani'] }))).toEqual(
			[]
		);
	});

	it('keeps everything without filters, whatever the search words', () => {
		expect(ids(keptEvents(events, { ...NO_FILTERS, q: 'nothing' }))).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('foundIds', () => {
	it('finds events by the words of their quotes', () => {
		expect(foundIds(events, 'sadr spoke')).toEqual(['b']);
		expect(foundIds(events, '')).toEqual([]);
	});
});

describe('choicesOf', () => {
	it('counts the events of each value, most frequent first; groups in the order they appear', () => {
		const choices = choicesOf(events);
		expect(choices.people).toEqual([
			{ value: 'Sudani', count: 2 },
			{ value: 'Sadr', count: 1 },
			{ value: 'Saidi', count: 1 }
		]);
		expect(choices.groups).toEqual([
			{ value: 'Politics', count: 2 },
			{ value: 'War', count: 1 }
		]);
		expect(choices.sources).toEqual([
			{ value: 'ap', count: 2 },
			{ value: 'reuters', count: 2 }
		]);
	});
});

describe('the filters in a URL', () => {
	it('reads each filter, repeated or not, and keeps the other parameters when writing', () => {
		const params = new URLSearchParams('from=2020&q=strike&person=Sudani&person=Sadr&group=War');
		const filters = readFilters(params);
		expect(filters).toEqual({
			...NO_FILTERS,
			q: 'strike',
			people: ['Sudani', 'Sadr'],
			groups: ['War']
		});
		expect(writeFilters(new URLSearchParams('from=2020&q=old'), filters).toString()).toBe(
			'from=2020&q=strike&person=Sudani&person=Sadr&group=War'
		);
	});

	it('comes back from the URL as it went, whatever the values hold', () => {
		const value = fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
			.filter((s) => s.trim() === s && s !== '');
		fc.assert(
			fc.property(
				fc.record({
					q: fc.constantFrom('', 'strike', '"prime minister" <script>'),
					people: fc.uniqueArray(value, { maxLength: 3 }),
					places: fc.uniqueArray(value, { maxLength: 3 }),
					organizations: fc.uniqueArray(value, { maxLength: 3 }),
					groups: fc.uniqueArray(value, { maxLength: 3 }),
					sources: fc.uniqueArray(value, { maxLength: 3 })
				}),
				(filters) => {
					const url = writeFilters(new URLSearchParams(), filters).toString();
					expect(readFilters(new URLSearchParams(url))).toEqual(filters);
				}
			)
		);
	});
});

describe('toggleGroup', () => {
	const all = ['Politics', 'War', 'Courts'];

	it('hides one group by keeping every other', () => {
		expect(toggleGroup([], all, 'War')).toEqual(['Politics', 'Courts']);
	});

	it('shows a hidden group again, and clears the filter once every group is shown', () => {
		expect(toggleGroup(['Politics'], all, 'Courts')).toEqual(['Politics', 'Courts']);
		expect(toggleGroup(['Politics', 'Courts'], all, 'War')).toEqual([]);
	});

	it('keeps the last shown group, as no filter could say that none is', () => {
		expect(toggleGroup(['War'], all, 'War')).toEqual(['War']);
	});

	it('hides and shows again to where it started, through the URL state', () => {
		const hidden = toggleGroup([], all, 'Courts');
		const url = writeFilters(new URLSearchParams(), { ...NO_FILTERS, groups: hidden });
		expect(url.getAll('group')).toEqual(['Politics', 'War']);
		expect(toggleGroup(readFilters(url).groups, all, 'Courts')).toEqual([]);
	});
});
