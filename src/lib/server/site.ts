import { base } from '$app/paths';

/**
 * The site's public root URL (origin and base path, no trailing slash), for the absolute URLs of
 * snippets and oEmbed documents: `DATELINE_ORIGIN` when set (a static build cannot know where it
 * will be served; a server behind a proxy may be told), else the request's origin, which
 * adapter-node takes from its `ORIGIN` setting or the request.
 *
 * @example
 * siteUrl(new URL('http://127.0.0.1:4173/t/x/')); // 'http://127.0.0.1:4173'
 */
export function siteUrl(url: URL): string {
	return `${(process.env.DATELINE_ORIGIN ?? url.origin).replace(/\/+$/, '')}${base}`;
}
