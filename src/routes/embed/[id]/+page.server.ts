import { datasetIds } from '$lib/server/datasets';
import { readerTimeline } from '$lib/server/readers';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered in the static site; on the server, rendered per request from the store (and cached
// by version, see hooks.server.ts).
export const prerender = __DATELINE_STATIC__;

/** One embed page per timeline; its options are URL parameters read in the browser. */
export const entries: EntryGenerator = () => datasetIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ locals, params }) => readerTimeline(locals, params.id);
