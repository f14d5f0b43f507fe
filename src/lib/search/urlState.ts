/**
 * The filters in a URL's query, so that a link shares a filtered view and an embed can be given
 * one: `?q=strike&person=Mohammed%20Shia%20al-Sudani&group=Politics&source=ap`. Each filter's
 * parameter may repeat. Values are read as text, whatever they hold (they are only ever shown as
 * text and compared); an unknown value keeps nothing, as the link asked. `?group=` with nothing
 * after it is the events of no group ("Other events", `NO_GROUP`): no group's name is empty.
 */
import { FACETS, NO_FILTERS, NO_GROUP, type Facet, type Filters } from './filters';

/** The URL parameter of each filter. */
export const FILTER_PARAMS: Record<Facet | 'q', string> = {
	q: 'q',
	people: 'person',
	places: 'place',
	organizations: 'org',
	groups: 'group',
	sources: 'source'
};

// A URL is written by hand or pasted: a value beyond this is not a name anyone filters by.
const MAX_LENGTH = 200;
const MAX_VALUES = 20;

/**
 * The filters a URL's query gives; what it does not give stays empty.
 *
 * @example
 * readFilters(new URLSearchParams('q=strike&person=A&person=B')); // { q: 'strike', people: ['A', 'B'], … }
 */
export function readFilters(params: URLSearchParams): Filters {
	const filters: Filters = { ...NO_FILTERS, q: (params.get('q') ?? '').slice(0, MAX_LENGTH) };
	for (const facet of FACETS) {
		const values = params
			.getAll(FILTER_PARAMS[facet])
			.map((v) => v.trim().slice(0, MAX_LENGTH))
			// An empty value says nothing, but for the group filter's "Other events".
			.filter((v) => v !== '' || (facet === 'groups' && v === NO_GROUP));
		filters[facet] = [...new Set(values)].slice(0, MAX_VALUES);
	}
	return filters;
}

/**
 * `params` with the filters written in, replacing what it said of them and keeping every other
 * parameter (`from`, `to`, `src`, an embed's `theme`…); empty filters are left out.
 *
 * @example
 * writeFilters(new URLSearchParams('from=2020'), { ...NO_FILTERS, q: 'vote' }).toString(); // 'from=2020&q=vote'
 */
export function writeFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const name of Object.values(FILTER_PARAMS)) out.delete(name);
	if (filters.q.trim()) out.set('q', filters.q.trim());
	for (const facet of FACETS)
		for (const value of filters[facet]) out.append(FILTER_PARAMS[facet], value);
	return out;
}

/** The parts of a page's address that `filtersHref` reads (a `Location` has them). */
interface Address {
	pathname: string;
	search: string;
	hash: string;
}

/**
 * The page's address with `filters` written into its query (`writeFilters`), its path and hash
 * kept; or null when it says those filters already, so nothing need be written.
 *
 * @example
 * filtersHref({ pathname: '/', search: '?from=2020', hash: '#vote' }, { ...NO_FILTERS, q: 'vote' }); // '/?from=2020&q=vote#vote'
 */
export function filtersHref(page: Address, filters: Filters): string | null {
	const query = writeFilters(new URLSearchParams(page.search), filters).toString();
	const href = page.pathname + (query ? `?${query}` : '') + page.hash;
	return href === page.pathname + page.search + page.hash ? null : href;
}
