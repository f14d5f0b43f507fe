import { addDays, formatDay, parseDay } from '../../../data/calendar';
import type { ArticleStep } from '../types';
import { SAME_WORDING, unplaced } from '../thresholds';

/** How far apart two days may be and still be one happening dated differently. */
export const NEAR_DAYS = 2;

/**
 * Articles disagree about dates (one says Jan. 3, another Jan. 2; a time zone, a late
 * correction, a weekday read a day off): a day-precise mention that joined no event of its own
 * day joins an event a day or two away when it tells it in nearly the same words, and the event
 * keeps both quotes and says the articles disagree rather than silently picking one. Only when
 * the article itself dates nothing on that other day: an article that tells both days apart is
 * telling two happenings (Monday's attempt and Tuesday's).
 */
export const dateDisagreementStep: ArticleStep = {
	name: 'dateDisagreement',
	run(draft, article) {
		const own = new Set(article.mentions.map((m) => m.event.date));
		for (const mention of unplaced(article)) {
			if (mention.event.precision !== 'day') continue;
			const day = parseDay(mention.event.date);
			if (!day) continue;
			const candidates: number[] = [];
			for (let n = -NEAR_DAYS; n <= NEAR_DAYS; n++) {
				const other = formatDay(addDays(day, n));
				if (n === 0 || own.has(other)) continue;
				for (const i of draft.eventsOn(other))
					if (draft.events[i].precision === 'day') candidates.push(i);
			}
			const i = draft.nearest(mention, candidates, SAME_WORDING);
			if (i === null) continue;
			draft.join(i, mention, {
				source: mention.source.id,
				date: mention.event.date,
				resolution: mention.event.resolution
			});
			article.placed.set(mention, { kind: 'disagrees', event: i, date: mention.event.date });
		}
	}
};
