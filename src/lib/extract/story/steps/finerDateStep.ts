import { isCoarser } from '../spans';
import type { ArticleStep } from '../types';
import { unplaced, withinSpan } from '../thresholds';

/**
 * `coarserDateStep` read the other way round: the article read first dates a happening only to
 * its week or month ("the dockers' strike last week"), a later-read one finer (to the day:
 * "walked out on Tuesday"; or to the week, of a month). A mention that joined nothing joins an
 * event made during this fold and dated to a span holding its date, told in alike words
 * (`withinSpan` of the event's span, as `coarserDateStep` asks of the mention's), and the event
 * takes the mention's date and title: the finer date says more, and the coarser one does not
 * disagree with it. So the story holds the same happenings whichever article is read first.
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
				const score = draft.likeness(mention, i);
				if (score >= withinSpan(span) && score > bestScore) [best, bestScore] = [i, score];
			}
			if (best === null) continue;
			draft.redate(best, { date, start, end, precision });
			draft.update(best, { title: mention.event.title, resolution: mention.event.resolution });
			draft.join(best, mention);
			article.placed.set(mention, { kind: 'joined', event: best });
		}
	}
};
