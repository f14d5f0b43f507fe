/**
 * Publishing from the editing session (issue 13), against a stand-in for the Dateline server's
 * API (a fake `fetch` keeping timelines in memory, with the server's rules: a session to write,
 * `base` for conflicts, the first publisher owns a timeline).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import type { Editor } from '$lib/publish/client';
import type { Changes, DraftStore, Opened } from './draftStore';
import { fingerprint } from './publishing.svelte';
import { DraftSession } from './session.svelte';
import type { Draft, SavedInput } from './storedDraft';

// The session loads its date readers (and through them the extractor) in the background; loaded
// here first, its import is answered from the cache, never after a spec's environment is gone.
beforeAll(async () => {
	await import('./dates');
});

const seed: Dataset = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const ED = 'ed@example.org';
const ANN = 'ann@example.org';
const SITE = 'https://dateline.test';

/** The Dateline server's publishing API, in memory. */
class FakeServer {
	editor: Editor | null = { email: ED, admin: false };
	timelines = new Map<string, { owner: string; versions: { dataset: Dataset; by: string }[] }>();
	requests: { method: string; url: string; body?: { dataset: Dataset; base: number | null } }[] =
		[];
	/** The next answer, instead of the server's own (a refusal it cannot otherwise be led to). */
	next: { status: number; body: unknown } | null = null;

	/** Publishes `dataset` as the next version by `by`, as another editor would. */
	publishAs(by: string, dataset: Dataset) {
		const timeline = this.timelines.get(dataset.id) ?? { owner: by, versions: [] };
		timeline.versions.push({ dataset, by });
		this.timelines.set(dataset.id, timeline);
	}

	answer(id: string) {
		const versions = this.timelines.get(id)!.versions;
		const version = versions.length;
		return {
			id,
			version,
			publishedAt: `2024-01-08T10:${String(version).padStart(2, '0')}:00.000Z`,
			publishedBy: versions[version - 1].by,
			url: `${SITE}/t/${id}/`,
			embed: `${SITE}/embed/${id}/`,
			json: `${SITE}/t/${id}.json`,
			snippet: `<iframe data-dateline src="${SITE}/embed/${id}/"></iframe>`
		};
	}

	fetch = (async (url: string, init: RequestInit = {}) => {
		const method = init.method ?? 'GET';
		const body = init.body ? JSON.parse(String(init.body)) : undefined;
		this.requests.push({ method, url, body });
		const reply = (status: number, answer: unknown) =>
			new Response(JSON.stringify(answer), { status });
		if (this.next) {
			const { status, body: answer } = this.next;
			this.next = null;
			return reply(status, answer);
		}
		if (url === '/api/session') return reply(200, { user: this.editor });
		if (!this.editor) return reply(401, { message: 'Sign in as an editor to do this' });
		const [, id, version] = url.match(/^\/api\/timelines\/([^/]+)(?:\/versions\/(\d+))?$/)!;
		const timeline = this.timelines.get(id);
		const yours = timeline?.owner === this.editor.email || this.editor.admin;
		if (method === 'GET') {
			if (!timeline) return reply(404, { message: `No timeline named "${id}"` });
			const latest = timeline.versions.length;
			if (version) return reply(200, { dataset: timeline.versions[Number(version) - 1].dataset });
			const { dataset } = timeline.versions[latest - 1];
			const published = this.answer(id);
			return reply(200, { dataset, latest: { version: latest }, published, yours, owner: ED });
		}
		const latest = timeline?.versions.length ?? 0;
		if (timeline && body.base !== null && !yours) return reply(403, { error: 'not yours' });
		if ((body.base === null && latest > 0) || (body.base !== null && body.base !== latest)) {
			const last = timeline?.versions[latest - 1];
			return reply(409, {
				error: `conflict with version ${latest}`,
				latest,
				latestBy: last?.by ?? null,
				latestAt: last ? this.answer(id).publishedAt : null,
				owner: timeline?.owner ?? null,
				yours
			});
		}
		this.publishAs(this.editor.email, body.dataset);
		return reply(latest === 0 ? 201 : 200, this.answer(id));
	}) as typeof fetch;

	/** The `base` of each publish sent, in order. */
	bases() {
		return this.requests.filter((r) => r.method === 'PUT').map((r) => r.body!.base);
	}
}

