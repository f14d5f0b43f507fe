import { boundsOf } from '../../../data/edtfBounds';
import { addDays, compareDays, formatDay, parseDay } from '../../../data/calendar';
import type { ArticleStep } from '../types';
import { SAME_HAPPENING, SAME_WORDING, unplaced } from '../thresholds';

/** The longest span a week's telling may give: news dates a recent happening "last week". */
const WEEK_DAYS = 7;
/** The longest span that still names a happening rather than a story's background: a month. */
const MONTH_DAYS = 31;

/**
 * One article dates a happening to the day ("the bridge closed on Monday"), a later one only to
 * its week or month ("the city closed the bridge last week"): a mention dated coarser than a day
 * joins the story's day-precise event, within its span, that it tells in alike words, rather than
 * standing apart as a second event of the same happening. The event keeps its day (the finer
 * date says more, and the coarser one does not disagree with it) and the quotes of both.
 *
 * How alike is the same-day rule's `SAME_HAPPENING` within a week, which holds few of a story's
 * days; within a month, which holds many happenings, only nearly the same words
 * (`SAME_WORDING`). A span longer than a month (a year, a decade) is background, not a retelling
 * of one day's news, and joins nothing here. Runs after the same-date and nearby-day steps: a
 * mention of the same date, or one a day off, is a closer match than one inside a span.
 */
export const coarserDateStep: ArticleStep = {
	name: 'coarserDate',
	run(draft, article) {
		for (const mention of unplaced(article)) {
			const days = daysWithin(mention.event.date);
			// A day is for the steps before; none, a span too long to be one happening's.
			if (days.length < 2) continue;
			const candidates = days.flatMap((day) =>
				draft.eventsOn(day).filter((i) => draft.events[i].precision === 'day')
			);
			const likeness = days.length <= WEEK_DAYS ? SAME_HAPPENING : SAME_WORDING;
			const i = draft.nearest(mention, candidates, likeness);
			if (i === null) continue;
			draft.join(i, mention);
			article.placed.set(mention, { kind: 'joined', event: i });
		}
	}
};

/**
 * The days a date covers, in order: none for a span longer than a month (see `coarserDateStep`)
 * or a date that cannot be bounded.
 *
 * @example
 * daysWithin('2025-03-03/2025-03-09').length; // 7
 */
export function daysWithin(date: string): string[] {
	const bounds = boundsOrNull(date);
	const first = bounds && parseDay(bounds.start);
	const days: string[] = [];
	for (let n = 0; first; n++) {
		const day = formatDay(addDays(first, n));
		if (compareDays(day, bounds.end) > 0) return days;
		if (days.push(day) > MONTH_DAYS) return [];
	}
	return days;
}

/**
 * Whether `date` only holds `than`: covers every day of it and more ("last week" and its
 * Thursday), as a recollection dates what a report gave the day of.
 *
 * @example
 * isCoarser('2025-03-03/2025-03-09', '2025-03-06'); // true
 */
export function isCoarser(date: string, than: string): boolean {
	const outer = boundsOrNull(date);
	const inner = boundsOrNull(than);
	if (!outer || !inner) return false;
	const starts = compareDays(outer.start, inner.start);
	const ends = compareDays(inner.end, outer.end);
	return starts <= 0 && ends <= 0 && starts + ends < 0;
}

function boundsOrNull(date: string): { start: string; end: string } | null {
	try {
		return boundsOf(date);
	} catch {
		return null;
	}
}
