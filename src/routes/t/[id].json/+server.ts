import { error } from '@sveltejs/kit';
import { datasetIds, loadDataset } from '$lib/server/datasets';
import { publishedFor } from '$lib/server/readers';
import { serialise } from '$lib/server/store/store';
import type { EntryGenerator, RequestHandler } from './$types';

/** Written at build time for the static site; answered per request (and cached) by the server. */
export const prerender = __DATELINE_STATIC__;

/** The static site writes one file per valid dataset. */
export const entries: EntryGenerator = () =>
	datasetIds()
		.filter((id) => loadDataset(id)?.ok)
		.map((id) => ({ id }));

/**
 * `/t/<id>.json`: the published dataset itself, readable from any site (CORS), so that a
 * newsroom's own pages, `?src=` and other tools can use it. On the server it is the latest
 * version's stored bytes, with the `ETag` and `Cache-Control` set by the hooks; a withdrawn
 * timeline answers 410 Gone.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const headers = {
		'content-type': 'application/json; charset=utf-8',
		'access-control-allow-origin': '*',
		'access-control-expose-headers': 'ETag'
	};
	if (__DATELINE_STATIC__) {
		const loaded = loadDataset(params.id);
		if (!loaded?.ok) error(404, `No timeline named "${params.id}"`);
		return new Response(serialise(loaded.dataset).json, { headers });
	}
	const current = await publishedFor(locals, params.id);
	if (!current) error(404, `No timeline named "${params.id}"`);
	if (current.state === 'withdrawn') {
		return new Response(
			JSON.stringify({ error: 'This timeline was withdrawn', withdrawnAt: current.at }),
			{ status: 410, headers }
		);
	}
	return new Response(current.bytes, { headers });
};