/** A draft store in memory (what IndexedDB keeps). */
class MemoryStore implements DraftStore {
	draft: Draft | null = null;
	input: SavedInput | null = null;
	async open(): Promise<Opened> {
		return structuredClone({ draft: this.draft, input: this.input });
	}
	async write(changes: Changes) {
		if (changes.draft !== undefined) this.draft = structuredClone(changes.draft);
		if (changes.input !== undefined) this.input = changes.input;
	}
	writeNow(input: SavedInput) {
		this.input = input;
	}
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function opened(server = new FakeServer(), store = new MemoryStore()) {
	const session = new DraftSession({ store, server: true, fetch: server.fetch });
	await session.start();
	await settle();
	return { session, server, store };
}

/** A session whose draft is `dataset`, imported as a file. */
async function drafted(dataset: Dataset = seed, server = new FakeServer()) {
	const made = await opened(server);
	const file = new File([JSON.stringify(dataset)], `${dataset.id}.json`);
	await made.session.intake.readFile(file, 'import');
	await settle();
	return made;
}

describe('publishing a draft', () => {
	it('asks who is signed in when it opens, and asks nothing on the static site', async () => {
		const { session } = await opened();
		expect(session.publishing.editor).toEqual({ email: ED, admin: false });
		const server = new FakeServer();
		const offline = new DraftSession({
			store: new MemoryStore(),
			server: false,
			fetch: server.fetch
		});
		await offline.start();
		await settle();
		expect(offline.publishing.editor).toBe(undefined);
		expect(server.requests).toEqual([]);
	});

	it('publishes at the address chosen, which becomes the draft’s id, and keeps where it lives with the draft', async () => {
		const { session, server, store } = await drafted();
		expect(await session.publishing.publish('Council budget vote')).toBe(true);
		expect(server.requests.at(-1)).toMatchObject({
			method: 'PUT',
			url: '/api/timelines/council-budget-vote',
			body: { base: null, dataset: { id: 'council-budget-vote', title: seed.title } }
		});
		expect(session.dataset!.id).toBe('council-budget-vote');
		expect(session.undoLabel).toBe('Publish at /t/council-budget-vote/');
		expect(session.publishing.published).toMatchObject({
			id: 'council-budget-vote',
			version: 1,
			url: `${SITE}/t/council-budget-vote/`
		});
		expect(session.publishing.changed).toBe(false);
		await settle();
		expect(store.draft!.published).toEqual(session.publishing.published);

		session.editTimelineDetails({ title: 'Council passes the budget' });
		expect(session.publishing.changed).toBe(true);
	});

	it('publishes the same draft again as the next version, also after a reload', async () => {
		const { session, server, store } = await drafted();
		await session.publishing.publish(seed.id);
		session.editTimelineDetails({ title: 'Second title' });
		expect(await session.publishing.publish(seed.id)).toBe(true);
		expect(session.publishing.published!.version).toBe(2);
		await settle();

		const { session: reloaded } = await opened(server, store);
		expect(reloaded.publishing.published!.version).toBe(2);
		reloaded.editTimelineDetails({ title: 'Third title' });
		expect(await reloaded.publishing.publish(seed.id)).toBe(true);
		expect(server.bases()).toEqual([null, 1, 2]);
		expect(server.timelines.get(seed.id)!.versions.map((v) => v.dataset.title)).toEqual([
			seed.title,
			'Second title',
			'Third title'
		]);
	});

	it('says a taken address under its field, and updates it only when asked, if it is the editor’s', async () => {
		const server = new FakeServer();
		server.publishAs(ED, seed);
		const { session } = await drafted({ ...seed, title: 'My new draft' }, server);
		expect(await session.publishing.publish(seed.id)).toBe(false);
		expect(session.problems.get('publish-address')).toBe(
			`/t/${seed.id}/ is already published (version 1, by you on 8 Jan 2024, 10:01 UTC). Update it with this draft, or choose another address.`
		);
		expect(session.publishing.offer).toMatchObject({ kind: 'taken', id: seed.id, latest: 1 });
		expect(session.publishing.published).toBe(null);

		expect(await session.publishing.publishOver()).toBe(true);
		expect(server.bases()).toEqual([null, 1]);
		expect(session.problems.has('publish-address')).toBe(false);
		expect(session.publishing.published!.version).toBe(2);
	});

	it('names the owner of a taken address that is not the editor’s, and offers no update', async () => {
		const server = new FakeServer();
		server.publishAs(ANN, seed);
		const { session } = await drafted(seed, server);
		await session.publishing.publish(seed.id);
		expect(session.problems.get('publish-address')).toBe(
			`/t/${seed.id}/ is taken: it was first published by ${ANN}, and only they or an admin can update it. Choose another address.`
		);
		expect(session.publishing.offer).toMatchObject({ kind: 'taken', yours: false });
	});

	it('says a newer version published meanwhile under Publish, changing nothing, and replaces it only when asked', async () => {
		const { session, server, store } = await drafted();
		await session.publishing.publish(seed.id);
		await settle();
		server.publishAs(ED, { ...seed, title: 'From another browser' });
		session.editTimelineDetails({ title: 'My edit' });
		await settle();
		const before = { history: session.history, stored: structuredClone(store.draft) };

		expect(await session.publishing.publish(seed.id)).toBe(false);
		expect(session.problems.get('publish')).toBe(
			`Version 2 of /t/${seed.id}/ was published by you on 8 Jan 2024, 10:02 UTC, after version 1, which this draft continues. Publishing this draft would replace it: look at version 2 first, then replace it with this draft, or open it here in place of this draft.`
		);
		expect(session.history).toBe(before.history);
		await settle();
		expect(store.draft).toEqual(before.stored);
		expect(server.timelines.get(seed.id)!.versions).toHaveLength(2);

		expect(await session.publishing.publishOver()).toBe(true);
		expect(server.bases()).toEqual([null, 1, 2]);
		expect(server.timelines.get(seed.id)!.versions.at(-1)!.dataset.title).toBe('My edit');
	});

	it('says each problem of a refused dataset under Publish, and an ended session with the way to sign in', async () => {
		const { session, server } = await drafted();
		server.next = {
			status: 422,
			body: {
				error: 'The timeline cannot be published: 1 problem',
				problems: ['$.dataset.title: expected a non-empty title, found "   "']
			}
		};
		expect(await session.publishing.publish(seed.id)).toBe(false);
		expect(session.problems.get('publish')).toBe(
			'The timeline cannot be published: 1 problem\n$.dataset.title: expected a non-empty title, found "   "'
		);
		expect(session.publishing.published).toBe(null);

		server.editor = null;
		expect(await session.publishing.publish(seed.id)).toBe(false);
		expect(session.publishing.editor).toBe(null);
		expect(session.problems.get('publish')).toContain('Sign in again to publish');
		expect(session.dataset!.id).toBe(seed.id);
		expect(server.timelines.size).toBe(0);
	});

	it('refuses an address with no letter or digit without asking the server', async () => {
		const { session, server } = await drafted();
		const asked = server.requests.length;
		expect(await session.publishing.publish(' -- ')).toBe(false);
		expect(session.problems.get('publish-address')).toContain('at least one letter or digit');
		expect(server.requests.length).toBe(asked);
	});
});

describe('continuing a published timeline', () => {
	/** A server with two versions of the seed timeline, by ED. */
	function twoVersions() {
		const server = new FakeServer();
		server.publishAs(ED, { ...seed, title: 'First version' });
		server.publishAs(ED, { ...seed, title: 'Second version' });
		return server;
	}

	it('opens it at once in an empty editor, so that Publish updates it after its latest version', async () => {
		const { session, server } = await opened(twoVersions());
		await session.publishing.openPublished(seed.id);
		expect(session.stage).toBe('review');
		expect(session.dataset!.title).toBe('Second version');
		expect(session.publishing.changed).toBe(false);
		expect(session.articles.map((a) => a.name)).toEqual([`version 2 of /t/${seed.id}/`]);
		session.editTimelineDetails({ title: 'Third version' });
		expect(await session.publishing.publish(seed.id)).toBe(true);
		expect(server.bases()).toEqual([2]);
	});

	it('asks before replacing a draft, and keeps the draft when told to', async () => {
		const { session } = await drafted(
			{ ...seed, id: 'my-draft', title: 'My draft' },
			twoVersions()
		);
		await session.publishing.openPublished(seed.id);
		expect(session.publishing.opening).toMatchObject({ id: seed.id, version: 2 });
		expect(session.dataset!.title).toBe('My draft');
		session.publishing.keepDraft();
		expect(session.publishing.opening).toBe(null);
		expect(session.dataset!.title).toBe('My draft');

		await session.publishing.openPublished(seed.id);
		session.publishing.replaceDraft();
		expect(session.dataset!.title).toBe('Second version');
		expect(session.publishing.published).toMatchObject({ id: seed.id, version: 2 });
	});

	it('opens an older version as changed since the latest, which publishing it replaces', async () => {
		const { session, server } = await opened(twoVersions());
		await session.publishing.openPublished(seed.id, 1);
		expect(session.dataset!.title).toBe('First version');
		expect(session.publishing.published!.version).toBe(2);
		expect(session.publishing.changed).toBe(true);
		await session.publishing.publish(seed.id);
		expect(server.bases()).toEqual([2]);
	});

	it('opens another editor’s timeline as a new draft, saying so, and says to sign in without a session', async () => {
		const server = twoVersions();
		server.editor = { email: ANN, admin: false };
		const { session } = await opened(server);
		await session.publishing.openPublished(seed.id);
		expect(session.publishing.published).toBe(null);
		expect(session.notices).toEqual([
			`This timeline is ${ED}’s: publish your draft of it under another address, as a new timeline.`
		]);

		server.editor = null;
		const { session: signedOut } = await opened(server);
		await signedOut.publishing.openPublished(seed.id);
		expect(signedOut.problems.get('open-published')).toBe(
			`Sign in to open “${seed.id}”: only editors can continue a published timeline.`
		);
		expect(signedOut.stage).toBe('input');
	});
});

describe('fingerprint', () => {
	it('tells a changed dataset from the same one, copied', () => {
		expect(fingerprint(structuredClone(seed))).toBe(fingerprint(seed));
		expect(fingerprint({ ...seed, title: `${seed.title}.` })).not.toBe(fingerprint(seed));
	});
});
