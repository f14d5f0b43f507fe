import type { ArticleStep } from '../types';
import { unplaced, withinSpan } from '../thresholds';
import { daysWithin, isCoarser } from '../spans';

/**
 * One article dates a happening to the day ("the bridge closed on Monday"), a later one only to
 * its week or month ("the city closed the bridge last week"): a mention dated coarser than a day
 * joins the story's event dated finer within its span (a day of it, or a week of a month) that it
 * tells in alike words, rather than standing apart as a second event of the same happening. The
 * event keeps its date (the finer date says more, and the coarser one does not disagree with it)
 * and the quotes of both. `finerDateStep` is the same join read the other way round.
 *
 * How alike: `withinSpan` of the mention's span (a week's few days, a month's many happenings),
 * to the event as told at its own date (`likenessAsDated`), not as other spans recall it.
 * A span longer than a month (a year, a decade) is background, not a retelling of one day's
 * news, and joins nothing here. Runs after the same-date and nearby-day steps: a mention of the
 * same date, or one a day off, is a closer match than one inside a span.
 */
export const coarserDateStep: ArticleStep = {
	name: 'coarserDate',
	run(draft, article) {
		for (const mention of unplaced(article)) {
			const days = daysWithin(mention.event.date);
			// A day is for the steps before; none, a span too long to be one happening's.
			if (days.length < 2) continue;
			const finer = new Set<number>();
			for (const day of days) {
				for (const i of draft.eventsOn(day)) if (draft.events[i].precision === 'day') finer.add(i);
				for (const i of draft.eventsHolding(day))
					if (isCoarser(mention.event.date, draft.events[i].date)) finer.add(i);
			}
			const i = draft.nearest(mention, [...finer], withinSpan(mention.event.date), true);
			if (i === null) continue;
			draft.join(i, mention);
			article.placed.set(mention, { kind: 'joined', event: i });
		}
	}
};
