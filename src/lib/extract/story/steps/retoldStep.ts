import type { Mention } from '../storyDraft';
import type { ArticleStep } from '../types';
import { SAME_HAPPENING, unplaced } from '../thresholds';
import { contentWords } from '../words';

/**
 * An article may tell one happening twice on its day, in sentences about different things ("no
 * fuel is leaking from the ferry that ran aground on Monday", then "it ran aground on Monday in
 * twelve feet of water"): the article's own extraction makes an event of each, and when neither
 * joins the story, both would become events. Their sentences share little (each says more
 * around the happening), but their titles, drafted from the clause that dates each, tell the
 * happening itself: a mention of the same date as an earlier one of its article, whose title is
 * told in alike words (`SAME_HAPPENING`), joins the event that earlier one becomes. Runs last
 * before new events are made, so that a mention joins the story's own events first.
 */
export const retoldStep: ArticleStep = {
	name: 'retold',
	run(draft, article) {
		const left = unplaced(article);
		const titles = new Map(left.map((m) => [m, contentWords(m.event.title)]));
		const firsts: Mention[] = [];
		for (const mention of left) {
			const words = titles.get(mention)!;
			let first: Mention | null = null;
			let best = SAME_HAPPENING;
			for (const earlier of firsts) {
				if (earlier.event.date !== mention.event.date) continue;
				const score = draft.index.similarity(words, titles.get(earlier)!);
				if (score >= best) [first, best] = [earlier, score];
			}
			if (!first) {
				firsts.push(mention);
				continue;
			}
			let placed = article.placed.get(first);
			if (!placed) {
				placed = { kind: 'new', event: draft.create(first) };
				article.placed.set(first, placed);
			}
			if (placed.kind !== 'new') continue;
			draft.join(placed.event, mention);
			article.placed.set(mention, { kind: 'joined', event: placed.event });
		}
	}
};
