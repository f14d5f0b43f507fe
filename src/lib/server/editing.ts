/**
 * What editors do to published timelines, shared by the JSON API and the history page's forms:
 * publish, restore an earlier version, withdraw. Callers have checked the session
 * (`auth/guard.ts`); every change records who made it.
 */
import { validateDataset, DatasetError, type Dataset } from '$lib/data/schema';
import { embedSnippet } from '$lib/embed/options';
import type { Store, User, VersionInfo } from './store';

/** What a publish answers: where the timeline now lives and the snippet that embeds it. */
export interface PublishedAnswer {
	id: string;
	version: number;
	publishedAt: string;
	publishedBy: string;
	/** The reader's page. */
	url: string;
	embed: string;
	/** The dataset, as any site may fetch it. */
	json: string;
	/** The embed snippet, as the Embed panel gives it; it never changes between versions. */
	snippet: string;
}

export function publishedAnswer(
	site: string,
	version: VersionInfo,
	dataset: Dataset
): PublishedAnswer {
	return {
		id: version.timeline,
		version: version.version,
		publishedAt: version.publishedAt,
		publishedBy: version.publishedBy,
		url: `${site}/t/${version.timeline}/`,
		embed: `${site}/embed/${version.timeline}/`,
		json: `${site}/t/${version.timeline}.json`,
		snippet: embedSnippet({ site, dataset })
	};
}

/** A version that is not there, or cannot be published again. */
export class EditingError extends Error {
	constructor(
		message: string,
		readonly status: number
	) {
		super(message);
		this.name = 'EditingError';
	}
}

/**
 * Publishes version `version` of a timeline again, as its newest version (the history keeps
 * every version; restoring adds one, so it can be undone by restoring another).
 *
 * @param base the latest version the editor saw: refused (ConflictError) if another came since
 */
export async function restoreVersion(
	store: Store,
	user: User,
	input: { id: string; version: number; base: number }
): Promise<{ version: VersionInfo; dataset: Dataset }> {
	const json = await store.datasetJson(input.id, input.version);
	if (json === undefined) {
		throw new EditingError(`"${input.id}" has no version ${input.version}`, 404);
	}
	let dataset: Dataset;
	try {
		// The contract may have grown stricter since the version was published.
		dataset = validateDataset(JSON.parse(json), `version ${input.version}`);
	} catch (error) {
		if (!(error instanceof DatasetError)) throw error;
		throw new EditingError(error.message, 422);
	}
	const version = await store.publish({
		dataset,
		by: user.email,
		base: input.base,
		origin: 'restore',
		restoredFrom: input.version
	});
	return { version, dataset };
}

/** @throws EditingError when there is no such timeline or it is already withdrawn */
export async function withdrawTimeline(store: Store, user: User, id: string): Promise<void> {
	if (await store.withdraw(id, user.email)) return;
	const timeline = await store.timeline(id);
	throw timeline
		? new EditingError(`"${id}" is already withdrawn`, 409)
		: new EditingError(`No timeline named "${id}"`, 404);
}
