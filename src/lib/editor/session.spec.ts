import { beforeAll, describe, expect, it } from 'vitest';
import { extractDataset } from '$lib/extract/index';
import type { ArticleInput } from '$lib/data/importers';
import { StorageError, type Changes, type DraftStore, type Opened } from './draftStore';
import type { ExtractClient } from './extractClient';
import { DraftSession } from './session.svelte';
import type { Draft, SavedInput } from './storedDraft';

// The session loads its date readers (and through them the extractor) in the background; loaded
// here first, its import is answered from the cache, never after a spec's environment is gone.
beforeAll(async () => {
	await import('./dates');
});

const ARTICLE =
	'Council approves budget\n\nPublished: January 8, 2024\n\nThe council met on Friday and approved the budget. It had rejected it on Oct. 12, 2023.';

/** A store in memory, whose writes can be held back, refused, or refused as taken. */
class MemoryStore implements DraftStore {
	draft: Draft | null = null;
	input: SavedInput | null = null;
	writes: Changes[] = [];
	/** Why writes are refused, while they are. */
	refuse: StorageError | null = null;
	/** Writes wait for this, while it is set. */
	hold: Promise<void> | null = null;

	async open(): Promise<Opened> {
		if (this.refuse) throw this.refuse;
		return structuredClone({ draft: this.draft, input: this.input });
	}

	async write(changes: Changes): Promise<void> {
		await this.hold;
		if (this.refuse) throw this.refuse;
		this.writes.push(changes);
		if (changes.draft !== undefined) this.draft = structuredClone(changes.draft);
		if (changes.input !== undefined)
			this.input = changes.input?.text ? structuredClone(changes.input) : null;
	}

	writeNow(input: SavedInput) {
		this.input = { ...input };
	}
}

/** The extractor as the worker runs it, without the worker. */
const extractor = () =>
	({
		findPublished: async () => '2024-01-08',
		readPublished: async (typed: string) => typed,
		extract: async (article: ArticleInput, published: string) =>
			extractDataset(article, { published }),
		cancel: () => {},
		dispose: () => {}
	}) as unknown as ExtractClient;

/** Lets pending promises (the store's, the session's) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function opened(store = new MemoryStore()) {
	const session = new DraftSession({ store, extractor });
	await session.start();
	return { session, store };
}

/** A session with the article pasted, read and built into a draft. */
async function built() {
	const { session, store } = await opened();
	session.intake.typeText(ARTICLE);
	await session.intake.readPasted();
	await session.intake.build();
	await settle();
	return { session, store };
}

