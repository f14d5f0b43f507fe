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

export type PublishOutcome =
	| { ok: true; created: boolean; published: Published }
	/** Not signed in (401), or the session ended. */
	| { ok: false; reason: 'signed-out'; message: string }
	/** Another version was published since `base` (409): `latest` is the newest. */
	| { ok: false; reason: 'conflict'; message: string; latest: number }
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

async function errorOf(
	response: Response
): Promise<{ error: string; problems?: string[]; latest?: number }> {
	try {
		const body = (await response.json()) as {
			error?: string;
			message?: string;
			problems?: string[];
			latest?: number;
		};
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
	const { error, problems, latest } = await errorOf(response);
	switch (response.status) {
		case 401:
			return {
				ok: false,
				reason: 'signed-out',
				message: 'Sign in again to publish: your session has ended.'
			};
		case 409:
			return { ok: false, reason: 'conflict', message: error, latest: latest ?? 0 };
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

/** A published timeline's latest version, to continue it; null when it cannot be had. */
export async function fetchPublished(
	id: string,
	fetcher: Fetch = fetch
): Promise<{ dataset: Dataset; version: number } | { error: string }> {
	try {
		const response = await fetcher(`/api/timelines/${encodeURIComponent(id)}`, {
			headers: { accept: 'application/json' }
		});
		if (!response.ok) return { error: (await errorOf(response)).error };
		const body = (await response.json()) as { dataset: Dataset; latest: { version: number } };
		return { dataset: body.dataset, version: body.latest.version };
	} catch (error) {
		return { error: `The server could not be reached: ${(error as Error).message}` };
	}
}
