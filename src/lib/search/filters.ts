/**
 * Filters: which events a reader keeps in view, by the people, places and organisations their
 * quotes name (`event.entities`), by group and by source, and the search words that mark some of
 * them. Each filter keeps the events that have any of its values; filters of different kinds
 * combine, an event staying only when it passes all of them. The state travels in the page's URL
 * (`?q=`, `?person=`, …) so that a link shares the view, and in an embed's (`urlState.ts`).
 */
import { isEmptyQuery, matches, parseQuery, type Searchable } from './search';
import { OTHER_EVENTS } from '$lib/timeline/bands';

/** What a reader looks for and keeps in view. Empty lists keep everything. */
export interface Filters {
	/** Search words, as typed: they mark events, they do not hide any. */
	q: string;
	people: string[];
	places: string[];
	organizations: string[];
	groups: string[];
	/** Source ids: an event stays when one of its quotes is from one of them. */
	sources: string[];
}

/**
 * The group filter's value for the events that name no group, offered as "Other events" once
 * some event names one. No group name is empty (the contract trims them and refuses blank ones),
 * so it can never mean a group; in a URL it is `?group=` with nothing after it.
 */
export const NO_GROUP = '';

export const FACETS = ['people', 'places', 'organizations', 'groups', 'sources'] as const;
export type Facet = (typeof FACETS)[number];

export const NO_FILTERS: Readonly<Filters> = Object.freeze({
	q: '',
	people: [],
	places: [],
	organizations: [],
	groups: [],
	sources: []
});

/** What an event offers the filters: its names, group and the sources it quotes. */
export interface Filterable extends Searchable {
	group?: string;
	entities?: { people: string[]; places: string[]; organizations: string[] };
	quotes: readonly { source: string; text: string }[];
}

/** The values an event has for one kind of filter. */
export function valuesOf(event: Filterable, facet: Facet): string[] {
	switch (facet) {
		case 'groups':
			return [event.group ?? NO_GROUP];
		case 'sources':
			return [...new Set(event.quotes.map((q) => q.source))];
		default:
			return event.entities?.[facet] ?? [];
	}
}

/** Whether any filter (not the search) narrows the view. */
export function isFiltering(filters: Filters): boolean {
	return FACETS.some((facet) => filters[facet].length > 0);
}

/**
 * The events the filters keep, in their order.
 *
 * @example
 * keptEvents(events, { ...NO_FILTERS, people: ['Mohammed Shia al-Sudani'] }); // his events only
 */
export function keptEvents<T extends Filterable>(events: readonly T[], filters: Filters): T[] {
	if (!isFiltering(filters)) return [...events];
	const wanted = FACETS.map((facet) => [facet, new Set(filters[facet])] as const).filter(
		([, values]) => values.size > 0
	);
	return events.filter((event) =>
		wanted.every(([facet, values]) => valuesOf(event, facet).some((v) => values.has(v)))
	);
}

/** The ids of the events the search words find among `events`, in their order. */
export function foundIds(events: readonly Filterable[], q: string): string[] {
	const query = parseQuery(q);
	if (isEmptyQuery(query)) return [];
	return events.filter((event) => matches(event, query)).map((event) => event.id);
}

/** One value a filter can take, with how many events have it. */
export interface Choice {
	value: string;
	count: number;
}

/**
 * The values each filter can take in a dataset, most frequent first (then in alphabetical
 * order), each with its count of events; groups keep the order they first appear in, with the
 * events of no group (`NO_GROUP`) last, and none at all when no event names a group.
 */
export function choicesOf(events: readonly Filterable[]): Record<Facet, Choice[]> {
	const out = {} as Record<Facet, Choice[]>;
	for (const facet of FACETS) {
		const counts = new Map<string, number>();
		for (const event of events)
			for (const value of new Set(valuesOf(event, facet)))
				counts.set(value, (counts.get(value) ?? 0) + 1);
		const choices = [...counts].map(([value, count]) => ({ value, count }));
		if (facet !== 'groups')
			choices.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
		out[facet] = facet === 'groups' ? groupsLast(choices) : choices;
	}
	return out;
}

/** What the reader reads for a group filter's value: its name, or "Other events" (`NO_GROUP`). */
export function groupName(value: string): string {
	return value === NO_GROUP ? OTHER_EVENTS : value;
}

/** The groups' choices with `NO_GROUP` last, or none when it is the only one. */
function groupsLast(choices: Choice[]): Choice[] {
	const named = choices.filter((c) => c.value !== NO_GROUP);
	if (!named.length) return [];
	return [...named, ...choices.filter((c) => c.value === NO_GROUP)];
}

/**
 * The values of the group filter a dataset offers, in the order of its bands: each group as its
 * events first name it, then `NO_GROUP` when some events name none; none without groups.
 *
 * @example
 * groupValues([{ group: 'B' }, {}, { group: 'A' }]); // ['B', 'A', '']
 */
export function groupValues(events: readonly Filterable[]): string[] {
	const values = new Set<string>();
	for (const event of events) values.add(event.group ?? NO_GROUP);
	if (values.size === 1 && values.has(NO_GROUP)) return [];
	if (!values.delete(NO_GROUP)) return [...values];
	return [...values, NO_GROUP];
}

/**
 * The group filter after a reader shows or hides `group` in the timeline's legend: the legend and
 * the filter chips are one state (`filters.groups`, the groups kept; none kept means all), and
 * `all` is every value the legend offers (`groupValues`, "Other events" among them). Hiding
 * a group keeps every other; showing the last hidden one clears the filter. The last group shown
 * cannot be hidden (that would show none, which an empty filter cannot say): it stays.
 *
 * @example
 * toggleGroup([], ['A', 'B', 'C'], 'B'); // ['A', 'C']
 * toggleGroup(['A', 'C'], ['A', 'B', 'C'], 'B'); // []
 */
export function toggleGroup(
	kept: readonly string[],
	all: readonly string[],
	group: string
): string[] {
	const shown = kept.length ? all.filter((g) => kept.includes(g)) : [...all];
	const next = shown.includes(group)
		? shown.filter((g) => g !== group)
		: all.filter((g) => g === group || shown.includes(g));
	if (!next.length) return [...kept];
	return next.length === all.length ? [] : next;
}
