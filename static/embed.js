/*!
 * Dateline embed.js: sizes every Dateline timeline iframe on a page to fit its content.
 *
 * Include it once, anywhere, after or before the iframes (the snippet does this):
 *   <iframe data-dateline src="https://<site>/embed/<id>/" style="width:100%;border:0" height="450"></iframe>
 *   <script async src="https://<site>/embed.js"></script>
 * (or src="https://<site>/embed/?src=<dataset URL>" for a dataset the site does not publish).
 *
 * It speaks the Dateline embed protocol, version 1 (src/lib/embed/protocol.ts has the full table):
 *   embed -> host  {type:'dateline:resize', version:1, height, id?}
 *                  {type:'dateline:select', version:1, event: <event id> | null, id?}
 *                  {type:'dateline:reveal', version:1, top, bottom, id?}
 *   host -> embed  {type:'dateline:hello',  version:1, id}
 *                  {type:'dateline:open',   version:1, event, id?}
 *                  {type:'dateline:theme',  version:1, scheme: 'light' | 'dark', id?}
 *
 * A message is obeyed only when it comes from one of this page's Dateline iframes: event.source
 * must be that iframe's contentWindow AND event.origin the origin of its src. Anything else is
 * ignored, so another frame cannot resize an embed or write this page's URL.
 *
 * Links (opt-in per iframe with hosthash=1 in its src): selecting an event puts #<event id> in
 * this page's URL (history.replaceState, so Back still leaves the page); opening this page with
 * such a hash opens that event in the embed and scrolls the embed into view.
 *
 * When the reader opens an event and the embed grows to show it, the page scrolls just enough
 * to bring the new part into view (dateline:reveal), as it would for a panel of its own.
 *
 * Theme: an embed whose src forces no theme (no theme=light|dark) matches this page. Its scheme is
 * the computed CSS color-scheme around the iframe (or, if CSS says nothing, this page's
 * <meta name="color-scheme">): dark when it allows only dark, or allows both and the reader
 * prefers dark; light otherwise, including when the page declares nothing. An iframe that has not
 * loaded yet gets it in its URL (hosttheme=dark), so its first paint is right; a loaded one gets a
 * dateline:theme message, again whenever this page's scheme or the reader's preference changes.
 *
 * Each iframe also receives a DOM event 'dateline:select' (detail: {event}) for host scripts.
 *
 * Plain ES2020, no dependencies, no build step.
 */
