/**
 * Running stories: many articles, one timeline, each happening once, the key days first. Each
 * article is extracted on its own (`extractDataset`), then folded into the story (`fold.ts`).
 *
 * @example
 * const { dataset } = extractStory([monday, tuesday], { id: 'oil-spill', title: 'The oil spill' });
 * const { dataset: next } = extractStory([wednesday], { story: dataset }); // the same ids, one more source
 */
import type { ArticleInput } from '../../data/article';
import { validateDataset, type Dataset } from '../../data/schema';
import { ExtractError } from '../errors';
import { extractDataset } from '../index';
import { emptyStory, foldArticles, type FoldReport, type Tombstone } from './fold';

export { emptyStory, foldArticles, type FoldReport, type Tombstone } from './fold';
export { importanceOf } from './importance';
export { joinEvents, quoteKey } from './join';

/** Options for `extractStory`. */
export interface StoryOptions {
	/** The draft to add the articles to; a new story when left out. */
	story?: Dataset;
	/** A new story's id and title (default: those of its first article). */
	id?: string;
	title?: string;
	/** Happenings the editor set aside or moved (see `Tombstone`). */
	tombstones?: Tombstone[];
	/** Look for people, places and organisations (default true). */
	entities?: boolean;
	/** Called with 0…1 as articles are read. */
	onProgress?: (fraction: number) => void;
	/** Check the result against the dataset contract (default false). */
	validate?: boolean;
}

/**
 * The story with `articles` added: each article a source (its text byte-exact), each happening
 * one event quoting every article that tells it, every event with its importance. Articles are
 * read in order of publication (the order given on a tie), as a newsroom adds them, so that ids
 * stay stable when a later article is added.
 *
 * @throws ExtractError naming the article (its number and id) that cannot be read.
 */
export function extractStory(
	articles: ArticleInput[],
	options: StoryOptions = {}
): { dataset: Dataset; report: FoldReport } {
	if (!articles.length && !options.story) throw new ExtractError('No article to read.');
	const progress = options.onProgress ?? (() => {});
	progress(0);
	const ordered = articles
		.map((article, i) => ({ article, i }))
		.sort(
			(a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.i - b.i
		);
	const extracted = ordered.map(({ article, i }, k) => () => {
		try {
			// Progress within an article too: one long article is most of a draft's wait.
			return extractDataset(article, {
				entities: options.entities,
				onProgress: (fraction) => progress((k + fraction) / articles.length)
			});
		} catch (error) {
			// An article is named when there are several to tell apart.
			if (articles.length === 1 && !options.story) throw error;
			const name = article.id ? ` (${JSON.stringify(article.id)})` : '';
			throw new ExtractError(`article ${i + 1}${name}: ${(error as Error).message}`);
		}
	});
	// The first article names a new story, so it is read before the story is made.
	const first = options.story ? null : extracted[0]();
	const story =
		options.story ?? emptyStory(options.id ?? first!.id, options.title?.trim() || first!.title);
	function* each() {
		if (first) yield first;
		for (const read of extracted.slice(first ? 1 : 0)) yield read();
	}
	const result = foldArticles(story, each(), {
		tombstones: options.tombstones,
		onProgress: (done) => progress(done / Math.max(1, articles.length))
	});
	if (options.validate) validateDataset(result.dataset, result.dataset.id);
	progress(1);
	return result;
}
