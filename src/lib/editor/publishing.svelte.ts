/**
 * Publishing a draft from `/new/` (issue 13), for the editing session: who is signed in, the
 * timeline the draft was published as (or opened from) and so updates, a publish under way, what
 * a refusal offers to do next (an address already taken that is the editor's to update; a newer
 * version published meanwhile), and a published timeline waiting to replace the draft; and the
 * journalist's actions on them (`publish`, `publishOver`, `openPublished`, `replaceDraft`,
 * `keepDraft`). The session (`session.svelte.ts`) holds one and gives it what it needs of the
 * draft (`PublishingHost`); the requests are `$lib/publish/client.ts`'s.
 *
 * On the static site there is no server: nothing here asks one.
 */
import type { Dataset } from '$lib/data/schema';
import { slugify } from '$lib/data/timelinejs';
import {
	currentEditor,
	fetchPublished,
	publishDataset,
	type Conflict,
	type Editor,
	type NotOpened,
	type Opened,
	type PublishOutcome
} from '$lib/publish/client';
import { when } from '$lib/publish/when';
import { forExport } from './draft';
import type { Problems } from './problems.svelte';
import type { DraftPublished } from './storedDraft';

/** What a publish refused as a conflict offers to do next. */
export interface Offer extends Conflict {
	/** `taken`: a new timeline under a published address; `behind`: a newer version came since. */
	kind: 'taken' | 'behind';
	/** The address (the timeline's id). */
	id: string;
	/** The version the draft continued (`behind`), else null. */
	base: number | null;
}

/** A published timeline opened to continue it, waiting to replace the draft. */
export type Opening = Opened & { id: string };

/** What publishing needs of the editing session. */
export interface PublishingHost {
	/** The draft, or null. */
	draft(): Dataset | null;
	/** Whether text is being pasted (work that opening a published timeline would replace). */
	pasting(): boolean;
	/** Whether this tab holds the draft. */
	held(): boolean;
	/** The draft takes `id` as its id (one undoable step, if it changes) and is saved. */
	publishedAt(id: string): void;
	/** The published timeline opened becomes the draft. */
	begin(opening: Opening): void;
	/** Says `message` politely. */
	announce(message: string): void;
}

export class Publishing {
	/** Whether this site has a server to publish to (the static site has none). */
	readonly server: boolean;
	/** Who is signed in: undefined until the server answers (always, without one); null: no one. */
	editor = $state.raw<Editor | null | undefined>(undefined);
	/** The timeline the draft updates, as its last publish answered; null if none. */
	published = $state.raw<DraftPublished | null>(null);
	/** True while a publish, or the opening of a published timeline, is under way. */
	busy = $state(false);
	/** What the last refusal offers to do next, or null. */
	offer = $state.raw<Offer | null>(null);
	/** A published timeline waiting to replace the draft, once the journalist says so. */
	opening = $state.raw<Opening | null>(null);
	/** Whether the draft changed since it was last published (false if it never was). */
	readonly changed = $derived.by(() => {
		const published = this.published;
		const draft = this.#host.draft();
		return !!published && !!draft && fingerprint(forExport(draft)) !== published.digest;
	});
	#problems: Problems;
	#host: PublishingHost;
	#fetch: typeof fetch;

	/**
	 * @param problems the session's refusals, where a publish refused is said
	 * @param host what publishing needs of the session
	 */
	constructor(
		problems: Problems,
		host: PublishingHost,
		options: { server: boolean; fetch?: typeof fetch }
	) {
		this.#problems = problems;
		this.#host = host;
		this.server = options.server;
		// Looked up at each call, so that a page's fetch replaced later (tests) is the one used.
		this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
	}

