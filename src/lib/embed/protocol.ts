/**
 * The Dateline embed protocol, version 1: the messages an embedded timeline (`/embed/<id>/`)
 * and the host page's `/embed.js` exchange through `postMessage`.
 *
 * Every message is a plain object `{ type, version: 1, ... }`. Hosts that do not use
 * `/embed.js` can speak it themselves; what they must check is what `/embed.js` checks: a message
 * counts only when `event.source` is the `contentWindow` of one of their Dateline iframes AND
 * `event.origin` is that iframe's `src` origin. Anything else is ignored, so a hostile frame on
 * the same page can neither resize an embed nor write the host's URL.
 *
 * From the embed to its parent (`window.parent`, target origin `*`: nothing here is secret):
 *
 * | type               | fields            | when                                                    |
 * | ------------------ | ----------------- | ------------------------------------------------------- |
 * | `dateline:resize`  | `height`          | its content height changed (CSS px, an integer)         |
 * | `dateline:select`  | `event` or `null` | the reader opened an event, or closed it (`null`)       |
 * | `dateline:reveal`  | `top`, `bottom`   | the reader's action grew the embed: show that part      |
 *
 * From the host to an embed (target origin: the iframe's own origin):
 *
 * | type               | fields            | when                                                    |
 * | ------------------ | ----------------- | ------------------------------------------------------- |
 * | `dateline:hello`   | `id`              | the host script starts; the embed answers with a resize |
 * | `dateline:open`    | `event`           | open this event (the host URL's `#<event id>`)          |
 * | `dateline:theme`   | `scheme`          | the host page's colour scheme is (now) `light`/`dark`   |
 *
 * `dateline:theme` was added to version 1 without a bump, because it is compatible both ways: an
 * older embed ignores a type it does not know, and an embed that is never told stays light. The
 * host sends it after `dateline:hello`, on hearing an embed for the first time, and whenever the
 * host's effective scheme changes (its CSS `color-scheme`, or the reader's `prefers-color-scheme`
 * when the host allows dark). An embed obeys it only when its URL leaves the theme to the host
 * (no `theme=light|dark`); the scheme at creation travels in the URL as `hosttheme=dark`, so the
 * first paint is already right (see `options.ts`).
 *
 * The embed accepts host messages only from `window.parent`. `id` names one embed instance on
 * the host page; the embed echoes the last `id` it was given in every message it sends.
 *
 * `static/embed.js` is a hand-written, dependency-free copy of the host half of this module; its
 * message names are checked against these by `protocol.spec.ts`.
 */

/** The protocol version every message carries. Bumped only for incompatible changes. */
export const PROTOCOL_VERSION = 1;

/** Every message type, embed to host then host to embed. */
export const MESSAGE_TYPES = [
	'dateline:resize',
	'dateline:select',
	'dateline:reveal',
	'dateline:hello',
	'dateline:open',
	'dateline:theme'
] as const;

export type MessageType = (typeof MESSAGE_TYPES)[number];

/** The embed's content height changed. */
export interface ResizeMessage {
	type: 'dateline:resize';
	version: 1;
	/** The embed instance id the host gave in `dateline:hello`, if any. */
	id?: string;
	/** Content height in CSS pixels, a non-negative integer. */
	height: number;
}

/** The reader opened an event in the embed (`event` is its id), or closed it (`null`). */
export interface SelectMessage {
	type: 'dateline:select';
	version: 1;
	id?: string;
	event: string | null;
}

/**
 * The reader opened an event and the embed grew to show it: the host should scroll the part
 * from `top` to `bottom` (CSS px from the embed's top) into view if it is not, as a page does
 * with a panel that opens below the fold. Sent after the matching resize.
 */
export interface RevealMessage {
	type: 'dateline:reveal';
	version: 1;
	id?: string;
	top: number;
	bottom: number;
}

/** The host script is listening; the embed answers with its height and selection. */
export interface HelloMessage {
	type: 'dateline:hello';
	version: 1;
	/** An id for this embed instance, unique on the host page. */
	id?: string;
}

/** The host asks the embed to open one of its events. */
export interface OpenMessage {
	type: 'dateline:open';
	version: 1;
	id?: string;
	event: string;
}

/** The colour schemes an embed can be told to take. */
export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * The host page's effective colour scheme: what its content around the embed is drawn in. Sent
 * only to embeds that match the host (no explicit `theme=` in their URL).
 */
export interface ThemeMessage {
	type: 'dateline:theme';
	version: 1;
	id?: string;
	scheme: Scheme;
}

export type EmbedMessage = ResizeMessage | SelectMessage | RevealMessage;
export type HostMessage = HelloMessage | OpenMessage | ThemeMessage;
export type DatelineMessage = EmbedMessage | HostMessage;

// Event ids are dataset slugs (schema.ts); anything else cannot name an event.
const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Instance ids are chosen by the host script; keep them short and printable.
const INSTANCE_ID = /^[\w-]{1,64}$/;
// No real page is a million pixels tall; a larger number is a bug or an attack.
const MAX_HEIGHT = 1_000_000;

/**
 * The message `data` as a Dateline message, or `null` when it is not a well-formed one: other
 * libraries post on the same windows, and a frame may post anything.
 *
 * @example
 * parseMessage({ type: 'dateline:resize', version: 1, height: 480 }); // { type: 'dateline:resize', version: 1, height: 480 }
 * parseMessage({ type: 'dateline:resize', version: 1, height: -5 }); // null
 */
export function parseMessage(data: unknown): DatelineMessage | null {
	if (data === null || typeof data !== 'object') return null;
	const message = data as Record<string, unknown>;
	if (message.version !== PROTOCOL_VERSION) return null;
	const id = message.id;
	if (id !== undefined && !(typeof id === 'string' && INSTANCE_ID.test(id))) return null;
	const base = id === undefined ? { version: 1 as const } : { version: 1 as const, id };
	switch (message.type) {
		case 'dateline:resize': {
			const height = message.height;
			if (!isHeight(height)) return null;
			return { type: 'dateline:resize', ...base, height: Math.ceil(height) };
		}
		case 'dateline:select': {
			const event = message.event;
			if (event !== null && !isEventId(event)) return null;
			return { type: 'dateline:select', ...base, event };
		}
		case 'dateline:reveal': {
			const { top, bottom } = message;
			if (!isHeight(top) || !isHeight(bottom) || top > bottom) return null;
			return { type: 'dateline:reveal', ...base, top: Math.floor(top), bottom: Math.ceil(bottom) };
		}
		case 'dateline:hello':
			return { type: 'dateline:hello', ...base };
		case 'dateline:open': {
			const event = message.event;
			if (!isEventId(event)) return null;
			return { type: 'dateline:open', ...base, event };
		}
		case 'dateline:theme': {
			const scheme = message.scheme;
			if (!isScheme(scheme)) return null;
			return { type: 'dateline:theme', ...base, scheme };
		}
		default:
			return null;
	}
}

/** A length in CSS px within an embed: finite, not negative, not absurd. */
function isHeight(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_HEIGHT;
}

/** Whether a value names a colour scheme an embed can take. */
export function isScheme(value: unknown): value is Scheme {
	return (SCHEMES as readonly unknown[]).includes(value);
}

/** Whether a value can be an event id (a dataset slug): what a host hash must look like. */
export function isEventId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 200 && EVENT_ID.test(value);
}
