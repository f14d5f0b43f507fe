/**
 * How alike two tellings must be (the cosine of their rarity-weighted content words, see
 * `wordIndex.ts`) to be one happening, and the helpers the steps share.
 */
import { daysWithin, WEEK_DAYS } from './spans';
import type { Mention } from './storyDraft';
import type { ArticleInFold } from './types';

/** On the same date: the words that tell this happening from the day's others are shared. */
export const SAME_HAPPENING = 0.2;

/** On nearby dates: nearly the same telling, as when one report follows another's wording. */
export const SAME_WORDING = 0.5;

/**
 * How alike a telling dated to a span and one dated within it must be to be one happening: a
 * week holds few of a story's days, so `SAME_HAPPENING`; a month holds many happenings, so only
 * nearly the same words (`SAME_WORDING`). `span` is the coarser of the two dates.
 */
export function withinSpan(span: string): number {
	return daysWithin(span).length <= WEEK_DAYS ? SAME_HAPPENING : SAME_WORDING;
}

/** The article's mentions that no step has placed yet. */
export function unplaced(article: ArticleInFold): Mention[] {
	return article.mentions.filter((m) => !article.placed.has(m));
}
