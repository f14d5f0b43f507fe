/**
 * The publishing API, for editors (a session cookie; requests from this site only):
 *
 *   GET /api/timelines/<id>   the timeline's state and latest dataset, where it lives, who may
 *                             change it and whether the editor asking may: to continue it in /new/
 *   PUT /api/timelines/<id>   publish `{ "dataset": …, "base": <version it started from> | null }`
 *
 * A publish answers 201 (a new timeline) or 200 (an update) with where it lives and its embed
 * snippet; 401 without a session, 403 from another site or to an editor who may not change that
 * timeline (`mayChange`), 409 when it would overwrite a version its editor has not seen (with
 * that version, who published it, and whether the timeline is theirs to update), 413 past the
 * size limit, 415 when not JSON, 400/422 naming each problem's JSON path.
 */
import { error, json } from '@sveltejs/kit';
import { requireEditor } from '$lib/server/auth/guard';
import { store } from '$lib/server/app';
import {
	EditingError,
	conflictAnswer,
	mayChange,
	ownerOf,
	publishTimeline,
	publishedAnswer
} from '$lib/server/editing';
import { readText, TooLargeError } from '$lib/server/http';
import { maxDatasetBytes, readPublishBody } from '$lib/server/publish';
import { siteUrl } from '$lib/server/site';
import { ConflictError } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async ({ params, locals, url }) => {
	const user = requireEditor(locals);
	const opened = await store();
	const timeline = await opened.timeline(params.id);
	if (!timeline) error(404, `No timeline named "${params.id}"`);
	const [stored, creator] = await Promise.all([
		opened.datasetJson(params.id, timeline.latest.version),
		opened.creator(params.id)
	]);
	const dataset = JSON.parse(stored!);
	return json({
		...timeline,
		dataset,
		published: publishedAnswer(siteUrl(url), timeline.latest, dataset),
		owner: ownerOf(creator),
		yours: mayChange(user, creator)
	});
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
	const opened = await store();
	try {
		const version = await publishTimeline(opened, user, body);
		return json(publishedAnswer(siteUrl(url), version, body.dataset), {
			status: version.version === 1 ? 201 : 200
		});
	} catch (problem) {
		if (problem instanceof ConflictError) {
			return json(await conflictAnswer(opened, user, params.id, problem), { status: 409 });
		}
		if (problem instanceof EditingError) {
			return json({ error: problem.message }, { status: problem.status });
		}
		throw problem;
	}
};
