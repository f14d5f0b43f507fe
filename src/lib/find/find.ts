/**
 * What the reader's page loads when it is ready (after hydration, off the first paint): the search
 * and filter bar, the filters read from and written to the URL, and what they keep and find. The
 * picture of the timeline (`image.ts`) loads only when a reader asks for it.
 */
import { readingOrder } from '$lib/data/partialDate';
import type { TimelineEvent } from '$lib/data/schema';
import { foundIds, isFiltering, keptEvents, type Filters } from '$lib/search/filters';
import { isEmptyQuery, markedRuns, matchRanges, parseQuery } from '$lib/search/search';
import type { ImageRequest } from './image';

export { default as FindBar } from './FindBar.html.svelte';
export { default as GroupLegend } from './GroupLegend.html.svelte';
export { filtersHref, readFilters } from '$lib/search/urlState';

/** What a reader's filters and search make of a timeline's events. */
export interface FindView {
	/** The events the filters keep, in the dataset's order. */
	kept: TimelineEvent[];
	/** Whether the filters leave any event out. */
	filtering: boolean;
	/** Ids of the kept events the search finds, in the timeline's (chronological) order. */
	found: string[];
}

/**
 * The kept and found events.
 *
 * @example
 * findView(dataset.events, { ...NO_FILTERS, q: 'strike', people: ['Mohammed Shia al-Sudani'] });
 */
export function findView(events: readonly TimelineEvent[], filters: Filters): FindView {
	const kept = keptEvents(events, filters);
	const ids = new Set(foundIds(kept, filters.q));
	const found = kept
		.filter((e) => ids.has(e.id))
		.sort(readingOrder)
		.map((e) => e.id);
	return { kept, filtering: isFiltering(filters), found };
}

/**
 * What marks a reader's search words in a text (for the list), or null when there are none.
 *
 * @example
 * marker('strike')?.('Strikes hit'); // [{ text: 'Strike', marked: true }, { text: 's hit', marked: false }]
 */
export function marker(q: string): ((text: string) => { text: string; marked: boolean }[]) | null {
	const query = parseQuery(q);
	if (isEmptyQuery(query)) return null;
	return (text) => markedRuns(text, matchRanges(text, query));
}

/**
 * Downloads the picture of the timeline (`image.ts`), whose code loads only now: the page that
 * offers it carries no import of its own for it.
 *
 * @example
 * await downloadImage({ dataset, events, found, window: null, format: 'svg', page: new URL(location.href) });
 */
export async function downloadImage(request: ImageRequest): Promise<void> {
	return (await import('./image')).downloadImage(request);
}