(function () {
	'use strict';
	if (window.DatelineEmbed) return; // Several snippets on one page: the first script serves all.

	var VERSION = 1;
	var EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	var MAX_HEIGHT = 1000000;

	// Iframes are recognised by data-dateline, or by pointing at this script's site's /embed/
	// pages (for content systems that strip unknown attributes).
	var script = document.currentScript;
	var site = script && script.src ? script.src.replace(/embed\.js(?:[?#].*)?$/, '') : null;

	/** Per-iframe state, keyed by the element. */
	var states = new WeakMap();
	var nextId = 1;
	/** The event id in the URL when the page opened (or after a hash change), not yet shown. */
	var pendingHash = hashEventId();

	function hashEventId() {
		var hash = location.hash.slice(1);
		try {
			hash = decodeURIComponent(hash);
		} catch {
			return null; // A malformed escape is no event id.
		}
		return EVENT_ID.test(hash) && hash.length <= 200 ? hash : null;
	}

	function isLength(value) {
		return typeof value === 'number' && isFinite(value) && value >= 0 && value <= MAX_HEIGHT;
	}

	function srcOf(iframe) {
		try {
			return new URL(iframe.src, location.href);
		} catch {
			return null;
		}
	}

	function isDateline(iframe) {
		if (iframe.hasAttribute('data-dateline')) return true;
		return !!site && typeof iframe.src === 'string' && iframe.src.indexOf(site + 'embed/') === 0;
	}

	function frames() {
		var all = document.getElementsByTagName('iframe');
		var found = [];
		for (var i = 0; i < all.length; i++) if (isDateline(all[i])) found.push(all[i]);
		return found;
	}

	function stateOf(iframe) {
		var state = states.get(iframe);
		if (!state) {
			state = { id: 'dateline-' + nextId++, height: 0, selected: null, heard: false };
			states.set(iframe, state);
		}
		return state;
	}

	/** Whether the iframe leaves its theme to this page: its src forces neither light nor dark. */
	function followsHost(iframe) {
		var src = srcOf(iframe);
		var theme = src && src.searchParams.get('theme');
		return !!src && theme !== 'light' && theme !== 'dark';
	}

	var prefersDark = window.matchMedia ? matchMedia('(prefers-color-scheme: dark)') : null;

	/** The scheme this page is drawn in around an iframe: 'light' or 'dark'. */
	function hostScheme(iframe) {
		var around = iframe.parentElement || document.documentElement;
		var declared = getComputedStyle(around).colorScheme || 'normal';
		if (declared === 'normal') {
			// No CSS color-scheme: the page may still declare its schemes in a meta element.
			var meta = document.querySelector('meta[name="color-scheme"]');
			declared = (meta && meta.getAttribute('content')) || 'normal';
		}
		var schemes = declared.toLowerCase().split(/[\s,]+/);
		if (schemes.indexOf('dark') < 0) return 'light';
		if (schemes.indexOf('light') < 0) return 'dark';
		// Both allowed: the browser draws the page in the one the reader prefers.
		return prefersDark && prefersDark.matches ? 'dark' : 'light';
	}

	/** Whether the iframe still holds its initial about:blank, before the embed has loaded. */
	function unloaded(iframe) {
		try {
			return iframe.contentWindow.location.href === 'about:blank';
		} catch {
			return false; // Another origin's document: the embed is there.
		}
	}

	/**
	 * Tells an embed that matches this page the scheme it is drawn in, if it changed since it was
	 * last told (or always, with `force`): in its URL while it has not loaded, so it starts in the
	 * right one at no cost, else by message.
	 */
	function theme(iframe, force) {
		if (!followsHost(iframe)) return;
		var state = stateOf(iframe);
		var scheme = hostScheme(iframe);
		if (scheme === state.scheme && !force) return;
		state.scheme = scheme;
		if (unloaded(iframe)) {
			var src = srcOf(iframe);
			if ((src.searchParams.get('hosttheme') === 'dark' ? 'dark' : 'light') === scheme) return;
			if (scheme === 'dark') src.searchParams.set('hosttheme', 'dark');
			else src.searchParams.delete('hosttheme');
			iframe.src = src.href;
		} else {
			post(iframe, { type: 'dateline:theme', scheme: scheme });
		}
	}

	var themeQueued = false;

	/** Checks every embed's scheme once, before the next frame: whatever changed, however often. */
	function checkThemes() {
		if (themeQueued) return;
		themeQueued = true;
		requestAnimationFrame(function () {
			themeQueued = false;
			var list = frames();
			for (var i = 0; i < list.length; i++) theme(list[i], false);
		});
	}

	function linksHash(iframe) {
		var src = srcOf(iframe);
		var flag = src && src.searchParams.get('hosthash');
		return flag === '1' || flag === 'true';
	}

	function post(iframe, message) {
		var src = srcOf(iframe);
		// Not loaded yet: nobody to hear it (it will speak first when it starts).
		if (!src || !iframe.contentWindow || unloaded(iframe)) return;
		message.version = VERSION;
		message.id = stateOf(iframe).id;
		// Target the iframe's own origin: if it navigated elsewhere, the message is dropped.
		iframe.contentWindow.postMessage(message, src.origin);
	}

	/** The Dateline iframe a message came from, or null when it came from anything else. */
	function sender(event) {
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var iframe = list[i];
			if (iframe.contentWindow !== event.source) continue;
			var src = srcOf(iframe);
			return src && src.origin === event.origin ? iframe : null;
		}
		return null;
	}

	function resize(iframe, height) {
		var state = stateOf(iframe);
		if (height === state.height) return;
		state.height = height;
		// Set directly, in pixels: the snippet's initial height keeps the page from jumping at
		// load, and every later change is the content's own.
		iframe.style.height = height + 'px';
	}

	function selected(iframe, eventId) {
		var state = stateOf(iframe);
		var previous = state.selected;
		if (eventId === previous) return; // A repeat (e.g. answering hello): nothing changed.
		state.selected = eventId;
		if (linksHash(iframe)) {
			var url = location.pathname + location.search;
			if (eventId) {
				if (location.hash !== '#' + eventId)
					history.replaceState(history.state, '', url + '#' + eventId);
			} else if (previous && location.hash === '#' + previous) {
				history.replaceState(history.state, '', url);
			}
			if (eventId && eventId === state.opening) {
				// The hash this page was opened with is showing: bring it into view, once.
				state.opening = null;
				iframe.scrollIntoView({ block: 'start' });
			}
		}
		iframe.dispatchEvent(new CustomEvent('dateline:select', { detail: { event: eventId } }));
	}

	/** Scrolls this page just enough to show part of an embed (`top` to `bottom`, embed px). */
	function reveal(iframe, top, bottom) {
		var rect = iframe.getBoundingClientRect();
		var from = rect.top + Math.max(0, top);
		var to = rect.top + Math.min(bottom, rect.height);
		var view = window.innerHeight;
		var margin = 16;
		if (from >= 0 && to <= view) return;
		// Below the fold: up until its end shows, but never past its start. Above: back to its start.
		var delta = to > view ? Math.min(to - view + margin, from - margin) : from - margin;
		var reduce = window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
		window.scrollBy({ top: delta, behavior: reduce ? 'auto' : 'smooth' });
	}

	/** Asks every linked iframe to open the hash's event; those without it ignore the request. */
	function openHash(iframe) {
		var state = stateOf(iframe);
		if (!pendingHash || !linksHash(iframe) || state.opened === pendingHash) return;
		state.opened = pendingHash;
		state.opening = pendingHash;
		post(iframe, { type: 'dateline:open', event: pendingHash });
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.version !== VERSION) return;
		var type = data.type;
		if (type !== 'dateline:resize' && type !== 'dateline:select' && type !== 'dateline:reveal') {
			return;
		}
		var iframe = sender(event);
		if (!iframe) return;
		var state = stateOf(iframe);
		if (!state.heard) {
			// The embed is up: it may have started after this script's hello, so send the hash now.
			state.heard = true;
			openHash(iframe);
			theme(iframe, true);
		}
		if (type === 'dateline:resize') {
			if (!isLength(data.height) || data.height < 1) return;
			resize(iframe, Math.ceil(data.height));
		} else if (type === 'dateline:reveal') {
			if (!isLength(data.top) || !isLength(data.bottom) || data.top > data.bottom) return;
			reveal(iframe, data.top, data.bottom);
		} else {
			var eventId = data.event;
			if (eventId !== null && !(typeof eventId === 'string' && EVENT_ID.test(eventId))) return;
			selected(iframe, eventId);
		}
	});

	window.addEventListener('hashchange', function () {
		pendingHash = hashEventId();
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var state = stateOf(list[i]);
			if (pendingHash && pendingHash !== state.selected) {
				state.opened = null;
				openHash(list[i]);
			}
		}
	});

	// Embeds that loaded before this script posted into the void: greet them so they answer with
	// their height. Embeds still loading will speak first when they start.
	var list = frames();
	for (var i = 0; i < list.length; i++) {
		var iframe = list[i];
		// A linked embed with the page's hash must load now, even if it is lazy and off-screen.
		if (pendingHash && linksHash(iframe) && iframe.loading === 'lazy') iframe.loading = 'eager';
		theme(iframe, false);
		post(iframe, { type: 'dateline:hello' });
	}

	// This page's scheme changes with a class or style on any element, a new stylesheet, its meta
	// element, or the reader's preference (when it allows both). Embeds added later are found the
	// same way, before they load.
	if (window.MutationObserver) {
		new MutationObserver(checkThemes).observe(document.documentElement, {
			attributes: true,
			childList: true,
			subtree: true
		});
	}
	if (prefersDark && prefersDark.addEventListener)
		prefersDark.addEventListener('change', checkThemes);

	window.DatelineEmbed = { version: VERSION };
})();
