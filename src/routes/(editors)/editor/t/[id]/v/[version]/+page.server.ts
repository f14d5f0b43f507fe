import { error } from '@sveltejs/kit';
import { store } from '$lib/server/app';
import { editorOrSignIn } from '$lib/server/auth/guard';
import { plainNames } from '$lib/data/plainNames';
import type { Dataset } from '$lib/data/schema';
import type { PageServerLoad } from './$types';

/** One version of a timeline as readers saw it, for its editors. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	editorOrSignIn(locals, url);
	const n = Number(params.version);
	if (!Number.isInteger(n) || n < 1) error(404, `No version "${params.version}"`);
	const opened = await store();
	const [timeline, version, json] = await Promise.all([
		opened.timeline(params.id),
		opened.version(params.id, n),
		opened.datasetJson(params.id, n)
	]);
	if (!timeline || !version || json === undefined) {
		error(404, `"${params.id}" has no version ${n}`);
	}
	// As readers saw it: titles and names as plain text (`plainNames`).
	const dataset = plainNames(JSON.parse(json) as Dataset);
	return {
		timeline,
		version,
		loaded: { ok: true as const, file: `version ${n}`, dataset }
	};
};