	/** Asks the server who is signed in (again: the editor may have signed in, in another tab). */
	async check() {
		if (this.server) this.editor = await currentEditor(this.#fetch);
	}

	/**
	 * Publishes the draft, as it is exported (an unconfirmed date worded as a suggestion), at
	 * `/t/<address>/`: an update of the timeline it was published as or opened from when the
	 * address is that timeline's, else a new timeline. A refusal is said under the address or the
	 * Publish button and changes nothing; a conflict also offers what to do next (`offer`,
	 * `publishOver`).
	 *
	 * @param base publish after this version of the timeline at `address` (null: as a new one),
	 *   rather than after the version the draft continues: the journalist chose to replace it
	 * @returns whether it was published
	 */
	async publish(address: string, base?: number | null): Promise<boolean> {
		const dataset = this.#host.draft();
		if (!dataset || this.busy) return false;
		this.#problems.clear('publish', 'publish-address');
		this.offer = null;
		// "/t/vote/" or the page's whole URL, pasted, name the same address as "vote".
		const id = slugify(address.trim().replace(/^.*\/t\//, ''));
		if (!id) {
			this.#problems.say(
				'publish-address',
				'The address needs at least one letter or digit, such as council-budget-vote.'
			);
			return false;
		}
		const published = this.published;
		const after = base !== undefined ? base : published?.id === id ? published.version : null;
		const out = forExport({ ...dataset, id });
		this.busy = true;
		let outcome: PublishOutcome;
		try {
			outcome = await publishDataset(out, after, this.#fetch);
		} finally {
			this.busy = false;
		}
		if (!outcome.ok) {
			this.#refused(outcome, id, after);
			return false;
		}
		this.published = { ...outcome.published, digest: fingerprint(out) };
		this.#host.publishedAt(id);
		this.#host.announce(
			`Published version ${outcome.published.version} at ${outcome.published.url}.`
		);
		return true;
	}

	/** Does what the last conflict offered: update the timeline at that address over its latest. */
	publishOver(): Promise<boolean> {
		const offer = this.offer;
		if (!offer) return Promise.resolve(false);
		return this.publish(offer.id, offer.latest === 0 ? null : offer.latest);
	}

	/**
	 * Opens version `version` (null: the latest) of the published timeline `id` to continue it:
	 * publishing the draft then updates that timeline, after its latest version. A draft, or text
	 * being pasted, is replaced only once the journalist agrees (`opening`, `replaceDraft`). A
	 * timeline that is not theirs to update opens as a new draft, to publish under another address.
	 */
	async openPublished(id: string, version: number | null = null) {
		this.opening = null;
		const opening = await this.#open(id, version);
		if (!opening) return;
		if (this.#holdsOtherWork(opening)) this.opening = opening;
		else this.#host.begin(opening);
	}

	/** Replaces the draft with the published timeline waiting to (the journalist agreed). */
	replaceDraft() {
		if (this.opening) this.#host.begin(this.opening);
	}

	/** Keeps the draft: the published timeline waiting to replace it is not opened. */
	keepDraft() {
		this.opening = null;
		this.#host.announce('Your draft is kept; the published timeline was not opened.');
	}

	/**
	 * Whether opening `opening` would replace work: a draft, or text being pasted; not a draft
	 * that is that very version, unchanged since.
	 */
	#holdsOtherWork(opening: Opening): boolean {
		if (!this.#host.draft()) return this.#host.pasting();
		const same =
			this.published?.id === opening.id &&
			this.published.version === opening.latest &&
			opening.version === opening.latest;
		return !same || this.changed;
	}

	/**
	 * Fetches version `version` (null: the latest) of the published timeline `id`, to continue
	 * it; or, refused, says why under `open-published` and resolves to null. A tab that does not
	 * hold the draft cannot replace it.
	 */
	async #open(id: string, version: number | null): Promise<Opening | null> {
		this.#problems.clear('open-published');
		const refuse = (message: string) => {
			this.#problems.say('open-published', message, { focus: false });
			return null;
		};
		if (!this.#host.held()) {
			return refuse(
				'The draft is open in another tab: take it over here, then open the timeline again.'
			);
		}
		this.busy = true;
		let opened: Opened | NotOpened;
		try {
			opened = await fetchPublished(id, version, this.#fetch);
		} finally {
			this.busy = false;
		}
		if (!('error' in opened)) return { ...opened, id };
		if (opened.status !== 401) return refuse(`“${id}” could not be opened: ${opened.error}`);
		this.editor = null;
		return refuse(`Sign in to open “${id}”: only editors can continue a published timeline.`);
	}

	/**
	 * Says why a publish of the draft at address `id`, after version `base`, was refused, under
	 * the control it concerns: a taken address under the address field, anything else under the
	 * Publish button; a conflict also says what can be done next (`offer`).
	 */
	#refused(outcome: Exclude<PublishOutcome, { ok: true }>, id: string, base: number | null) {
		switch (outcome.reason) {
			case 'signed-out':
				// The panel shows the way to sign in; the draft waits here meanwhile.
				this.editor = null;
				this.#problems.say('publish', outcome.message, { focus: false });
				return;
			case 'conflict': {
				const { reason: _, ok: __, ...conflict } = outcome;
				const offer: Offer = { ...conflict, kind: base === null ? 'taken' : 'behind', id, base };
				this.offer = offer;
				this.#problems.say(
					offer.kind === 'taken' ? 'publish-address' : 'publish',
					conflictMessage(offer, this.editor?.email)
				);
				return;
			}
			case 'refused':
				this.#problems.say('publish', [outcome.message, ...outcome.problems].join('\n'));
				return;
			default:
				this.#problems.say('publish', outcome.message);
		}
	}

	/** Forgets everything but who is signed in (the draft was discarded or replaced). */
	reset() {
		this.published = null;
		this.offer = null;
		this.opening = null;
	}
}

/**
 * How an opened published timeline becomes the draft: the name of where its article came from,
 * the timeline publishing it updates (its latest version, which it continues; an older version
 * opened reads as changed since, so that publishing it restores it, with any edits), and, when
 * it is not the editor's to update, the notice that it will be published as a new timeline.
 */
export function continuing(opening: Opening): {
	name: string;
	published: DraftPublished | null;
	notices: string[];
} {
	const name = `version ${opening.version} of /t/${opening.id}/`;
	if (!opening.yours) {
		const whose = opening.owner ? `${opening.owner}’s` : 'kept to admins';
		return {
			name,
			published: null,
			notices: [
				`This timeline is ${whose}: publish your draft of it under another address, as a new timeline.`
			]
		};
	}
	const latest = opening.version === opening.latest;
	const digest = latest ? fingerprint(forExport(opening.dataset)) : '';
	return { name, published: { ...opening.published, digest }, notices: [] };
}

/**
 * What a conflict means for the journalist, in words, and what they can do.
 *
 * @param me the signed-in editor's email, to say "you"
 * @example
 * conflictMessage({ kind: 'behind', id: 'vote', base: 3, latest: 4, latestBy: 'ann@x.org', … }, 'me@x.org');
 * // 'Version 4 of /t/vote/ was published by ann@x.org on 8 Jan 2024, 10:19 UTC, after version 3, …'
 */
export function conflictMessage(offer: Offer, me: string | undefined): string {
	const address = `/t/${offer.id}/`;
	const by = offer.latestBy === me ? 'you' : offer.latestBy;
	const byWhen = [by && `by ${by}`, offer.latestAt && `on ${when(offer.latestAt)}`]
		.filter(Boolean)
		.join(' ');
	if (offer.kind === 'behind') {
		if (offer.latest === 0) return `${offer.message}. Publish again to make it anew.`;
		return `Version ${offer.latest} of ${address} was published ${byWhen}, after version ${offer.base}, which this draft continues. Publishing this draft would replace it: look at version ${offer.latest} first, then replace it with this draft, or open it here in place of this draft.`;
	}
	if (offer.yours) {
		return `${address} is already published (version ${offer.latest}, ${byWhen}). Update it with this draft, or choose another address.`;
	}
	return offer.owner
		? `${address} is taken: it was first published by ${offer.owner}, and only they or an admin can update it. Choose another address.`
		: `${address} is taken by a timeline only an admin can update. Choose another address.`;
}

/**
 * A short fingerprint of a dataset (FNV-1a over its JSON, 2 × 32 bits), to tell whether the
 * draft changed since it was published without keeping a second copy of it.
 *
 * @example
 * fingerprint(dataset) === fingerprint(structuredClone(dataset)); // true
 */
export function fingerprint(dataset: Dataset): string {
	const text = JSON.stringify(dataset);
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
