import { daysWithin, isCoarser, WEEK_DAYS } from '../spans';
import type { ArticleStep } from '../types';
import { SAME_HAPPENING, unplaced } from '../thresholds';

/**
 * `coarserDateStep` read the other way round: the article read first dates a happening only to
 * its week ("the dockers' strike last week"), a later-read one to the day ("walked out on
 * Tuesday"). A mention that joined nothing joins an event made during this fold and dated to a
 * week holding its date, told in alike words (`SAME_HAPPENING`, as `coarserDateStep` asks within
 * a week), and the event takes the mention's date and title: the finer date says more, and the
 * coarser one does not disagree with it. So the story holds the same happenings whichever
 * article is read first.
 *
 * Not a month: what news dates to a month is as often an expectation or background ("the leak
 * may not be stopped until August", told in fifty articles) as a happening recalled, and one
 * article's day of that month does not make it that day's happening. A month-telling read after
 * the day still joins it (`coarserDateStep`, in nearly the same words); read before, it stands
 * apart.
 *
 * An event that was in the story before this fold keeps its date and title, as an editor may
 * have set them (see `fold.ts`): the finer telling stands apart from it, for the editor to merge.
 * Runs after the day steps (a same-day or nearby-day event is a closer match than a span) and
 * before `retoldStep`, so that the article's other tellings of that date follow this one.
 */
export const finerDateStep: ArticleStep = {
	name: 'finerDate',
	run(draft, article) {
		for (const mention of unplaced(article)) {
			const { date, start, end, precision } = mention.event;
			let best: number | null = null;
			let bestScore = -1;
			for (const i of draft.eventsHolding(start.slice(0, 10))) {
				const span = draft.events[i].date;
				if (!draft.created.has(i) || !isCoarser(span, date)) continue;
				if (daysWithin(span).length > WEEK_DAYS) continue;
				const score = draft.likenessAsDated(mention, i);
				if (score >= SAME_HAPPENING && score > bestScore) [best, bestScore] = [i, score];
			}
			if (best === null) continue;
			draft.redate(best, { date, start, end, precision });
			draft.update(best, { title: mention.event.title, resolution: mention.event.resolution });
			draft.join(best, mention);
			article.placed.set(mention, { kind: 'joined', event: best });
		}
	}
};
