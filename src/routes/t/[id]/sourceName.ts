/**
 * How the masthead names an article a story was made from. By its title, unless it has none or
 * it is the page's own title (said once, as the heading); else by its publisher; else by its
 * address's host (http(s) only: any other scheme is no link and no name); else, among several
 * articles, by its day ("an article of Jan. 8, 2024"), since "the article" beside "and 295 more
 * articles" says nothing of which. A story's only article may still be "the article".
 */
import { isHttpUrl } from '$lib/data/url';
import type { Source } from '$lib/data/schema';

export interface SourceName {
	/** What the line calls the article. */
	name: string;
	/** True when `name` is its title (cited as a work). */
	titled: boolean;
	/** The publisher to add after a title, or '' when it is the name or there is none. */
	publisher: string;
	/** True when `name` says the article's day: the line does not say it again. */
	dated: boolean;
}

/** The host of an http(s) URL, without "www.", or '' for anything else. */
export function hostOf(url: string | undefined): string {
	if (!url || !isHttpUrl(url)) return '';
	return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * The name of `source` on a page titled `pageTitle`, among `count` articles; `day` writes its
 * publication day as the page does.
 *
 * @example
 * sourceName({ title: '', publisher: '', url: 'https://www.example.org/a', … }, 'Story', 3, day);
 * // { name: 'example.org', titled: false, publisher: '', dated: false }
 */
export function sourceName(
	source: Pick<Source, 'title' | 'publisher' | 'url' | 'published'>,
	pageTitle: string,
	count: number,
	day: (published: string) => string
): SourceName {
	const title = source.title.trim();
	const publisher = source.publisher.trim();
	if (title !== '' && title !== pageTitle.trim())
		return { name: source.title, titled: true, publisher, dated: false };
	const plain = { titled: false, publisher: '', dated: false };
	if (publisher) return { ...plain, name: publisher };
	const host = hostOf(source.url);
	if (host) return { ...plain, name: host };
	if (count <= 1) return { ...plain, name: 'the article' };
	return { ...plain, name: `an article of ${day(source.published)}`, dated: true };
}
