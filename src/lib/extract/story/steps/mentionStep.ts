import type { ArticleStep } from '../types';
import { contentWords } from '../words';

/**
 * Each event the article's own extraction found is a mention of a happening, quoting the
 * article under its id in the story, with the content words of each quote for comparing it to
 * the story's events.
 */
export const mentionStep: ArticleStep = {
	name: 'mention',
	run(_draft, article) {
		const source = article.source;
		article.mentions = article.dataset.events.map((own) => {
			const quotes = own.quotes.map((q) => ({ ...q, source: source.id }));
			const event = { ...own, quotes };
			const bags = quotes.length
				? quotes.map((q) => contentWords(q.text))
				: [contentWords(own.title)];
			const words = new Set(bags.flatMap((bag) => [...bag]));
			return { event, source, bags, words };
		});
	}
};
