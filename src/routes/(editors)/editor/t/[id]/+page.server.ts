import { error, fail } from '@sveltejs/kit';
import { store } from '$lib/server/app';
import { editorOrSignIn, requireEditor } from '$lib/server/auth/guard';
import {
	EditingError,
	mayChange,
	ownerOf,
	publishedAnswer,
	restoreVersion,
	withdrawTimeline
} from '$lib/server/editing';
import { siteUrl } from '$lib/server/site';
import { ConflictError } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = editorOrSignIn(locals, url);
	const opened = await store();
	const timeline = await opened.timeline(params.id);
	if (!timeline) error(404, `No timeline named "${params.id}"`);
	const [history, json, creator] = await Promise.all([
		opened.history(params.id),
		opened.datasetJson(params.id, timeline.latest.version),
		opened.creator(params.id)
	]);
	const answer = publishedAnswer(siteUrl(url), timeline.latest, JSON.parse(json!));
	return {
		timeline,
		history,
		snippet: answer.snippet,
		url: answer.url,
		json: answer.json,
		owner: ownerOf(creator),
		yours: mayChange(user, creator)
	};
};

/** A whole number from a form field, or null. */
function versionField(form: FormData, name: string): number | null {
	const value = Number(form.get(name));
	return Number.isInteger(value) && value > 0 ? value : null;
}

export const actions: Actions = {
	restore: async ({ locals, params, request }) => {
		const user = requireEditor(locals);
		const form = await request.formData();
		const version = versionField(form, 'version');
		const base = versionField(form, 'base');
		if (version === null || base === null) {
			return fail(400, { problem: 'Choose a version to restore.' });
		}
		try {
			const restored = await restoreVersion(await store(), user, { id: params.id, version, base });
			return {
				done: `Version ${version} is published again, as version ${restored.version.version}: readers and embeds get it on their next load.`
			};
		} catch (problem) {
			if (problem instanceof ConflictError || problem instanceof EditingError) {
				return fail(problem instanceof EditingError ? problem.status : 409, {
					problem: problem.message
				});
			}
			throw problem;
		}
	},
	withdraw: async ({ locals, params }) => {
		const user = requireEditor(locals);
		try {
			await withdrawTimeline(await store(), user, params.id);
			return {
				done: 'Withdrawn: its page and its embeds now say that it was withdrawn. Restore a version to publish it again.'
			};
		} catch (problem) {
			if (problem instanceof EditingError)
				return fail(problem.status, { problem: problem.message });
			throw problem;
		}
	}
};
