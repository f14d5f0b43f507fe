/**
 * How alike two tellings must be (the cosine of their rarity-weighted content words, see
 * `wordIndex.ts`) to be one happening, and the helpers the steps share.
 */
import type { Mention } from './storyDraft';
import type { ArticleInFold } from './types';

/** On the same date: the words that tell this happening from the day's others are shared. */
export const SAME_HAPPENING = 0.2;

/** On nearby dates: nearly the same telling, as when one report follows another's wording. */
export const SAME_WORDING = 0.5;

/** The article's mentions that no step has placed yet. */
export function unplaced(article: ArticleInFold): Mention[] {
	return article.mentions.filter((m) => !article.placed.has(m));
}
