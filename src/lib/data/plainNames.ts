/**
 * A dataset as the reader shows it: its titles and names (the dataset's, the events' and eras'
 * titles, the sources' titles, publishers and authors, the names of people, places,
 * organisations and groups) as plain text (`plainTitle`), without the bidi embedding, override
 * and isolate controls that would reorder them on screen. These fields are untrusted and short:
 * a U+202E RIGHT-TO-LEFT OVERRIDE in a title reverses it even inside its `<bdi>`, which only
 * keeps the reversal from the text around it.
 *
 * The article text and the quotes are left byte for byte: a quote is an offset into its source,
 * and the reader must be shown the article's own words. There `<bdi>` keeps a control from
 * reordering anything outside the quote.
 */
import type { Dataset, Entities, Source, TimelineEvent } from './schema';
import { plainTitle } from './plainTitle';

const shown = new WeakMap<Dataset, Dataset>();

/** Whether `text` holds a bidi control: whether `plainTitle` would change it. */
const controlled = (text: string | undefined) => text !== undefined && plainTitle(text) !== text;

function plainEvent(event: TimelineEvent): TimelineEvent {
	const { entities, group } = event;
	const names =
		entities &&
		(entities.people.some(controlled) ||
			entities.places.some(controlled) ||
			entities.organizations.some(controlled));
	if (!controlled(event.title) && !controlled(group) && !names) return event;
	return {
		...event,
		title: plainTitle(event.title),
		...(group === undefined ? null : { group: plainTitle(group) }),
		...(entities ? { entities: plainEntities(entities) } : null)
	};
}

function plainEntities({ people, places, organizations }: Entities): Entities {
	return {
		people: people.map(plainTitle),
		places: places.map(plainTitle),
		organizations: organizations.map(plainTitle)
	};
}

function plainSource(source: Source): Source {
	if (![source.title, source.publisher, source.author].some(controlled)) return source;
	return {
		...source,
		title: plainTitle(source.title),
		publisher: plainTitle(source.publisher),
		author: plainTitle(source.author)
	};
}

/**
 * The dataset with its titles and names as plain text, the same object when none holds a bidi
 * control (the usual case: a scan, no copy), and remembered per dataset.
 *
 * @example
 * plainNames(dataset).events[0].title; // 'Bridge opens', from '\u202eBridge opens'
 */
export function plainNames(dataset: Dataset): Dataset {
	const known = shown.get(dataset);
	if (known) return known;
	const events = keepIfSame(dataset.events, dataset.events.map(plainEvent));
	const sources = keepIfSame(dataset.sources, dataset.sources.map(plainSource));
	const eras = dataset.eras && keepIfSame(dataset.eras, dataset.eras.map(plainEra));
	const plain =
		events === dataset.events &&
		sources === dataset.sources &&
		eras === dataset.eras &&
		!controlled(dataset.title)
			? dataset
			: { ...dataset, title: plainTitle(dataset.title), events, sources, eras };
	shown.set(dataset, plain);
	return plain;
}

function plainEra<E extends { title: string }>(era: E): E {
	return controlled(era.title) ? { ...era, title: plainTitle(era.title) } : era;
}

/** `before` itself when `after` holds the same items, so an untouched list is not copied. */
function keepIfSame<T>(before: T[], after: T[]): T[] {
	return after.every((item, i) => item === before[i]) ? before : after;
}
