import type { Mention } from '../storyDraft';
import type { ArticleStep } from '../types';
import { SAME_HAPPENING } from '../thresholds';
import { contentWords } from '../words';

/**
 * An article may tell one happening twice on its day, in sentences about different things ("no
 * fuel is leaking from the ferry that ran aground on Monday", then "it ran aground on Monday in
 * twelve feet of water"): the article's own extraction makes an event of each, and when one joins
 * the story's event and the other nothing (or neither joins anything), the happening would be
 * told by two events. Their sentences share little (each says more around the happening), but
 * their titles, drafted from the clause that dates each, tell the happening itself: a mention
 * left over joins the event that another mention of its article of the same date, titled in
 * alike words (`SAME_HAPPENING`), joined or becomes. Runs last before new events are made, so
 * that a mention joins the story's own events by their quotes first.
 */
export const retoldStep: ArticleStep = {
	name: 'retold',
	run(draft, article) {
		const titles = new Map<Mention, Set<string>>();
		const titleOf = (m: Mention) => {
			let words = titles.get(m);
			if (!words) titles.set(m, (words = contentWords(m.event.title)));
			return words;
		};
		for (const [k, mention] of article.mentions.entries()) {
			if (article.placed.has(mention)) continue;
			let first: Mention | null = null;
			let best = SAME_HAPPENING;
			for (const [j, other] of article.mentions.entries()) {
				// Placed already, or to be placed here before this one (a later one finds this one).
				if (j === k || (j > k && !article.placed.has(other))) continue;
				if (other.event.date !== mention.event.date) continue;
				const score = draft.index.similarity(titleOf(mention), titleOf(other));
				if (score >= best) [first, best] = [other, score];
			}
			if (!first) continue;
			let placed = article.placed.get(first);
			if (!placed) {
				placed = { kind: 'new', event: draft.create(first) };
				article.placed.set(first, placed);
			}
			// Another mention the editor set aside takes this one with it.
			if (!('event' in placed)) {
				article.placed.set(mention, placed);
				continue;
			}
			draft.join(placed.event, mention);
			article.placed.set(mention, { kind: 'joined', event: placed.event });
		}
	}
};
