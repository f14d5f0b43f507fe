/**
 * The timeline a reader's page or embed shows, in either build: from data/timelines/ in the
 * static site, from the store on the server (where a withdrawn timeline answers 410 Gone with
 * its notice, rendered by the route's `+error.svelte`).
 */
import { error } from '@sveltejs/kit';
import { plainNames } from '$lib/data/plainNames';
import { store } from './app';
import { loadDataset, type Loaded } from './datasets';
import { published, type Published } from './published';
import { withdrawnDay } from './withdrawnDay';

/**
 * The timeline `id` for a reader, as `{ loaded }` page data, or a 404/410 error. Its titles and
 * names come as the reader sees them (`plainNames`), done here so the reader's page carries no
 * code for it.
 */
export async function readerTimeline(locals: App.Locals, id: string): Promise<{ loaded: Loaded }> {
	if (__DATELINE_STATIC__) {
		const loaded = loadDataset(id);
		if (!loaded) error(404, `No timeline named "${id}"`);
		return { loaded: loaded.ok ? { ...loaded, dataset: plainNames(loaded.dataset) } : loaded };
	}
	const current = await publishedFor(locals, id);
	if (!current) error(404, `No timeline named "${id}"`);
	if (current.state === 'withdrawn') {
		const withdrawn = { at: current.at, day: withdrawnDay(current.at) };
		error(410, { message: 'This timeline was withdrawn', withdrawn });
	}
	return { loaded: { ok: true, file: `/t/${id}.json`, dataset: plainNames(current.dataset) } };
}

/** What the hooks looked up for this request, or a fresh look-up (server build only). */
export async function publishedFor(locals: App.Locals, id: string): Promise<Published | null> {
	if (locals.published !== undefined && locals.published?.id === id) return locals.published;
	return published(await store(), id);
}