describe('DraftSession', () => {
	it('opens at the paste box when nothing is stored, with the text being pasted back in it', async () => {
		const store = new MemoryStore();
		store.input = { text: 'Notes for the council story', name: 'pasted text' };
		const { session } = await opened(store);
		expect(session.stage).toBe('input');
		expect(session.intake.text).toBe('Notes for the council story');
		expect(session.keeping.kept).toBe(true);
	});

	it('says the text typed is kept only once the store has it', async () => {
		const { session, store } = await opened();
		let release!: () => void;
		store.hold = new Promise((resolve) => (release = resolve));
		session.intake.typeText('Notes');
		await settle();
		expect(session.keeping.kept).toBe(false);
		release();
		store.hold = null;
		await settle();
		expect(store.input).toEqual({ text: 'Notes', name: 'pasted text' });
		expect(session.keeping.kept).toBe(true);
	});

	it('stores the latest text once the write in flight is done, never an older one last', async () => {
		const { session, store } = await opened();
		let release!: () => void;
		store.hold = new Promise((resolve) => (release = resolve));
		session.intake.typeText('N');
		session.intake.typeText('No');
		session.intake.typeText('Notes');
		release();
		store.hold = null;
		await settle();
		await settle();
		expect(store.input?.text).toBe('Notes');
		// One write for the first keystroke, one for the text as it stood when it was done.
		expect(store.writes.map((w) => w.input?.text)).toEqual(['N', 'Notes']);
		expect(session.keeping.kept).toBe(true);
	});

	it('refuses an empty paste under the box, and changes nothing', async () => {
		const { session, store } = await opened();
		session.intake.typeText('   ');
		await settle();
		const writes = store.writes.length;
		await session.intake.readPasted();
		expect(session.problems.get('paste')).toMatch(/^The box is empty/);
		expect(session.stage).toBe('input');
		expect(session.intake.text).toBe('   ');
		expect(store.writes.length).toBe(writes);
		// Typing fixes it.
		session.intake.typeText('Council approves budget');
		expect(session.problems.has('paste')).toBe(false);
	});

	it('makes the built draft an article of its own, stored with it, and forgets the pasted text in the same write', async () => {
		const { session, store } = await built();
		expect(session.stage).toBe('review');
		expect(session.articles).toHaveLength(1);
		expect(session.articles[0].text).toBe(ARTICLE);
		expect(session.articles[0].name).toBe('pasted text');
		const last = store.writes.at(-1)!;
		expect(last.input).toBeNull();
		expect(last.draft?.history.present.value).toEqual(session.dataset);
		expect(last.draft?.articles).toEqual([
			{ source: session.dataset!.sources[0].id, name: 'pasted text' }
		]);
		expect(session.keeping.saveState).toBe('All changes saved in this browser');
		expect(session.intake.text).toBe('');
	});

	it('imports a dataset file as the draft, its articles named after the file', async () => {
		const { session: first } = await built();
		const json = JSON.stringify(first.dataset);
		const { session, store } = await opened();
		await session.intake.readFile(new File([json], 'council.json'), 'import');
		await settle();
		expect(session.stage).toBe('review');
		expect(session.dataset).toEqual(first.dataset);
		expect(session.articles.map((a) => a.name)).toEqual(['council.json']);
		expect(session.undoLabel).toBeNull();
		expect(store.draft?.history.present.label).toBe('Import dataset');
	});

	it('records each correction as one undoable step, stored at once, and stores undo and redo', async () => {
		const { session, store } = await built();
		const event = session.dataset!.events[0];
		expect(session.deleteEvent(event.id)).toBe(true);
		await settle();
		expect(store.draft?.history.present.value.events.map((e) => e.id)).not.toContain(event.id);
		expect(session.undoLabel).toBe(`Delete “${event.title}”`);
		session.undo();
		await settle();
		expect(store.draft?.history.present.value.events.map((e) => e.id)).toContain(event.id);
		expect(session.status).toBe(`Undid: Delete “${event.title}”.`);
		session.redo();
		await settle();
		expect(store.draft?.history.present.value.events.map((e) => e.id)).not.toContain(event.id);
	});

	it('lets an undone deletion no longer set its happening aside, and a redone one again', async () => {
		const { session, store } = await built();
		const event = session.dataset!.events[0];
		session.deleteEvent(event.id);
		await settle();
		expect(session.tombstones.map((t) => [t.from, t.into])).toEqual([[event.id, null]]);
		session.undo();
		await settle();
		expect(session.tombstones).toEqual([]);
		// Kept in storage, for the redo, also after a reload.
		expect(store.draft?.tombstones).toHaveLength(1);
		session.redo();
		await settle();
		expect(session.tombstones.map((t) => t.from)).toEqual([event.id]);
	});

	it('says a refused correction under the card that asked for it, and changes nothing', async () => {
		const { session, store } = await built();
		const [a] = session.dataset!.events;
		const before = session.history;
		const writes = store.writes.length;
		expect(session.mergeEvents(a.id, a.id)).toBe(false);
		expect(session.eventProblem(a.id)).toEqual({
			action: 'merge',
			message: 'Choose another event to merge with.'
		});
		expect(session.history).toBe(before);
		expect(store.writes.length).toBe(writes);
		// The next change that goes through clears it.
		session.editTimelineDetails({ title: 'Budget' });
		expect(session.eventProblem(a.id)).toBeNull();
	});

	it('says a refused detail under its field, and one the form has no field for under its button', async () => {
		const { session } = await built();
		expect(session.editTimelineDetails({ id: '!!!' })).toBe(false);
		expect(session.problems.get('details:dataset:id')).toBe(
			'The id needs at least one letter or digit.'
		);
		const source = session.dataset!.sources[0].id;
		const fields = { title: '', publisher: '', author: '', url: '', published: '2024-01-08' };
		expect(session.editArticleDetails(source, { ...fields, url: 'javascript:alert(1)' })).toBe(
			false
		);
		// One details refusal at a time: the id's went with the next save.
		expect(session.problems.has('details:dataset:id')).toBe(false);
		expect(session.problems.get('details:source:url')).toMatch(/full http/);
		expect(session.editArticleDetails('gone', fields)).toBe(false);
		expect(session.problems.get('details:source:submit')).toBe(
			'There is no source "gone" in this draft.'
		);
	});

	it('says why the browser did not keep the draft, keeps the draft on the page, and clears it once a save goes through', async () => {
		const { session, store } = await built();
		store.refuse = new StorageError('the storage allowed to this site is full');
		session.editTimelineDetails({ title: 'Budget' });
		await settle();
		expect(session.keeping.saveState).toBe('Not saved: download it');
		expect(session.problems.get('save')).toBe(
			'this browser did not keep the draft (the storage allowed to this site is full).'
		);
		expect(session.dataset?.title).toBe('Budget');
		store.refuse = null;
		session.saveAgain();
		await settle();
		expect(session.keeping.saveState).toBe('All changes saved in this browser');
		expect(session.problems.has('save')).toBe(false);
		expect(store.draft?.history.present.value.title).toBe('Budget');
	});

	it('goes on without storage that cannot be opened, saying why nothing is kept', async () => {
		const store = new MemoryStore();
		store.refuse = new StorageError('its storage did not answer within 5 seconds');
		const { session } = await opened(store);
		expect(session.stage).toBe('input');
		expect(session.problems.get('save')).toBe(
			'this browser did not keep the draft (its storage did not answer within 5 seconds).'
		);
		session.intake.typeText(ARTICLE);
		await settle();
		expect(session.keeping.kept).toBe(false);
	});

	it('stops saving once a write finds another tab holds the draft, and says so', async () => {
		const { session, store } = await built();
		store.refuse = new StorageError('the draft is open in another tab now', true);
		session.editTimelineDetails({ title: 'Budget' });
		await settle();
		expect(session.stage).toBe('elsewhere');
		expect(session.lostHere).toBe(true);
		expect(session.keeping.unsaved).toBe(true);
		expect(session.problems.has('save')).toBe(false);
		// Nothing more is written from this tab, even once storage would take it.
		store.refuse = null;
		const writes = store.writes.length;
		session.intake.typeText('more');
		session.saveAgain();
		await settle();
		expect(store.writes.length).toBe(writes);
	});

	it('takes the draft back as storage holds it, not as this tab last had it', async () => {
		const { session, store } = await built();
		session.lost();
		expect(session.stage).toBe('elsewhere');
		// Meanwhile the other tab retitled it.
		store.draft = {
			...store.draft!,
			history: {
				...store.draft!.history,
				present: { label: 'Edit', value: { ...session.dataset!, title: 'Elsewhere' } }
			}
		};
		await session.takeOver();
		expect(session.stage).toBe('review');
		expect(session.dataset?.title).toBe('Elsewhere');
		expect(session.status).toBe('The draft is open in this tab now.');
	});

	it('forgets the draft and the text being pasted on discard, in storage too', async () => {
		const { session, store } = await built();
		await session.discard();
		expect(session.stage).toBe('input');
		expect(session.dataset).toBeNull();
		expect(store.draft).toBeNull();
		expect(store.input).toBeNull();
	});
});
