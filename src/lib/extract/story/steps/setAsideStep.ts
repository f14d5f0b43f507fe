import type { ArticleStep } from '../types';
import { SAME_HAPPENING, unplaced } from '../thresholds';
import { contentWords } from '../words';

const bagsOf = new WeakMap<object, Set<string>[]>();

/**
 * The editor's decisions outlive the articles that prompted them: a mention of a happening the
 * editor deleted is left out, and one of a happening the editor merged into another event or
 * moved to another date joins that event. Runs after `sameHappening`, so that an event the
 * editor brought back (Undo) takes its mentions as any other event does.
 */
export const setAsideStep: ArticleStep = {
	name: 'setAside',
	run(draft, article) {
		if (!draft.tombstones.length) return;
		for (const mention of unplaced(article)) {
			for (const tombstone of draft.tombstones) {
				if (tombstone.date !== mention.event.date) continue;
				let bags = bagsOf.get(tombstone);
				if (!bags)
					bagsOf.set(tombstone, (bags = tombstone.quotes.map((q) => contentWords(q.text))));
				if (draft.likenessTo(mention.words, bags) < SAME_HAPPENING) continue;
				const into = tombstone.into === null ? -1 : draft.eventIndex(tombstone.into);
				if (into < 0) {
					article.placed.set(mention, { kind: 'set-aside' });
				} else {
					draft.join(into, mention);
					article.placed.set(mention, { kind: 'followed', event: into });
				}
				break;
			}
		}
	}
};
