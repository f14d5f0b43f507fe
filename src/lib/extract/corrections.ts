/**
 * Editors keep the last word: human corrections, kept in a file beside each generated dataset
 * and keyed by event id, are applied on every regeneration. A correction whose event no longer
 * exists is an error, never silently dropped. Event ids stay stable as a story's articles are
 * added (see `story/fold.ts`), so corrections keep finding their events.
 */
import { boundsOf } from '../data/edtfBounds';
import { precisionOf } from '../data/edtfPrecision';
import { bySpan } from '../data/partialDate';
import {
	validateDataset,
	type Dataset,
	type Precision,
	type Quote,
	type TimelineEvent
} from '../data/schema';
import { importanceOf } from './story/importance';
import { joinEvents } from './story/join';

/** Changes to one generated event. */
export interface EventCorrection {
	title?: string;
	summary?: string;
	/** EDTF, e.g. `2020-01`; `precision` says how fine it is (inferred when left out). */
	date?: string;
	precision?: Precision;
	/** The reason for a date change, shown as the event's resolution. */
	resolution?: string;
	removed?: boolean;
	/**
	 * The id of another event this one is the same happening as: its quotes and names join that
	 * event, and it goes (as the editor's Merge does).
	 */
	mergeInto?: string;
}

/** An event an editor adds by hand. */
export interface AddedEvent {
	id: string;
	title: string;
	date: string;
	precision?: Precision;
	summary?: string;
	quotes?: Quote[];
	resolution?: string;
}

/** The contents of `<id>.corrections.yaml`. */
export interface Corrections {
	events?: Record<string, EventCorrection>;
	added?: AddedEvent[];
}

/** Thrown when corrections cannot all be applied; lists every one that could not. */
export class CorrectionError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'CorrectionError';
	}
}

/**
 * The dataset with corrections applied: titles, summaries, dates and precisions replaced,
 * removed events dropped, added events inserted in date order. Returns a new dataset.
 *
 * @example
 * applyCorrections(dataset, { events: { '2020-us-airstrike-killed': { date: '2020-01-03', precision: 'day' } } });
 * @throws CorrectionError naming each correction whose event id is not in the dataset.
 */
export function applyCorrections(dataset: Dataset, corrections: Corrections): Dataset {
	const problems: string[] = [];
	const byId = corrections.events ?? {};
	const ids = new Set(dataset.events.map((e) => e.id));
	for (const id of Object.keys(byId)) {
		if (!ids.has(id))
			problems.push(
				`correction for event "${id}": no such event in dataset "${dataset.id}" (was its title or date changed?)`
			);
	}
	const merges = mergesOf(byId, ids, dataset.id, problems);
	const events: TimelineEvent[] = [];
	for (const event of dataset.events) {
		// An own key only: an event may well be called "constructor".
		const correction = Object.hasOwn(byId, event.id) ? byId[event.id] : undefined;
		if (!correction) {
			events.push(event);
			continue;
		}
		if (correction.removed || merges.has(event.id)) continue;
		const corrected: TimelineEvent = { ...event };
		if (correction.title !== undefined) corrected.title = correction.title;
		if (correction.summary !== undefined) corrected.summary = correction.summary;
		if (correction.date !== undefined || correction.precision !== undefined) {
			const date = correction.date ?? event.date;
			const dated = dated_(
				date,
				correction.precision,
				`correction for event "${event.id}"`,
				problems
			);
			if (dated) Object.assign(corrected, dated);
			corrected.resolution = correction.resolution ?? `date set by an editor`;
		} else if (correction.resolution !== undefined) corrected.resolution = correction.resolution;
		events.push(corrected);
	}
	for (const added of corrections.added ?? []) {
		if (ids.has(added.id)) {
			problems.push(`added event "${added.id}": an event with that id already exists`);
			continue;
		}
		const dated = dated_(added.date, added.precision, `added event "${added.id}"`, problems);
		if (!dated) continue;
		const event: TimelineEvent = {
			id: added.id,
			title: added.title,
			...dated,
			quotes: added.quotes ?? [],
			resolution: added.resolution ?? 'added by an editor'
		};
		if (added.summary !== undefined) event.summary = added.summary;
		events.push(event);
	}
	if (problems.length) throw new CorrectionError(problems);
	const merged = joinMerged(dataset, events, merges);
	merged.sort(bySpan);
	// A story's importance follows what the corrected events hold (a merged event is told by
	// more articles); a dataset without importance gains none.
	if (dataset.events.some((e) => e.importance !== undefined)) {
		const importance = importanceOf({ sources: dataset.sources, events: merged });
		importance.forEach((value, i) => (merged[i] = { ...merged[i], importance: value }));
	}
	return validateDataset({ ...dataset, events: merged }, dataset.id);
}

/**
 * Each `mergeInto` correction as the event it goes into, in the end (a chain a → b → c goes
 * into c); a merge into an event that is not there, is removed, or leads round to itself is
 * a problem.
 */
function mergesOf(
	byId: Record<string, EventCorrection>,
	ids: Set<string>,
	datasetId: string,
	problems: string[]
): Map<string, string> {
	const into = new Map<string, string>();
	for (const [id, correction] of Object.entries(byId)) {
		if (correction.mergeInto === undefined || !ids.has(id)) continue;
		let target = correction.mergeInto;
		const seen = new Set([id]);
		while (
			Object.hasOwn(byId, target) &&
			byId[target].mergeInto !== undefined &&
			!seen.has(target)
		) {
			seen.add(target);
			target = byId[target].mergeInto!;
		}
		if (seen.has(target))
			problems.push(
				`correction for event "${id}": mergeInto leads back to it (${[...seen, id].join(' → ')})`
			);
		else if (!ids.has(target))
			problems.push(
				`correction for event "${id}": mergeInto "${target}": no such event in dataset "${datasetId}"`
			);
		else if (Object.hasOwn(byId, target) && byId[target].removed)
			problems.push(
				`correction for event "${id}": mergeInto "${target}", an event the corrections remove`
			);
		else into.set(id, target);
	}
	return into;
}

/** The corrected events with the merged ones' quotes and names joined into their targets. */
function joinMerged(
	dataset: Dataset,
	events: TimelineEvent[],
	merges: Map<string, string>
): TimelineEvent[] {
	if (!merges.size) return events;
	const order = new Map(dataset.sources.map((s, i) => [s.id, i]));
	const rank = (id: string) => order.get(id) ?? order.size;
	const at = new Map(events.map((e, i) => [e.id, i]));
	const joined = events.slice();
	for (const event of dataset.events) {
		const target = merges.get(event.id);
		if (target === undefined) continue;
		const i = at.get(target)!;
		joined[i] = joinEvents(joined[i], event, rank);
	}
	return joined;
}

function dated_(
	date: string,
	precision: Precision | undefined,
	what: string,
	problems: string[]
): Pick<TimelineEvent, 'date' | 'start' | 'end' | 'precision'> | null {
	try {
		const { start, end } = boundsOf(date);
		return { date, start, end, precision: precision ?? precisionOf(date) };
	} catch {
		problems.push(
			`${what}: ${JSON.stringify(date)} is not an EDTF date (e.g. 2020, 2020-01, 2020-01-03)`
		);
		return null;
	}
}
