/**
 * The reader's pages in few chunks (issue 15's 60 kB page), for the browser build (vite.config.ts).
 *
 * Left to itself the bundler cuts what the reader's page runs at load into a dozen small chunks
 * (the page, its list, its dates, the timeline, helpers shared with other pages), each compressed
 * on its own and each repeating its imports. Here the same code goes in two: `framework`, what
 * every reader's page loads (Svelte and SvelteKit's client, which every page of the site loads,
 * with the timeline and the dates, which the timeline page and the embed share), then the one
 * page's own (`page` or `embed`). About 4 kB less over the wire than a dozen, no code less
 * (figures in the README). The timeline rides with the libraries rather than in a chunk of its
 * own because one file compresses better than two (0.5 kB gzip, and one request less): the
 * editors' pages that do not draw a timeline load it too, a cost for a few staff on their
 * desktops against every reader's.
 *
 * Which modules: those the reader's pages import statically, found from the build's graph, so a
 * module the pages come to import joins by itself and one they load when used (`import()`:
 * gestures, detail panel, search, the Embed panel) stays apart. What the root layout and error
 * page import joins the libraries: SvelteKit loads both on every page of the site. Each group
 * takes what its modules import with them (rolldown's default; Kit's strict entry signatures
 * require it), hence the order of the groups: libraries first, so that no page's chunk pulls one
 * in.
 */
import { resolve } from 'node:path';

/** What the bundler tells of a module: the modules it imports statically, and by `import()`. */
export interface ModuleInfoLike {
	importedIds: readonly string[];
	dynamicallyImportedIds: readonly string[];
}

/** The bundler's graph, as the chunking hooks see it. */
export interface ModuleGraph {
	getModuleInfo(id: string): ModuleInfoLike | null;
}

/**
 * Every module reached from `roots` by static imports (and `import()` too when `dynamic`) that
 * `keep` accepts, the roots included when kept; a module not kept is not entered, so what it
 * imports is not reached through it.
 *
 * @example
 * staticClosure(['/app/src/a.ts'], graph, (id) => id.startsWith('/app/src/')); // Set { '/app/src/a.ts', … }
 */
export function staticClosure(
	roots: readonly string[],
	graph: ModuleGraph,
	keep: (id: string) => boolean,
	dynamic = false
): Set<string> {
	const seen = new Set<string>();
	const stack = roots.filter(keep);
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		const info = graph.getModuleInfo(id);
		const imported = info
			? [...info.importedIds, ...(dynamic ? info.dynamicallyImportedIds : [])]
			: [];
		for (const next of imported) {
			if (!seen.has(next) && keep(next)) stack.push(next);
		}
	}
	return seen;
}

const ROOT = resolve(import.meta.dirname, '..');
const SRC = `${resolve(ROOT, 'src')}/`;

/**
 * What SvelteKit loads on every page: the root layout. Not the root error page, which it loads
 * when it shows one (`kitLazyErrorPage.ts`).
 */
export const EVERY_PAGE = ['src/routes/+layout.svelte'].map((p) => resolve(ROOT, p));

/**
 * The reader's pages, by the name of their chunk: a published timeline (`/`, `/t/<id>/`) and its
 * embed (`/embed/<id>/`).
 */
export const READER_PAGES: Record<string, readonly string[]> = {
	page: ['src/routes/+page.svelte', 'src/routes/t/[id]/+page.svelte'].map((p) => resolve(ROOT, p)),
	embed: ['src/routes/embed/[id]/+page.svelte'].map((p) => resolve(ROOT, p))
};

/**
 * Which chunk a module goes in: `framework` for a library any reader's page imports statically,
 * for whatever `everyPage` (the root layout and error page, which SvelteKit loads on every page
 * of the site) imports, and for the app's own modules (under `src`) that every reader's page
 * imports statically; for the app's other modules, the name of the pages that import them
 * statically (`page`, `embed`), followed by those that load
 * it later by `import()` (`page~embed`: in a chunk of its own, so that the embed does not load
 * the page's chunk for it, nor at load); null for anything no reader's page imports statically.
 *
 * @example
 * const chunkOf = readerChunks(READER_PAGES, '/app/src/', graph);
 * chunkOf('/app/src/lib/timeline/Timeline.svelte'); // 'framework'
 * chunkOf('/app/src/lib/embed/hostChannel.ts'); // 'embed'
 */
export function readerChunks(
	pages: Record<string, readonly string[]>,
	src: string,
	graph: ModuleGraph,
	everyPage: readonly string[] = []
): (id: string) => string | null {
	const all = () => true;
	const shell = staticClosure(everyPage, graph, all);
	const loads = Object.entries(pages).map(
		([name, roots]) => [name, staticClosure(roots, graph, all)] as const
	);
	const runs = Object.entries(pages).map(
		([name, roots]) => [name, staticClosure(roots, graph, all, true)] as const
	);
	return (id) => {
		if (shell.has(id)) return 'framework';
		const by = loads.filter(([, modules]) => modules.has(id)).map(([name]) => name);
		if (!by.length) return null;
		if (!id.startsWith(src) || by.length === loads.length) return 'framework';
		const later = runs.filter(([name, modules]) => modules.has(id) && !by.includes(name));
		return [by.join('+'), ...later.map(([name]) => name)].join('~');
	};
}

/**
 * `devalue` in a chunk of its own (`devalue`), null for any other module: Kit's client imports it
 * when it navigates (`kitLazyDevalue.ts`), and as what Kit's shared code imports (for what the
 * server and remote functions do, not this site's pages) the libraries' chunk would take it
 * along, at load.
 *
 * @example
 * navigationChunk('/app/node_modules/devalue/src/parse.js'); // 'devalue'
 */
export function navigationChunk(id: string): string | null {
	return /[\\/]node_modules[\\/]devalue[\\/]/.test(id) ? 'devalue' : null;
}

/**
 * The chunking groups (rolldown's `output.codeSplitting.groups`) of `readerChunks`. New for each
 * build: they learn the graph from the first module they are asked about.
 */
export function readerChunkGroups(pages = READER_PAGES, src = SRC, everyPage = EVERY_PAGE) {
	let chunkOf: ((id: string) => string | null) | null = null;
	// Each group takes its modules with what they import: the libraries and what all the reader's
	// pages share first, then what one page loads and another runs later, so that none of them is
	// pulled into one page's chunk as its dependency.
	const group = (priority: number, member: (chunk: string) => boolean) => ({
		name: (id: string, graph: ModuleGraph): string | null => {
			chunkOf ??= readerChunks(pages, src, graph, everyPage);
			const chunk = chunkOf(id);
			return chunk !== null && member(chunk) ? chunk : null;
		},
		priority
	});
	return [
		{ name: navigationChunk, priority: 4 },
		group(3, (chunk) => chunk === 'framework'),
		group(2, (chunk) => chunk.includes('~')),
		group(1, (chunk) => chunk !== 'framework')
	];
}
