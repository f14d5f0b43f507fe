/**
 * Loads the reader's search and filter code (`find.ts`, off the page's first load) once, however
 * often it is asked for, and hands it over with the filters of the page's URL. Shared by the
 * timeline page and the embed, which ask for it on the reader's first move, for a URL that
 * filters, or for a dataset with groups (whose legend is the group filter).
 *
 * @example
 * const load = findLoader((module, filters) => ((find = module), (current = filters)));
 * load(); // imports find.ts
 * load(); // nothing more
 */
import type { Filters } from '$lib/search/filters';

export function findLoader(
	onload: (module: typeof import('./find'), filters: Filters) => void
): () => void {
	let asked = false;
	return () => {
		if (asked) return;
		asked = true;
		import('./find').then((module) =>
			onload(module, module.readFilters(new URLSearchParams(location.search)))
		);
	};
}
