import { error, json } from '@sveltejs/kit';
import { store } from '$lib/server/app';
import { requireEditor } from '$lib/server/auth/guard';
import type { RequestHandler } from './$types';

export const prerender = false;

/** `GET /api/timelines/<id>/versions/<n>`: one version and its dataset, for editors. */
export const GET: RequestHandler = async ({ params, locals }) => {
	requireEditor(locals);
	const n = Number(params.version);
	if (!Number.isInteger(n) || n < 1) error(404, `No version "${params.version}"`);
	const opened = await store();
	const version = await opened.version(params.id, n);
	if (!version) error(404, `"${params.id}" has no version ${n}`);
	const dataset = JSON.parse((await opened.datasetJson(params.id, n))!);
	return json({ ...version, dataset });
};
