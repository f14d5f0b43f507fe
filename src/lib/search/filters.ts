/**
 * Filters: which events a reader keeps in view, by the people, places and organisations their
 * quotes name (`event.entities`), by group and by source, and the search words that mark some of
 * them. Each filter keeps the events that have any of its values; filters of different kinds
 * combine, an event staying only when it passes all of them. The state travels in the page's URL
 * (`?q=`, `?person=`, …) so that a link shares the view, and in an embed's (`urlState.ts`).
 */
import { isEmptyQuery, matches, parseQuery, type Searchable } from './search';

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
			return event.group === undefined ? [] : [event.group];
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
 * order), each with its count of events; groups keep the order they first appear in.
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
		out[facet] = choices;
	}
	return out;
}

/**
 * The group filter after a reader shows or hides `group` in the timeline's legend: the legend and
 * the filter chips are one state (`filters.groups`, the groups kept; none kept means all). Hiding
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
