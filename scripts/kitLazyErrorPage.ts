/**
 * SvelteKit's client starts loading the root error page (`src/routes/+error.svelte`) as soon as
 * it starts, in case a navigation fails, so every reader's page carried it (issue 15's 60 kB).
 * A page that is an error is hydrated with its error page among its own nodes, and a navigation
 * that fails asks for the error page when it needs it (`load_root_error_page`, which awaits the
 * same loader): this build step drops the early call, and the error page goes in a chunk of its
 * own (`readerChunk.ts`), loaded only when an error is shown. Kit loads it early so that a
 * navigation that fails after the connection is lost can still show it; a reader's page has few
 * links to follow, and offline the browser says so itself: 0.6 kB gzip of every reader's page
 * is worth more.
 *
 * When a version of Kit no longer makes that call, the build warns and goes on unchanged.
 */
import type { Plugin } from 'vite';
import { kitClientEdit } from './kitClientImports';

/** Kit's client's early call of the root error page's loader, on a line of its own. */
const EARLY_LOAD = /^\tvoid default_error_loader\(\);\n/m;

/**
 * Kit's client code without its early load of the root error page, or null when it has none.
 *
 * @example
 * errorPageWhenShown('\tvoid default_layout_loader();\n\tvoid default_error_loader();\n');
 * // '\tvoid default_layout_loader();\n'
 */
export function errorPageWhenShown(code: string): string | null {
	return EARLY_LOAD.test(code) ? code.replace(EARLY_LOAD, '') : null;
}

/** The Vite plugin: applies `errorPageWhenShown` to Kit's client when building for the browser. */
export function kitLazyErrorPage(): Plugin {
	return kitClientEdit(
		'dateline:kit-lazy-error-page',
		errorPageWhenShown,
		"SvelteKit's client no longer loads the root error page at start: kitLazyErrorPage changes nothing"
	);
}
