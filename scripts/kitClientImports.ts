/**
 * SvelteKit's client takes two of Svelte's functions by destructuring the whole module
 * (`import * as svelte from 'svelte'; const { onMount, tick } = svelte;`). Destructuring a
 * namespace makes the bundler build it as an object with every export of `svelte` in it, so none
 * of them can be left out: `fork`, `hydratable`, `createRawSnippet`, `createEventDispatcher`,
 * `afterUpdate` and the rest came with every page, about 1 kB gzip of the reader's page
 * (issue 15). Reading the two as members instead (`svelte.onMount`) is the same code to the
 * client, and lets the bundler keep only what is used.
 *
 * When a version of Kit no longer has that line, the build warns and goes on unchanged (the page
 * then weighs what it weighed before; `npm run bench -- --weights-only` shows it).
 */
import type { Plugin } from 'vite';

/** The module of Kit's client that destructures Svelte. */
export const KIT_CLIENT = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;

const DESTRUCTURED = /const \{ ?onMount, ?tick ?\} = svelte;/;

/**
 * Kit's client code with its destructuring of `svelte` turned into member reads, or null when
 * the code has no such line.
 *
 * @example
 * memberReads("const { onMount, tick } = svelte;"); // 'const onMount = svelte.onMount, tick = svelte.tick;'
 */
export function memberReads(code: string): string | null {
	if (!DESTRUCTURED.test(code)) return null;
	return code.replace(DESTRUCTURED, 'const onMount = svelte.onMount, tick = svelte.tick;');
}

/**
 * A Vite plugin that edits Kit's client when building for the browser: `edit` answers the changed
 * code, or null when the code no longer has what it changes, and the build then warns `missing`
 * and goes on unchanged.
 */
export function kitClientEdit(
	name: string,
	edit: (code: string) => string | null,
	missing: string
): Plugin {
	return {
		name,
		apply: 'build',
		transform(code, id) {
			if (!KIT_CLIENT.test(id.split('?')[0])) return null;
			const changed = edit(code);
			if (changed === null) this.warn(missing);
			return changed;
		}
	};
}

/** The Vite plugin: applies `memberReads` to Kit's client when building for the browser. */
export function kitClientImports(): Plugin {
	return kitClientEdit(
		'dateline:kit-client-imports',
		memberReads,
		"SvelteKit's client no longer destructures `svelte`: kitClientImports changes nothing"
	);
}
