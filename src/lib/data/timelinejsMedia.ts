/**
 * TimelineJS media and backgrounds, both ways. A slide's media is `{ url, caption?, credit?,
 * thumbnail?, alt?, link? }`, whose url may be an image, any page TimelineJS knows how to embed
 * (YouTube, a map, a tweet), or embed code and HTML (`<iframe …>`, `<blockquote>…`). Dateline
 * shows images, links to everything else (never embedding a third party), and shows a passage of
 * HTML as its words; the HTML is kept (`timelinejs`) so that an export gives it back.
 */
import { escapeHtml, linkInHtml, plainText } from './html';
import type { Media, TimelineEvent } from './schema';
import { isObject, own } from './timelinejsDates';
import { isHttpUrl } from './url';

export interface TimelineJsMedia {
	url?: string;
	caption?: string;
	credit?: string;
	thumbnail?: string;
	alt?: string;
	title?: string;
	link?: string;
	link_target?: string;
}

export interface TimelineJsBackground {
	url?: string;
	color?: string;
}

type Background = NonNullable<TimelineEvent['background']>;
type Origin = NonNullable<TimelineEvent['timelinejs']>;

/** What media and backgrounds held that the contract cannot, counted for the import's notices. */
export interface MediaLosses {
	/** Embed code kept as the link it names. */
	embeds: number;
	/** Values dropped, each said in a few words (`media "img/a.jpg", not an http(s) link`). */
	dropped: string[];
}

// What TimelineJS shows as an image: a link to a picture file.
const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)/i;

const COLOR = /^(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(?:rgb|hsl)a?\([0-9.,%\s]+\))$/;

/** Words as TimelineJS HTML: escaped, so that they say exactly themselves. */
export function htmlOf(words: string): string {
	return escapeHtml(words);
}

/** A link as written (`//cdn…` is read as https), or null when it is not an http(s) link. */
function linkOf(url: string): string | null {
	const full = url.startsWith('//') ? `https:${url}` : url;
	return isHttpUrl(full) ? full : null;
}

/** The alt text TimelineJS gives an image that has none: its caption, else (ours) its headline. */
export function defaultAlt(caption: string | undefined, title: string): string {
	return caption?.trim() ? caption : title;
}

/**
 * A slide's media as the contract holds it, and the HTML to keep for the export; undefined
 * media when the slide has none or it cannot be kept (said in `losses`).
 */
export function readTimelineJsMedia(
	value: unknown,
	title: string,
	losses: MediaLosses
): { media?: Media; origin: Origin } {
	const origin: Origin = {};
	const raw = textOf(own(value, 'url')).trim();
	if (!isObject(value) || !raw) return { origin };
	const words: { credit?: string; caption?: string } = {};
	for (const name of ['credit', 'caption'] as const) {
		const html = textOf(own(value, name));
		const plain = plainText(html);
		if (plain) words[name] = plain;
		if (html && htmlOf(plain) !== html) origin[name] = html;
	}
	const thumbnailRaw = textOf(own(value, 'thumbnail')).trim();
	const thumbnail = thumbnailRaw ? linkOf(thumbnailRaw) : null;
	if (thumbnailRaw && !thumbnail) losses.dropped.push(`thumbnail ${short(thumbnailRaw)}`);
	for (const name of ['title', 'link_target'] as const)
		if (textOf(own(value, name))) losses.dropped.push(`media ${name}`);
	const common = { ...words, ...(thumbnail ? { thumbnail } : {}) };

	const link = linkOf(raw);
	if (link) {
		if (link !== raw) origin.media = raw;
		if (!IMAGE.test(link)) return { media: { type: 'link', url: link, ...common }, origin };
		const alt = textOf(own(value, 'alt')).trim() || defaultAlt(words.caption, title);
		const image: Media = { type: 'image', url: link, alt, ...common };
		const target = textOf(own(value, 'link')).trim();
		if (target && linkOf(target)) image.link = linkOf(target)!;
		else if (target) losses.dropped.push(`media link ${short(target)}`);
		return { media: image, origin };
	}
	if (raw.startsWith('<')) {
		origin.media = raw;
		const embedded = linkInHtml(raw);
		if (embedded) {
			losses.embeds++;
			return { media: { type: 'link', url: embedded, ...common }, origin };
		}
		const text = plainText(raw);
		if (text) return { media: { type: 'text', text, ...common }, origin };
	}
	losses.dropped.push(`media ${short(raw)}, not an http(s) link`);
	return { origin: {} };
}

/**
 * A medium as a TimelineJS media object, giving back the HTML a slide had wherever the words
 * Dateline read from it are unchanged.
 */
export function timelineJsMedia(
	media: Media,
	origin: Origin | undefined,
	title: string
): TimelineJsMedia {
	const out: TimelineJsMedia = {};
	const kept = (html: string | undefined, words: string | undefined) =>
		html !== undefined && plainText(html) === (words ?? '')
			? html
			: words === undefined
				? undefined
				: htmlOf(words);
	if (media.type === 'text') {
		const keep =
			origin?.media !== undefined &&
			!linkInHtml(origin.media) &&
			plainText(origin.media) === media.text;
		out.url = keep ? origin!.media : `<blockquote>${htmlOf(media.text)}</blockquote>`;
	} else {
		const keep =
			origin?.media !== undefined &&
			(linkOf(origin.media) ?? linkInHtml(origin.media)) === media.url;
		out.url = keep ? origin!.media : media.url;
	}
	const caption = kept(origin?.caption, media.caption);
	const credit = kept(origin?.credit, media.credit);
	if (caption !== undefined) out.caption = caption;
	if (credit !== undefined) out.credit = credit;
	if (media.thumbnail) out.thumbnail = media.thumbnail;
	if (media.type === 'image') {
		if (media.alt !== defaultAlt(media.caption, title)) out.alt = media.alt;
		if (media.link) out.link = media.link;
	}
	return out;
}

/** A slide background as the contract holds it: an http(s) image and a plain colour. */
export function readTimelineJsBackground(
	value: unknown,
	losses: MediaLosses
): Background | undefined {
	if (!isObject(value)) return undefined;
	const background: Background = {};
	const url = textOf(own(value, 'url')).trim();
	const color = textOf(own(value, 'color')).trim();
	if (url && linkOf(url)) background.url = linkOf(url)!;
	else if (url) losses.dropped.push(`background ${short(url)}, not an http(s) link`);
	if (color && COLOR.test(color)) background.color = color;
	else if (color) losses.dropped.push(`background colour ${short(color)}`);
	return background.url || background.color ? background : undefined;
}

function textOf(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function short(value: string): string {
	const text = JSON.stringify(value);
	return text.length > 50 ? text.slice(0, 47) + '…"' : text;
}
