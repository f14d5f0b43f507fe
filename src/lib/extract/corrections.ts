/**
 * Editors keep the last word: human corrections, kept in a file beside each generated dataset
 * and keyed by event id, are applied on every regeneration. A correction whose event no longer
 * exists is an error, never silently dropped.
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
	const events: TimelineEvent[] = [];
	for (const event of dataset.events) {
		// An own key only: an event may well be called "constructor".
		const correction = Object.hasOwn(byId, event.id) ? byId[event.id] : undefined;
		if (!correction) {
			events.push(event);
			continue;
		}
		if (correction.removed) continue;
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
	events.sort(bySpan);
	return validateDataset({ ...dataset, events }, dataset.id);
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
