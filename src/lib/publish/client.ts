/**
 * The editor's side of publishing (browser): who is signed in, publishing a draft's dataset, and
 * fetching a published timeline to continue it. Over the server's API (`/api/…`); on the static
 * site there is none, which these report as "no server" rather than fail.
 *
 * Every answer the server can give maps to one outcome the page can say in words.
 */
import type { Dataset } from '$lib/data/schema';

export interface Editor {
	email: string;
	admin: boolean;
}

/** Where a published timeline lives, as the server answers a publish. */
export interface Published {
	id: string;
	version: number;
	publishedAt: string;
	publishedBy: string;
	url: string;
	embed: string;
	json: string;
	snippet: string;
}

/** What a publish refused as a conflict (409) says of the timeline already there. */
export interface Conflict {
	/** The server's own words. */
	message: string;
	/** Its latest version now (0: none). */
	latest: number;
	/** Who published that version, and when (ISO 8601), when the server says. */
	latestBy: string | null;
	latestAt: string | null;
	/** The editor who may change it besides admins (null: admins only). */
	owner: string | null;
	/** Whether the editor publishing may update it. */
	yours: boolean;
}

export type PublishOutcome =
	| { ok: true; created: boolean; published: Published }
	/** Not signed in (401), or the session ended. */
	| { ok: false; reason: 'signed-out'; message: string }
	/** The address is taken (`base` null), or another version was published since `base` (409). */
	| ({ ok: false; reason: 'conflict' } & Conflict)
	/** Refused to this editor (403): the timeline is someone else's, or the request came from elsewhere. */
	| { ok: false; reason: 'forbidden'; message: string }
	/** The dataset breaks the contract (422) or the request was malformed (400, 413, 415). */
	| { ok: false; reason: 'refused'; message: string; problems: string[] }
	/** No server (static site), the network failed, or the server failed. */
	| { ok: false; reason: 'unavailable'; message: string };

type Fetch = typeof fetch;

/** The signed-in editor, or null (signed out, or a static site with no server). */
export async function currentEditor(fetcher: Fetch = fetch): Promise<Editor | null> {
	try {
		const response = await fetcher('/api/session', { headers: { accept: 'application/json' } });
		if (!response.ok) return null;
		const body = (await response.json()) as { user?: Editor | null };
		return body.user ?? null;
	} catch {
		return null;
	}
}

/** A refusal's JSON body, as the server's API and SvelteKit's errors write them. */
interface ErrorBody extends Partial<Omit<Conflict, 'message'>> {
	error?: string;
	message?: string;
	problems?: string[];
}

async function errorOf(response: Response): Promise<ErrorBody & { error: string }> {
	try {
		const body = (await response.json()) as ErrorBody;
		return {
			...body,
			error: body.error ?? body.message ?? `The server answered ${response.status}`
		};
	} catch {
		return { error: `The server answered ${response.status}` };
	}
}

/**
 * Publishes a dataset under its id.
 *
 * @param base the version this draft continues, or null for a new timeline
 * @example
 * const outcome = await publishDataset(dataset, null);
 * if (outcome.ok) show(outcome.published.snippet);
 */
export async function publishDataset(
	dataset: Dataset,
	base: number | null,
	fetcher: Fetch = fetch
): Promise<PublishOutcome> {
	let response: Response;
	try {
		response = await fetcher(`/api/timelines/${encodeURIComponent(dataset.id)}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({ dataset, base })
		});
	} catch (error) {
		return {
			ok: false,
			reason: 'unavailable',
			message: `The server could not be reached: ${(error as Error).message}`
		};
	}
	if (response.ok) {
		return {
			ok: true,
			created: response.status === 201,
			published: (await response.json()) as Published
		};
	}
	const body = await errorOf(response);
	const { error, problems } = body;
	switch (response.status) {
		case 401:
			return {
				ok: false,
				reason: 'signed-out',
				message:
					'Sign in again to publish: your session has ended. Your draft stays in this browser.'
			};
		case 403:
			return { ok: false, reason: 'forbidden', message: error };
		case 409:
			return {
				ok: false,
				reason: 'conflict',
				message: error,
				latest: body.latest ?? 0,
				latestBy: body.latestBy ?? null,
				latestAt: body.latestAt ?? null,
				owner: body.owner ?? null,
				yours: body.yours ?? false
			};
		case 400:
		case 413:
		case 415:
		case 422:
			return { ok: false, reason: 'refused', message: error, problems: problems ?? [] };
		case 404:
		case 405:
			return {
				ok: false,
				reason: 'unavailable',
				message: 'This site has no Dateline server to publish to.'
			};
		default:
			return { ok: false, reason: 'unavailable', message: error };
	}
}

/** A published timeline opened to continue it in /new/. */
export interface Opened {
	dataset: Dataset;
	/** The version opened. */
	version: number;
	/** The timeline's latest version: an update continues from it. */
	latest: number;
	/** Where it lives, as its latest version's publish answered. */
	published: Published;
	/** Whether the editor may update it, and who may besides admins. */
	yours: boolean;
	owner: string | null;
}

/** Why a published timeline could not be opened, with the status (401: sign in first). */
export interface NotOpened {
	error: string;
	status: number;
}

/**
 * A published timeline's version `version` (default: its latest), to continue it.
 *
 * @example
 * const opened = await fetchPublished('iraq-coalition-exit', 2);
 * if ('dataset' in opened) startDraft(opened.dataset, opened.latest);
 */
export async function fetchPublished(
	id: string,
	version: number | null = null,
	fetcher: Fetch = fetch
): Promise<Opened | NotOpened> {
	const get = (path: string) =>
		fetcher(`/api/timelines/${encodeURIComponent(id)}${path}`, {
			headers: { accept: 'application/json' }
		});
	try {
		const response = await get('');
		if (!response.ok) return { error: (await errorOf(response)).error, status: response.status };
		const body = (await response.json()) as {
			dataset: Dataset;
			latest: { version: number };
			published: Published;
			yours: boolean;
			owner: string | null;
		};
		const latest = body.latest.version;
		let dataset = body.dataset;
		if (version !== null && version !== latest) {
			const older = await get(`/versions/${version}`);
			if (!older.ok) return { error: (await errorOf(older)).error, status: older.status };
			dataset = ((await older.json()) as { dataset: Dataset }).dataset;
		}
		return {
			dataset,
			version: version ?? latest,
			latest,
			published: body.published,
			yours: body.yours,
			owner: body.owner
		};
	} catch (error) {
		return { error: `The server could not be reached: ${(error as Error).message}`, status: 0 };
	}
}
