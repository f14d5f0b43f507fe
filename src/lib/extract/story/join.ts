/**
 * One happening told twice becomes one event: the quotes and names of one event joined into
 * another's. Shared by the story's fold (an article's event joining the draft's), the editor's
 * Merge and the corrections file's `mergeInto`, so the three cannot drift apart.
 */
import type { Entities, Quote, TimelineEvent } from '../../data/schema';

/** The identity of a quote: its source and span. */
export function quoteKey(q: Pick<Quote, 'source' | 'start' | 'end'>): string {
	return `${q.source}:${q.start}:${q.end}`;
}

/**
 * `keep` with `other`'s quotes (each span once, in source order then text order) and names
 * added; its id, title, date and everything else stay `keep`'s. The summary is `other`'s only
 * when `keep` has none. `sourceOrder` ranks the sources (the order the articles joined the
 * story); without it, sources are ordered by id.
 *
 * @example
 * joinEvents(vote, recount).quotes.length; // vote's quotes and recount's, each once
 */
export function joinEvents(
	keep: TimelineEvent,
	other: Pick<TimelineEvent, 'quotes' | 'entities' | 'summary'>,
	sourceOrder?: (source: string) => number
): TimelineEvent {
	const rank = sourceOrder
		? (a: Quote, b: Quote) => sourceOrder(a.source) - sourceOrder(b.source)
		: (a: Quote, b: Quote) => a.source.localeCompare(b.source);
	const order = (a: Quote, b: Quote) => rank(a, b) || a.start - b.start || a.end - b.end;
	const last = keep.quotes.at(-1);
	let quotes: Quote[];
	if (last && other.quotes.every((q) => rank(last, q) < 0)) {
		// The common case of a story (a new article's quotes joining an event): all come after
		// the kept ones, from other sources, so none is there already (each is kept once) and no sort of the kept ones is needed.
		const seen = new Set<string>();
		const added = other.quotes.filter((q) => !seen.has(quoteKey(q)) && seen.add(quoteKey(q)));
		quotes = [...keep.quotes, ...added.sort(order)];
	} else {
		const seen = new Set(keep.quotes.map(quoteKey));
		const added = other.quotes.filter((q) => !seen.has(quoteKey(q)) && seen.add(quoteKey(q)));
		quotes = added.length ? [...keep.quotes, ...added].sort(order) : keep.quotes;
	}
	const joined: TimelineEvent = { ...keep, quotes };
	if (!keep.summary && other.summary) joined.summary = other.summary;
	const entities = joinEntities(keep.entities, other.entities);
	if (entities) joined.entities = entities;
	return joined;
}

/** The names of both, each once, in the order first met; undefined when neither has any. */
export function joinEntities(a?: Entities, b?: Entities): Entities | undefined {
	if (!a || !b) return a ?? b;
	const union = (k: keyof Entities) => [...new Set([...a[k], ...b[k]])];
	return {
		people: union('people'),
		places: union('places'),
		organizations: union('organizations')
	};
}
