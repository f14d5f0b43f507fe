/**
 * Embed options: what a newsroom chooses in the Embed panel, how it travels in the iframe's URL
 * (`/embed/<id>/?theme=dark&event=...&article=0&hosthash=1`), and the snippet that carries it.
 *
 * The panel builds the snippet with `embedSnippet`, and the embed page reads its URL with
 * `parseEmbedOptions`: one module, so the two cannot disagree. Only options that differ from
 * the defaults are written, so the plain snippet stays short.
 *
 * The theme's default is to match the host page, not the reader's system: a dark-mode reader of
 * a light article should see a light timeline in it. The embed cannot see its host, so
 * `/embed.js` reads the host's effective scheme and tells it, as `hosttheme=dark` in the iframe's
 * URL when it first finds the iframe and as `dateline:theme` messages after (`protocol.ts`). An
 * iframe without `/embed.js` is light, like a host that declares no scheme.
 */
import { isEventId, isScheme, type Scheme } from './protocol';

/** Colour theme: match the host page (`host`, the default), or force one. */
export const THEMES = ['host', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The URL parameter in which `/embed.js` gives the host's scheme at creation. It is the host
 * script's to write, not the newsroom's: the snippet never carries it.
 */
export const HOST_SCHEME_PARAM = 'hosttheme';

/** How an embed looks and behaves; the defaults are what an unparameterised URL gives. */
export interface EmbedOptions {
	/**
	 * Colour theme. Default `host`: the host page's scheme, light when it declares none. URL:
	 * `theme=light|dark` forces one; `theme=auto`, the old name of the default, still means `host`.
	 */
	theme: Theme;
	/** Id of the event open when the embed loads, or `null`. URL: `event=<id>`. */
	event: string | null;
	/** Whether the detail panel shows the article text around the quote. Default true. URL: `article=0` hides it. */
	article: boolean;
	/** Whether the host page's URL follows the selected event (`#<event id>`). Default false. URL: `hosthash=1`. */
	hostHash: boolean;
	/**
	 * Whether the embed opens on the story's key events only (its "Key events" switch on, for a
	 * dataset whose events carry an importance). Default false. URL: `key=1`.
	 */
	key: boolean;
}

export const DEFAULT_OPTIONS: Readonly<EmbedOptions> = Object.freeze({
	theme: 'host',
	event: null,
	article: true,
	hostHash: false,
	key: false
});

/**
 * Reads embed options from an embed URL's query; anything unknown or malformed falls back to
 * its default rather than failing, because the URL is written by hand in a host page.
 *
 * @example
 * parseEmbedOptions(new URLSearchParams('theme=dark&article=0')); // { theme: 'dark', event: null, article: false, hostHash: false, key: false }
 */
export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const theme = params.get('theme');
	const event = params.get('event');
	return {
		theme: theme === 'light' || theme === 'dark' ? theme : 'host',
		event: isEventId(event) ? event : null,
		article: !isOff(params.get('article')),
		hostHash: isOn(params.get('hosthash')),
		key: isOn(params.get('key'))
	};
}

/**
 * The scheme an embed starts in: the forced theme if its URL names one, else the host's scheme as
 * `/embed.js` wrote it (`hosttheme=`), else light. The embed page's inline `<head>` script
 * repeats this rule, as it runs before any module loads (`embed.spec.ts` checks that first paint).
 *
 * @example
 * initialScheme(new URLSearchParams('hosttheme=dark')); // 'dark'
 * initialScheme(new URLSearchParams('theme=light&hosttheme=dark')); // 'light'
 */
export function initialScheme(params: URLSearchParams): Scheme {
	const theme = params.get('theme');
	if (isScheme(theme)) return theme;
	return params.get(HOST_SCHEME_PARAM) === 'dark' ? 'dark' : 'light';
}

/**
 * The query string (with its `?`, or empty) for options, listing only what differs from the defaults.
 *
 * @example
 * embedQuery({ theme: 'dark', hostHash: true, key: true }); // '?theme=dark&hosthash=1&key=1'
 */
