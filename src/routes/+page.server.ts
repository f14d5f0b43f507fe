import { defaultDatasetId } from '$lib/server/datasets';
import { readerTimeline } from '$lib/server/readers';
import type { PageServerLoad } from './$types';

// Prerendered in the static site; on the server, rendered per request from the store (and cached
// by version, see hooks.server.ts).
export const prerender = __DATELINE_STATIC__;

/** The root shows the default timeline (data/site.json), through the same code as every other. */
export const load: PageServerLoad = ({ locals }) => readerTimeline(locals, defaultDatasetId);
