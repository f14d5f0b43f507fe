/**
 * SvelteKit resolves routes on the server (`router.resolution: 'server'` in svelte.config.js): the
 * browser then loads no list of the site's routes nor the code that matches a path against them,
 * 1.8 kB gzip of every reader's page (issue 15). Instead, before its first visit to a path, Kit's
 * client imports `<path>/__route.js`, which the Dateline server answers for any path, and which
 * the static build prerenders beside each page.
 *
 * A static host has no such module for a path that is no page (a JSON schema, an address that
 * does not exist): the import fails, and Kit's client lets the failure through, so a link to a
 * file did nothing and the not-found page (`404.html`) stayed blank. This build step reads a
 * failed import as what the server would have answered, no route there: Kit then goes to a file
 * by a plain navigation and shows its error page for a missing address, as it does when it
 * matches routes itself.
 *
 * When a version of Kit no longer has that import, the build warns and goes on unchanged.
 */
import type { Plugin } from 'vite';
import { kitClientEdit } from './kitClientImports';

/** Kit's import of the route-resolution module, up to its closing parenthesis. */
const RESOLUTION_IMPORT =
	/(await import\((?:\s*\/\/[^\n]*|\s*\/\*[^*]*\*\/)*\s*url\.origin \+ add_resolution_suffix\(url\.pathname\)\s*\))/;

/**
 * Kit's client code with a failed route resolution read as "no route", or null when the code has
 * no such import.
 *
 * @example
 * noRouteOnFailure('const { route, params } = await import(url.origin + add_resolution_suffix(url.pathname));');
 * // 'const { route, params } = await import(url.origin + add_resolution_suffix(url.pathname)).catch(() => ({ params: {} }));'
 */
export function noRouteOnFailure(code: string): string | null {
	if (!RESOLUTION_IMPORT.test(code)) return null;
	return code.replace(RESOLUTION_IMPORT, '$1.catch(() => ({ params: {} }))');
}

/** The Vite plugin: applies `noRouteOnFailure` to Kit's client when building for the browser. */
export function kitRouteResolution(): Plugin {
	return kitClientEdit(
		'dateline:kit-route-resolution',
		noRouteOnFailure,
		"SvelteKit's client no longer imports `__route.js` as expected: a static host's missing routes stay unhandled"
	);
}
