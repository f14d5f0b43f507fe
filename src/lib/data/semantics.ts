/**
 * The rules of the contract that tie fields together, beyond the structure the zod schema of
 * `schema.ts` checks: ids used once, quotes that are their source's words at their offsets,
 * dates whose EDTF covers their days, and what a version 1 dataset may not use. Kept apart from
 * the schema, and written to stay cheap at 100,000 events (issue 15): a path is written only for
 * a problem found.
 */
import { compareDays, parseDay } from './calendar';
import { boundsOf } from './edtfBounds';
import { describe, type Problem } from './issueText';
import { quoteProblems, type Quote, type QuotedSources } from './quoteProblems';

// The parts of a dataset these rules read, by their shape (the types of `schema.ts`, which
// imports this module, have them all).
interface Span {
	date: string;
	start: string;
	end: string;
}
interface Source {
	id: string;
	text: string;
	published: string;
}
interface Event extends Span {
	id: string;
	precision: string;
	quotes: Quote[];
	media?: unknown;
	group?: unknown;
	displayDate?: unknown;
	background?: unknown;
	timelinejs?: unknown;
}
interface Dataset {
	version: number;
	eras?: unknown;
	media?: unknown;
	background?: unknown;
	timelinejs?: unknown;
	sources: Source[];
	events: Event[];
}

/** Items with their index in the dataset, so problems name the right path when some are left out. */
export function numbered<T>(items: T[]): [number, T][] {
	return items.map((item, i) => [i, item]);
}

/** What a dataset whose structure is broken in places leaves out of its semantic check. */
export interface LeftOut {
	/** The ids of the sources left out (those that have one): quotes naming them are not checked. */
	sourceIds: ReadonlySet<string>;
	/**
	 * The events left out, with their quotes and which of those are broken themselves: their
	 * sound quotes are still checked, so a refusal names an unknown source beside a broken date.
	 */
	events: [number, readonly Quote[], ReadonlySet<number>][];
}

const NOTHING_LEFT_OUT: LeftOut = { sourceIds: new Set(), events: [] };

/**
 * The rules that tie fields together, over sources and events whose structure is sound, and the
 * sound quotes of the events left out (`leftOut`).
 */
export function semanticProblems(
	soundSources: [number, Source][],
	soundEvents: [number, Event][],
	soundEras: [number, Span][] = [],
	leftOut: LeftOut = NOTHING_LEFT_OUT
): Problem[] {
	const problems: Problem[] = [];
	const sources = new Map<string, Source>();
	soundSources.forEach(([i, source]) => {
		if (sources.has(source.id)) {
			problems.push({
				path: `$.sources[${i}].id`,
				expected: 'a source id used once',
				found: describe(source.id) + ' (already used)'
			});
		}
		sources.set(source.id, source);
	});
	soundEras.forEach(([i, era]) => spanProblems(problems, 'eras', i, era));
	const eventIds = new Set<string>();
	let ids: string | undefined;
	const quoted: QuotedSources = {
		sound: sources,
		leftOut: leftOut.sourceIds,
		listed: () => (ids ??= [...sources.keys(), ...leftOut.sourceIds].join(', '))
	};
	// Paths are written only for a problem: a valid dataset of 100,000 events builds none.
	for (const [i, event] of soundEvents) {
		if (eventIds.has(event.id)) {
			problems.push({
				path: `$.events[${i}].id`,
				expected: 'an event id used once',
				found: describe(event.id) + ' (already used)'
			});
		}
		eventIds.add(event.id);
		spanProblems(problems, 'events', i, event);
		quoteProblems(problems, i, event.quotes, quoted);
	}
	for (const [i, quotes, broken] of leftOut.events)
		quoteProblems(problems, i, quotes, quoted, broken);
	return problems;
}

/**
 * An event's or an era's date against its days, into `problems`: start on or before end (by the
 * calendar, years before 1 included), and an EDTF date that covers exactly those days.
 */
function spanProblems(problems: Problem[], list: 'events' | 'eras', i: number, item: Span): void {
	// Most events are one plain day, stated as their start and end: a day the structure found
	// real (years 0000-9999), which covers itself.
	if (item.date.length === 10 && item.date === item.start && item.date === item.end) return;
	const at = `$.${list}[${i}]`;
	if (compareDays(item.start, item.end) > 0) {
		problems.push({
			path: `${at}.start`,
			expected: `a day on or before end (${item.end})`,
			found: describe(item.start)
		});
	}
	let bounds: { start: string; end: string } | null = null;
	try {
		bounds = boundsOf(item.date);
	} catch {
		problems.push({
			path: `${at}.date`,
			expected: 'an EDTF date such as 2014, 2020-01, 2023-10-07 or 2024-01-01/2024-01-07',
			found: describe(item.date)
		});
	}
	if (bounds && (bounds.start !== item.start || bounds.end !== item.end)) {
		problems.push({
			path: `${at}.date`,
			expected: `a date covering ${item.start} to ${item.end} (start/end)`,
			found: `${describe(item.date)}, which covers ${bounds.start} to ${bounds.end}`
		});
	}
}

