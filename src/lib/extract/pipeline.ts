/**
 * The time-expression pipeline: every extractor reads the text on its own, then the refiners
 * run in order over all candidates. Shaped after chrono's configuration
 * (`src/locales/en/configuration.ts`): small units, an explicit order, each order commented.
 */
import { parseDay } from '../data/calendar';
import { agoExtractor } from './extractors/agoExtractor';
import { chronoExtractor } from './extractors/chronoExtractor';
import { clockExtractor, zonedClockExtractor } from './extractors/clockExtractor';
import { durationExtractor, vagueDurationExtractor } from './extractors/durationExtractor';
import { holidayExtractor } from './extractors/holidayExtractor';
import { namedPeriodExtractor } from './extractors/namedPeriodExtractor';
import { monthExtractor } from './extractors/monthExtractor';
import {
	adjacentDayExtractor,
	anaphoricPeriodExtractor,
	periodExtractor,
	reportedWeekExtractor
} from './extractors/periodExtractor';
import {
	fiscalYearExtractor,
	quarterAnaphorExtractor,
	quarterExtractor,
	shortQuarterExtractor
} from './extractors/quarterExtractor';
import { referenceExtractor } from './extractors/referenceExtractor';
import {
	countedDayExtractor,
	partOfDayExtractor,
	relativeDayExtractor
} from './extractors/relativeDayExtractor';
import { seasonExtractor } from './extractors/seasonExtractor';
import { setExtractor } from './extractors/setExtractor';
import { spokenYearExtractor } from './extractors/spokenYearExtractor';
import { weekdayExtractor } from './extractors/weekdayExtractor';
import {
	centuryExtractor,
	decadeExtractor,
	yearExtractor,
	yearSpanExtractor
} from './extractors/yearExtractor';
import { clockDayRefiner } from './refiners/clockDayRefiner';
import { coordinatedDayRefiner } from './refiners/coordinatedDayRefiner';
import { contextRefiner } from './refiners/contextRefiner';
import { overlapRemovalRefiner } from './refiners/overlapRemovalRefiner';
import { quotedDayRefiner } from './refiners/quotedDayRefiner';
import { rangeRefiner } from './refiners/rangeRefiner';
import { partOfPeriodRefiner } from './refiners/partOfPeriodRefiner';
import { unsettledRefiner } from './refiners/unsettledRefiner';
import { weekdayRefiner } from './refiners/weekdayRefiner';
import type { Candidate, ExtractContext, Extractor, Refiner } from './types';

/**
 * Extractors are independent, so their order only breaks ties between candidates of the same
 * span and priority: calendar dates first (the most specific reading), vague references last.
 */
export const extractors: Extractor[] = [
	chronoExtractor,
	clockExtractor,
	zonedClockExtractor,
	quarterExtractor,
	shortQuarterExtractor,
	fiscalYearExtractor,
	quarterAnaphorExtractor,
	periodExtractor,
	reportedWeekExtractor,
	anaphoricPeriodExtractor,
	adjacentDayExtractor,
	agoExtractor,
	monthExtractor,
	seasonExtractor,
	weekdayExtractor,
	relativeDayExtractor,
	partOfDayExtractor,
	countedDayExtractor,
	holidayExtractor,
	namedPeriodExtractor,
	yearExtractor,
	yearSpanExtractor,
	spokenYearExtractor,
	decadeExtractor,
	centuryExtractor,
	durationExtractor,
	vagueDurationExtractor,
	setExtractor,
	referenceExtractor
];

export const refiners: Refiner[] = [
	// First: one reading per stretch of text, so later refiners never see a shadowed candidate.
	overlapRemovalRefiner,
	// Needs chrono's dates alone in their stretch of text: adds "25" beside "April 24 and".
	coordinatedDayRefiner,
	// Weekdays only need the clause around them, not other candidates.
	weekdayRefiner,
	// Needs weekdays settled, to put the clock time on their day.
	clockDayRefiner,
	// Needs weekdays settled: counts a quoted "today" from the day its attribution names.
	quotedDayRefiner,
	// Widens a settled date to "the end of …"; after the refiners that read the bare expression.
	partOfPeriodRefiner,
	// Last: reads every settled candidate in document order to settle the anaphoric ones.
	contextRefiner,
	// Anything still unsettled has no value worth reporting.
	unsettledRefiner,
	// Reads settled values only: joins the ends of "from March to May" for events.
	rangeRefiner
];

/** Runs the pipeline over a text against a reference date (`YYYY-MM-DD`, time ignored). */
export function runPipeline(text: string, reference: string): Candidate[] {
	const ref = parseDay(reference);
	if (!ref) throw new RangeError(`Reference date ${JSON.stringify(reference)} is not ISO 8601`);
	const context: ExtractContext = { text, ref };
	let candidates: Candidate[] = [];
	for (const extractor of extractors) candidates = candidates.concat(extractor.extract(context));
	for (const refiner of refiners) candidates = refiner.refine(context, candidates);
	return candidates;
}
