import type { ArticleStep } from '../types';

/**
 * The article becomes a source of the story under an id no other source has (its own, or
 * numbered after it: two articles both called "article" stay apart), its text byte for byte.
 */
export const sourceIdStep: ArticleStep = {
	name: 'sourceId',
	run(draft, article) {
		article.source = { ...article.source, id: draft.freeSourceId(article.source.id) };
		draft.addSource(article.source);
	}
};