/** Where a dataset uses what version 2 added, and what that is, in document order. */
interface Feature {
	path: string;
	/** What version 1 expects there instead. */
	expected: string;
	found: string;
}

const V2 = 'came with version 2: set "version": 2';

/** Every use of a version 2 feature in a dataset, in document order. */
function version2Features(dataset: Dataset): Feature[] {
	const features: Feature[] = [];
	// Paths are written only for a feature found: a version 1 dataset of 100,000 events has none.
	const field = (at: string, key: string, value: unknown, plural = key + 's') => {
		if (value !== undefined)
			features.push({
				path: `${at}${key}`,
				expected: `no ${key} in a version 1 dataset (${plural} ${V2})`,
				found: describe(value)
			});
	};
	const year = (at: string, key: string, value: string) => {
		if (isDayOfYears1To9999(value)) return;
		const day = parseDay(value);
		if (day && (day.y < 1 || day.y > 9999))
			features.push({
				path: `${at}${key}`,
				expected: `a year from 1 to 9999 in a version 1 dataset (other years ${V2})`,
				found: describe(value)
			});
	};
	field('$.', 'eras', dataset.eras, 'eras');
	field('$.', 'media', dataset.media, 'media');
	field('$.', 'background', dataset.background);
	field('$.', 'timelinejs', dataset.timelinejs, 'TimelineJS originals');
	dataset.sources.forEach((source, i) => year(`$.sources[${i}].`, 'published', source.published));
	dataset.events.forEach((event, i) => {
		const v2 =
			event.media !== undefined ||
			event.group !== undefined ||
			event.displayDate !== undefined ||
			event.background !== undefined ||
			event.timelinejs !== undefined ||
			event.precision === 'minute' ||
			!isDayOfYears1To9999(event.start) ||
			!isDayOfYears1To9999(event.end);
		if (!v2) return;
		const at = `$.events[${i}].`;
		field(at, 'media', event.media, 'media');
		field(at, 'group', event.group);
		field(at, 'displayDate', event.displayDate, 'display dates');
		field(at, 'background', event.background);
		field(at, 'timelinejs', event.timelinejs, 'TimelineJS originals');
		if (event.precision === 'minute')
			features.push({
				path: `${at}precision`,
				expected: `a precision of a day or coarser in a version 1 dataset (times of day ${V2})`,
				found: describe(event.precision)
			});
		year(at, 'start', event.start);
		year(at, 'end', event.end);
	});
	return features;
}

/** Whether an ISO date starts with a year of four digits from 0001 to 9999 (most dates do). */
function isDayOfYears1To9999(value: string): boolean {
	for (let k = 0; k < 4; k++) {
		const c = value.charCodeAt(k);
		if (c < 48 || c > 57) return false;
	}
	const next = value.charCodeAt(4);
	return (value.length === 4 || next === 45 || next === 84) && !value.startsWith('0000');
}

/**
 * Every problem of a dataset whose structure is sound (checked by the schema, or vouched for by
 * `quickStructure`): the rules that tie its fields together, then what its version may not use.
 */
export function soundProblems(dataset: Dataset): Problem[] {
	const eras = (dataset.eras ?? []) as Span[];
	return [
		...semanticProblems(numbered(dataset.sources), numbered(dataset.events), numbered(eras)),
		...versionProblems(dataset)
	];
}

/** A version 1 dataset that uses what version 2 added: one problem per use, saying how to fix it. */
export function versionProblems(dataset: Dataset): Problem[] {
	return dataset.version === 1 ? version2Features(dataset) : [];
}

/**
 * The lowest contract version that holds a dataset: 2 when it uses media, groups, eras,
 * backgrounds, display dates, times of day or years outside 1-9999, else 1. Importers and
 * exporters stamp their datasets with it, so that what version 1 holds stays version 1.
 *
 * @example
 * datasetVersion({ ...dataset, eras: [] }); // 2
 */
export function datasetVersion(dataset: Dataset): 1 | 2 {
	return version2Features({ ...dataset, version: 1 }).length ? 2 : 1;
}
