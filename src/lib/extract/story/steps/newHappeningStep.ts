import type { ArticleStep } from '../types';
import { unplaced } from '../thresholds';

/**
 * A mention that joined nothing is news to the story: an event of its own, under its article's
 * id for it unless another event has that id already (then numbered). Ids, once given, never
 * change as articles are added, so that links and corrections keep finding their events.
 */
export const newHappeningStep: ArticleStep = {
	name: 'newHappening',
	run(draft, article) {
		for (const mention of unplaced(article)) {
			article.placed.set(mention, { kind: 'new', event: draft.create(mention) });
		}
	}
};
