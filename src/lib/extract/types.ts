import type { Day } from '../data/calendar';

/** TIMEX3 types, as TimeML writes them. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression found in a text, with its TIMEX3 value. Offsets are UTF-16, end exclusive. */
export interface Timex {
	start: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
}

/**
 * A time expression on its way through the pipeline: its exact span, its TIMEX3 reading, which
 * parts of the date the text stated and which the pipeline implied (as chrono's `assign` and
 * `imply`), the rules that touched it, and a one-line note on how it was resolved.
 */
export interface Candidate extends Timex {
	/** Date parts the text states, e.g. `['month', 'day']` for "Oct. 7". */
	stated: string[];
	/** Date parts filled in from the reference date or context, e.g. `['year']`. */
	implied: string[];
	/** Names of the extractors and refiners that produced or changed it, in order. */
	tags: string[];
	/** How the value was resolved, for people: "'last week': the calendar week before …". */
	resolution: string;
	/** Ties between overlapping candidates of equal length go to the higher priority. */
	priority: number;
	/** Set when a refiner must settle the value from the document (see `contextRefiner`). */
	pending?: PendingResolution;
	/** The other end of a stated range this candidate opens ("from March to May"), for events. */
	range?: { value: string; end: number };
	/** Set on the closing end of a range, which the opening candidate carries. */
	inRange?: boolean;
	/**
	 * Dates an event but is no time expression, so the TIMEX3 output leaves it out: the weekday
	 * in a Sunday paper's name, which dates what the paper reported ("the Sunday Times reported").
	 */
	eventOnly?: boolean;
}

/** Readings that depend on what the document said earlier, settled by a refiner. */
export type PendingResolution =
	| { kind: 'weekday'; weekday: number; relative: string; part: string }
	| { kind: 'quarter-anaphor'; back: boolean; year?: number; span?: boolean }
	| { kind: 'year-earlier'; fallback: string }
	| { kind: 'days-earlier'; days: number }
	| { kind: 'date-anaphor'; unit: 'year' | 'month' | 'day' | 'date'; shift: number };

/** What every extractor and refiner sees. */
export interface ExtractContext {
	text: string;
	/** The reference (publication) day. */
	ref: Day;
}

/** Finds candidates in the text; knows nothing of other extractors. */
export interface Extractor {
	name: string;
	extract(context: ExtractContext): Candidate[];
}

/** Rewrites the whole candidate list (filter, merge, resolve); runs after every extractor. */
export interface Refiner {
	name: string;
	refine(context: ExtractContext, candidates: Candidate[]): Candidate[];
}
