/**
 * How the masthead names an article a story was made from. By its title, unless it has none or
 * it is the page's own title (said once, as the heading); else by its publisher; else by its
 * address's host (http(s) only: any other scheme is no link and no name); else, among several
 * articles, by its day, which the masthead writes ("an article of Jan. 8, 2024"), since "the
 * article" beside "and 295 more articles" says nothing of which. A story's only article may
 * still be "the article".
 */
import { isHttpUrl } from '$lib/data/url';
import type { Source } from '$lib/data/schema';

/** The host of an http(s) URL, without "www.", or '' for anything else. */
export function hostOf(url: string | undefined): string {
	return url && isHttpUrl(url) ? new URL(url).hostname.replace(/^www\./, '') : '';
}

/**
 * What the masthead calls `source` on a page titled `pageTitle`, among `count` articles: its
 * title, publisher, host or "the article", or '' when only its day can name it.
 *
 * @example
 * sourceName({ title: '', publisher: '', url: 'https://www.example.org/a' }, 'Story', 3);
 * // 'example.org'
 */
export function sourceName(
	source: Pick<Source, 'title' | 'publisher' | 'url'>,
	pageTitle: string,
	count: number
): string {
	const title = source.title.trim();
	if (title && title !== pageTitle.trim()) return source.title;
	return source.publisher.trim() || hostOf(source.url) || (count > 1 ? '' : 'the article');
}
