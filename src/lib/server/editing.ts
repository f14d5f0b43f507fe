/**
 * What editors do to published timelines, shared by the JSON API and the history page's forms:
 * publish, restore an earlier version, withdraw. Callers have checked the session
 * (`auth/guard.ts`); every change records who made it, and is refused (403) to an editor who may
 * not make it (`mayChange`).
 */
import { validateDataset, DatasetError, type Dataset } from '$lib/data/schema';
import { embedSnippet } from '$lib/embed/options';
import type { ConflictError, Creator, Store, User, VersionInfo } from './store';

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

/** A version that is not there, cannot be published again, or a change the editor may not make. */
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
 * Who may change a published timeline (publish a version of it, restore one, withdraw it): the
 * editor who first published it, and every admin. A timeline imported from `data/timelines/` was
 * published by no editor, so only admins change it. Any editor may publish a new timeline, and
 * read every timeline and its history: a newsroom's editors see one another's work, and a
 * timeline is not changed under its author's feet by someone they did not ask.
 *
 * @param creator who first published it; `undefined` for a timeline not published yet
 * @example
 * mayChange({ email: 'ann@x.org', admin: false }, { by: 'ann@x.org', origin: 'editor' }); // true
 * mayChange({ email: 'ann@x.org', admin: false }, { by: 'data/timelines/a.json', origin: 'file' }); // false
 */
export function mayChange(
	user: Pick<User, 'email' | 'admin'>,
	creator: Creator | undefined
): boolean {
	if (!creator || user.admin) return true;
	return creator.origin === 'editor' && creator.by === user.email;
}

/** The editor who may change the timeline besides admins, or null (admins only). */
export function ownerOf(creator: Creator | undefined): string | null {
	return creator?.origin === 'editor' ? creator.by : null;
}

/** Refuses (403) a change of timeline `id` that `user` may not make, saying who may. */
function authorise(user: User, id: string) {
	return (creator: Creator) => {
		if (mayChange(user, creator)) return;
		const owner = ownerOf(creator);
		throw new EditingError(
			owner
				? `"${id}" was first published by ${owner}: only they or an admin can change it. Publish your draft under another address.`
				: `"${id}" comes from ${creator.by}: only an admin can change it. Publish your draft under another address.`,
			403
		);
	};
}

/**
 * Publishes a dataset an editor sent as the next version of its timeline.
 *
 * @param base the version the editor's draft continues, or null for a new timeline
 * @throws ConflictError when `base` is not the latest (or null for a published id);
 *   EditingError (403) when the editor may not change that timeline
 */
export async function publishTimeline(
	store: Store,
	user: User,
	input: { dataset: Dataset; base: number | null }
): Promise<VersionInfo> {
	return store.publish({ ...input, by: user.email, authorise: authorise(user, input.dataset.id) });
}

/** What a refused publish answers (409): the newest version, by whom, and whether it is theirs. */
export interface ConflictAnswer {
	error: string;
	/** The timeline's latest version now (0: none). */
	latest: number;
	/** Who published that version, and when. */
	latestBy: string | null;
	latestAt: string | null;
	/** The editor who may change it besides admins (null: admins only). */
	owner: string | null;
	/** Whether the editor asking may update it. */
	yours: boolean;
}

export async function conflictAnswer(
	store: Store,
	user: User,
	id: string,
	conflict: ConflictError
): Promise<ConflictAnswer> {
	const [state, creator] = await Promise.all([store.timeline(id), store.creator(id)]);
	return {
		error: conflict.message,
		latest: conflict.latest,
		latestBy: state?.latest.publishedBy ?? null,
		latestAt: state?.latest.publishedAt ?? null,
		owner: ownerOf(creator),
		yours: mayChange(user, creator)
	};
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
		restoredFrom: input.version,
		authorise: authorise(user, input.id)
	});
	return { version, dataset };
}

/**
 * @throws EditingError when there is no such timeline, it is already withdrawn, or the editor
 *   may not change it
 */
export async function withdrawTimeline(store: Store, user: User, id: string): Promise<void> {
	// Who first published a timeline never changes: checked before, it holds during the write.
	const creator = await store.creator(id);
	if (creator) authorise(user, id)(creator);
	if (await store.withdraw(id, user.email)) return;
	const timeline = await store.timeline(id);
	throw timeline
		? new EditingError(`"${id}" is already withdrawn`, 409)
		: new EditingError(`No timeline named "${id}"`, 404);
}
