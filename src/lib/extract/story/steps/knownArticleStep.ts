import type { ArticleStep } from '../types';

/**
 * An article whose text the story already holds adds nothing: the same article added twice, or
 * a story merged with itself, must not tell its happenings twice. Text, not id or title, is
 * what makes an article the same (a re-saved file keeps its words; two wires may share a title).
 */
export const knownArticleStep: ArticleStep = {
	name: 'knownArticle',
	run(draft, article) {
		const id = draft.sourceWithText(article.source.text);
		if (id !== undefined) article.skipped = `its text is already in the story, as “${id}”`;
	}
};
