import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	choicesOf,
	foundIds,
	groupName,
	groupValues,
	keptEvents,
	NO_FILTERS,
	NO_GROUP,
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
			{ value: 'War', count: 1 },
			{ value: NO_GROUP, count: 1 }
		]);
		expect(choices.sources).toEqual([
			{ value: 'ap', count: 2 },
			{ value: 'reuters', count: 2 }
		]);
	});
});

describe('the events of no group, as "Other events"', () => {
	it('are a value of the group filter, after the groups, named for the reader', () => {
		expect(groupValues(events)).toEqual(['Politics', 'War', NO_GROUP]);
		expect(groupValues(events).map(groupName)).toEqual(['Politics', 'War', 'Other events']);
	});

	it('are kept alone, or beside a group, by the group filter', () => {
		expect(ids(keptEvents(events, { ...NO_FILTERS, groups: [NO_GROUP] }))).toEqual(['d']);
		expect(ids(keptEvents(events, { ...NO_FILTERS, groups: ['War', NO_GROUP] }))).toEqual([
			'c',
			'd'
		]);
	});

	it('are not offered when no event names a group: the dataset has no groups to filter', () => {
		const plain = events.map(({ group: _drop, ...rest }) => rest);
		expect(groupValues(plain)).toEqual([]);
		expect(choicesOf(plain).groups).toEqual([]);
	});

	it('are not offered when every event names a group', () => {
		expect(groupValues(events.slice(0, 3))).toEqual(['Politics', 'War']);
		expect(choicesOf(events.slice(0, 3)).groups.map((c) => c.value)).toEqual(['Politics', 'War']);
	});

	it('are ?group= with nothing after it, read back as they were written', () => {
		const url = writeFilters(new URLSearchParams(), { ...NO_FILTERS, groups: ['War', NO_GROUP] });
		expect(url.toString()).toBe('group=War&group=');
		expect(readFilters(url).groups).toEqual(['War', NO_GROUP]);
		// Any other filter's empty value says nothing.
		expect(readFilters(new URLSearchParams('person=&place=+&group=+')).people).toEqual([]);
		expect(readFilters(new URLSearchParams('person=&place=+&group=+')).groups).toEqual([NO_GROUP]);
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
					groups: fc.uniqueArray(fc.oneof(value, fc.constant(NO_GROUP)), { maxLength: 3 }),
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

	it('hides and shows "Other events" as it does a group, through the URL state', () => {
		const values = [...all, NO_GROUP];
		const hidden = toggleGroup([], values, NO_GROUP);
		expect(hidden).toEqual(all);
		const url = writeFilters(new URLSearchParams(), { ...NO_FILTERS, groups: hidden });
		expect(toggleGroup(readFilters(url).groups, values, NO_GROUP)).toEqual([]);
		const only = toggleGroup(
			toggleGroup(toggleGroup([], values, 'Politics'), values, 'War'),
			values,
			'Courts'
		);
		expect(only).toEqual([NO_GROUP]);
		expect(
			readFilters(writeFilters(new URLSearchParams(), { ...NO_FILTERS, groups: only })).groups
		).toEqual([NO_GROUP]);
	});

	it('hides and shows again to where it started, through the URL state', () => {
		const hidden = toggleGroup([], all, 'Courts');
		const url = writeFilters(new URLSearchParams(), { ...NO_FILTERS, groups: hidden });
		expect(url.getAll('group')).toEqual(['Politics', 'War']);
		expect(toggleGroup(readFilters(url).groups, all, 'Courts')).toEqual([]);
	});
});
