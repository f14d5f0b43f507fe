/**
 * The Content-Security-Policy of every page (issue 17): scripts only from this site, plus the
 * inline scripts SvelteKit writes (it hashes them itself, `mode: 'hash'`) and those that pages put
 * in `<svelte:head>` or the page template to run before the first paint (hashed here, from the source, so
 * that moving or editing one keeps the policy right without anyone updating a list).
 *
 * Hashes rather than nonces: a nonce changes every response, and the reader's pages must stay
 * byte-identical between requests so that a CDN can cache them and answer `If-None-Match`.
 *
 * `frame-ancestors` cannot be set from a `<meta>` tag (browsers ignore it there, and Kit leaves it
 * out of the prerendered pages' tag): the server sends it as a header, `'none'` everywhere but
 * `/embed/`, which any site may frame (src/hooks.server.ts). Static hosts set it themselves (the
 * README has a `_headers` file and an nginx snippet).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every inline script of the pages under `dir`: those of the components' `<svelte:head>`, and
 * those of the page template (`app.html`, at the top of `dir`), each the exact text between
 * `<script>` and `</script>`, which Svelte and Kit write into the page as it is.
 *
 * @param {string} dir
 * @returns {string[]}
 */
export function headScripts(dir = 'src') {
	/** @type {string[]} */
	const scripts = [];
	/** @param {string} html */
	const inline = (html) => {
		for (const script of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) scripts.push(script[1]);
	};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		if (path === join(dir, 'app.html')) inline(readFileSync(path, 'utf8'));
		if (!entry.name.endsWith('.svelte')) continue;
		const source = readFileSync(path, 'utf8');
		for (const head of source.matchAll(/<svelte:head>([\s\S]*?)<\/svelte:head>/g)) inline(head[1]);
	}
	return scripts;
}

/**
 * A script's CSP source expression, `'sha256-…'`.
 *
 * @param {string} text
 */
export function scriptHash(text) {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Kit's `csp` option.
 *
 * - `connect-src` admits any http(s) address: a reader may point a page at a newsroom's own
 *   dataset (`?src=`), fetched with CORS from wherever it is hosted.
 * - `style-src 'unsafe-inline'`: Svelte writes `style` attributes (positions, widths) and
 *   transitions add `<style>` elements; styles cannot run code, scripts stay strict.
 * - `img-src` admits http(s) images: an event's medium (contract version 2) is an image wherever
 *   its newsroom hosts it, shown as an image only, in the detail panel.
 * - `worker-src 'self'`: the editor's extractor runs in a Web Worker built into `_app/`.
 * - `frame-src 'self'`: the Embed panel previews the embed in an iframe of this site.
 *
 * @returns {import('@sveltejs/kit').KitConfig['csp']}
 */
export function contentSecurityPolicy() {
	const hashes = [...new Set(headScripts().map(scriptHash))];
	return {
		mode: 'hash',
		directives: {
			'default-src': ['self'],
			// Kit's types list only known keywords; a hash source is what CSP allows beside them.
			'script-src': ['self', .../** @type {any[]} */ (hashes)],
			'style-src': ['self', 'unsafe-inline'],
			'img-src': ['self', 'data:', 'http:', 'https:'],
			'font-src': ['self'],
			'connect-src': ['self', 'http:', 'https:'],
			'worker-src': ['self'],
			'frame-src': ['self'],
			'manifest-src': ['self'],
			'object-src': ['none'],
			'base-uri': ['none'],
			'form-action': ['self'],
			'frame-ancestors': ['none']
		}
	};
}
