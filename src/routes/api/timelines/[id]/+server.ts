/**
 * The publishing API, for editors (a session cookie; requests from this site only):
 *
 *   GET /api/timelines/<id>   the timeline's state and latest dataset, to continue it in /new/
 *   PUT /api/timelines/<id>   publish `{ "dataset": …, "base": <version it started from> | null }`
 *
 * A publish answers 201 (a new timeline) or 200 (an update) with where it lives and its embed
 * snippet; 401 without a session, 403 from another site, 409 when it would overwrite a version
 * its editor has not seen, 413 past the size limit, 415 when not JSON, 400/422 naming each
 * problem's JSON path.
 */
import { error, json } from '@sveltejs/kit';
import { requireEditor } from '$lib/server/auth/guard';
import { store } from '$lib/server/app';
import { publishedAnswer } from '$lib/server/editing';
import { readText, TooLargeError } from '$lib/server/http';
import { maxDatasetBytes, readPublishBody } from '$lib/server/publish';
import { siteUrl } from '$lib/server/site';
import { ConflictError } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async ({ params, locals }) => {
	requireEditor(locals);
	const opened = await store();
	const timeline = await opened.timeline(params.id);
	if (!timeline) error(404, `No timeline named "${params.id}"`);
	const dataset = JSON.parse((await opened.datasetJson(params.id, timeline.latest.version))!);
	return json({ ...timeline, dataset });
};

export const PUT: RequestHandler = async ({ params, request, locals, url }) => {
	const user = requireEditor(locals);
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type)) {
		return json(
			{ error: `Send the request as application/json, not ${type || 'an unlabelled body'}` },
			{ status: 415 }
		);
	}
	let text: string;
	try {
		text = await readText(request, maxDatasetBytes());
	} catch (problem) {
		if (problem instanceof TooLargeError) return json({ error: problem.message }, { status: 413 });
		throw problem;
	}
	const body = readPublishBody(text, params.id);
	if (!body.ok) {
		const { status, error: message, problems } = body;
		return json({ error: message, ...(problems ? { problems } : {}) }, { status });
	}
	try {
		const version = await (
			await store()
		).publish({
			dataset: body.dataset,
			by: user.email,
			base: body.base
		});
		return json(publishedAnswer(siteUrl(url), version, body.dataset), {
			status: version.version === 1 ? 201 : 200
		});
	} catch (problem) {
		if (problem instanceof ConflictError) {
			return json({ error: problem.message, latest: problem.latest }, { status: 409 });
		}
		throw problem;
	}
};
