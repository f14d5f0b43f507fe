import type { ArticleStep } from '../types';
import { SAME_HAPPENING, unplaced } from '../thresholds';

/**
 * A mention joins the story's event of the same date whose words are most like its own, when
 * they are alike enough to tell one happening: two wordings of the rig sinking on April 22 are
 * one event quoting both articles, while the rig sinking and a hearing on the same day, which
 * share little beyond the story's common words, stay apart.
 */
export const sameHappeningStep: ArticleStep = {
	name: 'sameHappening',
	run(draft, article) {
		for (const mention of unplaced(article)) {
			const i = draft.nearest(mention, draft.eventsOn(mention.event.date), SAME_HAPPENING);
			if (i === null) continue;
			draft.join(i, mention);
			article.placed.set(mention, { kind: 'joined', event: i });
		}
	}
};
