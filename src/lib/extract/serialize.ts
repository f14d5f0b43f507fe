/**
 * Datasets as the JSON files the app serves: tab-indented, keys in the schema's order, so that
 * regenerating an unchanged article rewrites the same bytes and diffs stay readable.
 */
import type { Dataset, Entities, Era, Quote, Source, TimelineEvent } from '../data/schema';

/** A dataset as stable JSON text, ending with a newline. */
export function datasetJson(dataset: Dataset): string {
	return JSON.stringify(ordered(dataset), null, '\t') + '\n';
}

function ordered(dataset: Dataset): Dataset {
	return compact({
		version: dataset.version,
		id: dataset.id,
		title: dataset.title,
		description: dataset.description,
		sources: dataset.sources.map(source),
		events: dataset.events.map(event),
		eras: dataset.eras?.map(era),
		media: dataset.media,
		background: dataset.background,
		timelinejs: dataset.timelinejs
	});
}

function era(e: Era): Era {
	return compact({
		title: e.title,
		date: e.date,
		start: e.start,
		end: e.end,
		precision: e.precision,
		summary: e.summary,
		timelinejs: e.timelinejs
	});
}

function source(s: Source): Source {
	return compact({
		id: s.id,
		title: s.title,
		publisher: s.publisher,
		author: s.author,
		url: s.url,
		published: s.published,
		text: s.text
	});
}

function event(e: TimelineEvent): TimelineEvent {
	return compact({
		id: e.id,
		title: e.title,
		summary: e.summary,
		date: e.date,
		start: e.start,
		end: e.end,
		precision: e.precision,
		quotes: e.quotes.map(quote),
		resolution: e.resolution,
		entities: e.entities && entities(e.entities),
		url: e.url,
		media: e.media,
		group: e.group,
		displayDate: e.displayDate,
		background: e.background,
		timelinejs: e.timelinejs,
		importance: e.importance
	});
}

function quote(q: Quote): Quote {
	return { source: q.source, start: q.start, end: q.end, text: q.text };
}

function entities(e: Entities): Entities {
	return { people: e.people, places: e.places, organizations: e.organizations };
}

/** Drops keys whose value is undefined, keeping the order of the rest. */
function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