export function embedQuery(options: Partial<EmbedOptions>): string {
	const o = { ...DEFAULT_OPTIONS, ...options };
	const params = new URLSearchParams();
	if (o.theme !== 'host') params.set('theme', o.theme);
	if (o.event !== null && isEventId(o.event)) params.set('event', o.event);
	if (!o.article) params.set('article', '0');
	if (o.hostHash) params.set('hosthash', '1');
	if (o.key) params.set('key', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * Which dataset an embed shows: one the site publishes, by id, or any valid dataset by its URL
 * (`src`, absolute), as the timeline page's `?src=` shows one.
 */
export interface EmbeddedDataset {
	id: string;
	/** Absolute http(s) URL of a dataset the site does not publish; the embed fetches it. */
	src?: string;
}

/**
 * Absolute URL of a dataset's embed page: `/embed/<id>/` for a published dataset, or
 * `/embed/?src=<dataset URL>` for any other.
 *
 * @param site the site's root URL: its origin plus any base path, e.g. `https://example.org/dateline`
 * @example
 * embedUrl('https://example.org', { id: 'iraq' }, { theme: 'dark' }); // 'https://example.org/embed/iraq/?theme=dark'
 * embedUrl('https://example.org', { id: 'x', src: 'https://data.example/x.json' }); // 'https://example.org/embed/?src=https%3A%2F%2Fdata.example%2Fx.json'
 */
export function embedUrl(
	site: string,
	dataset: EmbeddedDataset,
	options: Partial<EmbedOptions> = {}
): string {
	const root = trimSlash(site);
	const query = embedQuery(options);
	if (dataset.src === undefined) {
		return `${root}/embed/${encodeURIComponent(dataset.id)}/${query}`;
	}
	const src = `src=${encodeURIComponent(dataset.src)}`;
	return `${root}/embed/?${src}${query ? `&${query.slice(1)}` : ''}`;
}

/** The iframe's height before its first message: the embed's height at a usual width, closed. */
export const INITIAL_HEIGHT = 450;

/** What the snippet is made from. */
export interface SnippetInput {
	/** The site's root URL (origin plus base path), as in `embedUrl`. */
	site: string;
	/** The dataset's id (or URL) and title (the title names the iframe for screen readers). */
	dataset: EmbeddedDataset & { title: string };
	options?: Partial<EmbedOptions>;
	/** Initial height in CSS pixels. Default `INITIAL_HEIGHT`. */
	height?: number;
}

/**
 * The HTML a newsroom pastes: a self-describing iframe and the script that sizes it. The iframe
 * works alone (at its initial height, scrolling inside); `/embed.js` makes it fit its content.
 * The script can be included any number of times: it runs once per page.
 *
 * @example
 * embedSnippet({ site: 'https://example.org', dataset: { id: 'iraq', title: 'Iraq' } });
 * // '<iframe data-dateline src="https://example.org/embed/iraq/" title="Timeline: Iraq" …></iframe>\n<script async src="https://example.org/embed.js"></script>'
 */
export function embedSnippet({
	site,
	dataset,
	options = {},
	height = INITIAL_HEIGHT
}: SnippetInput): string {
	const src = embedUrl(site, dataset, options);
	const title = `Timeline: ${dataset.title}`;
	const iframe =
		`<iframe data-dateline src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
		` style="width:100%;border:0" height="${Math.round(height)}" loading="lazy"></iframe>`;
	const script = `<script async src="${escapeAttribute(`${trimSlash(site)}/embed.js`)}"></script>`;
	return `${iframe}\n${script}`;
}

/** Escapes text for a double-quoted HTML attribute: titles are untrusted dataset text. */
export function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

function isOff(value: string | null): boolean {
	return value !== null && ['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function isOn(value: string | null): boolean {
	return value !== null && ['1', 'true', 'yes', 'on', ''].includes(value.toLowerCase());
}

function trimSlash(url: string): string {
	return url.replace(/\/+$/, '');
}
