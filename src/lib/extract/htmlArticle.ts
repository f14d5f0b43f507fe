/**
 * A web page reduced to its article: Readability (Firefox's reader view) on a DOM parsed by
 * `DOMParser`, which runs no scripts and loads nothing: the browser's own on the editor page,
 * linkedom's on the command line. Readability is imported only when a page is read, so only the
 * editor page (once a page is dropped or pasted) and the command line load it.
 */
import type { ArticleInput } from '../data/article';

/** What parses HTML into a document: the browser's `DOMParser`, or linkedom's in Node. */
export interface HtmlParser {
	parseFromString(html: string, type: 'text/html'): Document;
}

/** Thrown, with a message for the person, when a page or file has no article text to read. */
export class NoArticleText extends Error {
	constructor(message = 'This page holds no article text that could be read.') {
		super(message);
		this.name = 'NoArticleText';
	}
}

/**
 * The article text and metadata of an HTML document.
 *
 * @throws NoArticleText when no article can be found in it.
 */
export async function articleFromHtml(
	html: string,
	url?: string,
	parser: HtmlParser = new DOMParser()
): Promise<ArticleInput> {
	const { Readability } = await import('@mozilla/readability');
	const doc = parser.parseFromString(html, 'text/html');
	if (url) {
		const base = doc.createElement('base');
		base.href = url;
		doc.head.append(base);
	}
	const meta = (...names: string[]): string | undefined => {
		for (const name of names) {
			const el = doc.querySelector<HTMLMetaElement>(
				`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`
			);
			const content = el?.content?.trim();
			if (content) return content;
		}
		return undefined;
	};
	const published = meta(
		'article:published_time',
		'datePublished',
		'date',
		'pubdate',
		'DC.date.issued'
	);
	const canonical =
		doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
	const parsed = new Readability(doc, { charThreshold: 100 }).parse();
	const text = normalise(parsed?.textContent ?? doc.body?.textContent ?? '');
	if (!text) throw new NoArticleText();
	const article: ArticleInput = { text };
	const title = parsed?.title?.trim() || meta('og:title');
	if (title) article.title = title;
	const publisher = parsed?.siteName?.trim() || meta('og:site_name');
	if (publisher) article.publisher = publisher;
	const author = parsed?.byline?.trim() || meta('author', 'article:author');
	if (author) article.author = author;
	const link = meta('og:url') ?? canonical ?? url;
	if (link && /^https?:\/\//i.test(link)) article.url = link;
	const iso = published && isoPublished(published);
	if (iso) article.published = iso;
	return article;
}

/** Readability's text keeps the page's indentation; keep paragraphs, drop the rest. */
function normalise(text: string): string {
	return text
		.split(/\n/)
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** `2024-01-08T10:19:00-05:00` kept as stated, to the minute; anything else unread. */
function isoPublished(value: string): string | undefined {
	const m =
		/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(
			value.trim()
		);
	if (!m) return undefined;
	if (!m[2]) return m[1];
	const zone = m[3] ? (m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
	return `${m[1]}T${m[2]}${zone}`;
}
