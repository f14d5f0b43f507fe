import { describe, expect, it } from 'vitest';
import {
	navigationChunk,
	readerChunkGroups,
	readerChunks,
	staticClosure,
	type ModuleGraph
} from './readerChunk';

/** A module graph from `id: [static imports] | [dynamic imports]` lines. */
function graphOf(edges: Record<string, [string[], string[]?]>): ModuleGraph {
	return {
		getModuleInfo: (id) =>
			edges[id] ? { importedIds: edges[id][0], dynamicallyImportedIds: edges[id][1] ?? [] } : null
	};
}

// Two reader pages over a shared timeline, one library, a panel the page loads when used, and a
// helper that the page loads at once and the embed's panel only when it opens.
const graph = graphOf({
	'/app/src/page.svelte': [['/app/src/Timeline.svelte', '/app/src/url.ts', '/lib/svelte.js']],
	'/app/src/embed.svelte': [['/app/src/Timeline.svelte', '/app/src/channel.ts']],
	'/app/src/Timeline.svelte': [['/lib/svelte.js', '/app/src/dates.ts'], ['/app/src/Detail.svelte']],
	'/app/src/Detail.svelte': [['/app/src/url.ts', '/lib/svelte.js']],
	'/app/src/dates.ts': [[]],
	'/app/src/url.ts': [[]],
	'/app/src/channel.ts': [[]],
	'/app/src/editor.svelte': [['/app/src/dates.ts', '/lib/d3.js']],
	'/lib/svelte.js': [['/lib/svelte-internal.js']],
	'/lib/svelte-internal.js': [[]],
	'/lib/d3.js': [[]]
});
const PAGES = { page: ['/app/src/page.svelte'], embed: ['/app/src/embed.svelte'] };

describe('staticClosure', () => {
	it('follows static imports only, unless asked to follow import() too', () => {
		const all = () => true;
		const roots = ['/app/src/Timeline.svelte'];
		expect([...staticClosure(roots, graph, all)].sort()).toEqual([
			'/app/src/Timeline.svelte',
			'/app/src/dates.ts',
			'/lib/svelte-internal.js',
			'/lib/svelte.js'
		]);
		expect(staticClosure(roots, graph, all, true)).toContain('/app/src/Detail.svelte');
		expect(staticClosure(roots, graph, all, true)).toContain('/app/src/url.ts');
	});

	it('does not go through a module it does not keep', () => {
		const app = (id: string) => id.startsWith('/app/');
		expect(staticClosure(['/app/src/editor.svelte'], graph, app)).toEqual(
			new Set(['/app/src/editor.svelte', '/app/src/dates.ts'])
		);
	});
});

describe('readerChunks', () => {
	const chunkOf = readerChunks(PAGES, '/app/src/', graph);

	it('puts what every reader page loads in one chunk, with the libraries under it', () => {
		expect(chunkOf('/app/src/Timeline.svelte')).toBe('framework');
		expect(chunkOf('/app/src/dates.ts')).toBe('framework');
		expect(chunkOf('/lib/svelte.js')).toBe('framework');
		expect(chunkOf('/lib/svelte-internal.js')).toBe('framework');
	});

	it("gives each page's own modules that page's chunk", () => {
		expect(chunkOf('/app/src/page.svelte')).toBe('page');
		expect(chunkOf('/app/src/embed.svelte')).toBe('embed');
		expect(chunkOf('/app/src/channel.ts')).toBe('embed');
	});

	it("keeps a module one page loads at once and another when used out of the first page's chunk", () => {
		expect(chunkOf('/app/src/url.ts')).toBe('page~embed');
	});

	it('leaves what readers load when used, and what only other pages load, to the bundler', () => {
		expect(chunkOf('/app/src/Detail.svelte')).toBeNull();
		expect(chunkOf('/app/src/editor.svelte')).toBeNull();
		expect(chunkOf('/lib/d3.js')).toBeNull();
	});
});

describe('readerChunks with the pages every page loads', () => {
	it('puts what the root layout and error page import with the libraries', () => {
		const shell = graphOf({
			'/app/src/+error.svelte': [['/app/src/withdrawn.ts', '/lib/svelte.js']],
			'/app/src/withdrawn.ts': [[]],
			'/app/src/page.svelte': [['/lib/svelte.js']],
			'/lib/svelte.js': [[]]
		});
		const chunkOf = readerChunks({ page: ['/app/src/page.svelte'] }, '/app/src/', shell, [
			'/app/src/+error.svelte'
		]);
		expect(chunkOf('/app/src/+error.svelte')).toBe('framework');
		expect(chunkOf('/app/src/withdrawn.ts')).toBe('framework');
		expect(chunkOf('/app/src/page.svelte')).toBe('framework');
	});
});

describe('navigationChunk', () => {
	it("gives devalue's modules a chunk of their own, and no other module", () => {
		expect(navigationChunk('/app/node_modules/devalue/src/parse.js')).toBe('devalue');
		expect(navigationChunk('C:\\app\\node_modules\\devalue\\index.js')).toBe('devalue');
		expect(navigationChunk('/app/node_modules/devalue-other/index.js')).toBeNull();
		expect(navigationChunk('/app/node_modules/@sveltejs/kit/src/runtime/shared.js')).toBeNull();
	});

	it('comes before the libraries, so that their chunk does not take devalue along', () => {
		const [first, ...rest] = readerChunkGroups({ page: ['/app/src/page.svelte'] }, '/app/src/');
		expect(first.name).toBe(navigationChunk);
		expect(Math.min(...rest.map((g) => g.priority))).toBeGreaterThan(0);
		expect(first.priority).toBeGreaterThan(Math.max(...rest.map((g) => g.priority)));
	});
});
