/**
 * The embed page's side of the protocol (`protocol.ts`): it reports the content height to the
 * parent page whenever it changes (a ResizeObserver on the content, so an event panel opening or
 * a phone rotating are both caught), tells the parent which event is selected, and obeys the
 * parent's `dateline:hello`, `dateline:open` and `dateline:theme`, from the parent window and no
 * other.
 *
 * Framework-free so the page wires it with one attachment and the spec drives it with fakes.
 */
import {
	parseMessage,
	PROTOCOL_VERSION,
	type EmbedMessage,
	type ResizeMessage,
	type RevealMessage,
	type Scheme,
	type SelectMessage
} from './protocol';

/** The window the embed runs in: only what the channel uses, so a spec can pass a fake. */
export interface EmbedWindow {
	parent: { postMessage(message: unknown, targetOrigin: string): void };
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface HostChannelOptions {
	/** Called when the host asks to open an event (the host URL's `#<event id>`). */
	onopen: (eventId: string) => void;
	/**
	 * Called when the host tells its colour scheme (`dateline:theme`). Default: none, the host's
	 * scheme is ignored (an embed whose URL forces a theme).
	 */
	ontheme?: (scheme: Scheme) => void;
	/** The current selection, answered to a `dateline:hello`. */
	selected: () => string | null;
	/** Creates the observer of the content's size; the browser's `ResizeObserver` by default. */
	observe?: (element: Element, changed: () => void) => () => void;
	/** Measures the content's height in CSS px; `getBoundingClientRect` by default. */
	measure?: (element: Element) => number;
}

/** An open channel to the host page. */
export interface HostChannel {
	/** An attachment for the element whose height is the embed's height; returns its cleanup. */
	measure: (element: Element) => () => void;
	/** Tells the host that the reader opened an event, or closed it (`null`). */
	select(eventId: string | null): void;
	/** The content's height now, in CSS px (0 before `measure` is attached). */
	height(): number;
	/**
	 * Call after the DOM changed in answer to the reader (e.g. an opened event's panel rendered):
	 * if the content grew past `from` (its `height()` before the change), reports the new height
	 * at once and asks the host to bring the new part, `from` to the new height, into view.
	 */
	reveal(from: number): void;
	/** Stops listening to the host. */
	destroy(): void;
}

/**
 * Opens the channel from an embed to the page that frames it. When the embed is not framed
 * (`win.parent === win`) nothing is posted, but the channel still works as an object.
 *
 * @example
 * const channel = connectHost(window, { onopen: (id) => (selected = id), selected: () => selected });
 * // <div {@attach channel.measure}>…</div>
 */
export function connectHost(win: EmbedWindow, options: HostChannelOptions): HostChannel {
	const framed = (win.parent as unknown) !== win;
	const observe = options.observe ?? resizeObserver;
	const measureHeight = options.measure ?? ((el: Element) => el.getBoundingClientRect().height);
	let instance: string | undefined;
	let element: Element | null = null;
	let lastHeight = -1;

	function post(
		message:
			| Omit<ResizeMessage, 'version'>
			| Omit<SelectMessage, 'version'>
			| Omit<RevealMessage, 'version'>
	) {
		if (!framed) return;
		const full = { ...message, version: PROTOCOL_VERSION } as EmbedMessage;
		if (instance !== undefined) full.id = instance;
		// Target '*': the host may be any site, and a height or an event id is no secret.
		win.parent.postMessage(full, '*');
	}

	function reportHeight(force = false) {
		if (!element) return;
		const height = Math.ceil(measureHeight(element));
		if (!force && height === lastHeight) return;
		lastHeight = height;
		post({ type: 'dateline:resize', height });
	}

	function onmessage(event: MessageEvent) {
		// Only the framing page may steer the embed; sibling frames and popups may not.
		if (!framed || (event.source as unknown) !== win.parent) return;
		const message = parseMessage(event.data);
		if (!message) return;
		if (message.type === 'dateline:hello') {
			instance = message.id;
			reportHeight(true);
			post({ type: 'dateline:select', event: options.selected() });
		} else if (message.type === 'dateline:open') {
			options.onopen(message.event);
		} else if (message.type === 'dateline:theme') {
			options.ontheme?.(message.scheme);
		}
	}

	win.addEventListener('message', onmessage);

	return {
		measure(el) {
			element = el;
			lastHeight = -1;
			const stop = observe(el, () => reportHeight());
			reportHeight();
			return () => {
				stop();
				if (element === el) element = null;
			};
		},
		select(eventId) {
			post({ type: 'dateline:select', event: eventId });
		},
		height() {
			return element ? Math.ceil(measureHeight(element)) : 0;
		},
		reveal(from) {
			if (!element) return;
			// The resize goes first, so the host has grown the iframe before it scrolls to the
			// new part; the observer's own report of this height then finds nothing new.
			reportHeight();
			if (lastHeight > from) post({ type: 'dateline:reveal', top: from, bottom: lastHeight });
		},
		destroy() {
			win.removeEventListener('message', onmessage);
		}
	};
}

function resizeObserver(element: Element, changed: () => void): () => void {
	const observer = new ResizeObserver(() => changed());
	observer.observe(element);
	return () => observer.disconnect();
}
