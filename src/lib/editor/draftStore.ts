/**
 * Where drafts are kept: the browser's IndexedDB, through idb-keyval's store (one database, one
 * object store, three keys: the draft, the text being pasted, and the tab that holds them).
 * Browser-only, loaded only by the editor page.
 *
 * Two rules keep a draft from being lost without a word (issue 17):
 * - Every call answers within a time limit. A browser whose storage never answers (a broken
 *   profile, a stuck `open()`) gets a refusal with a reason, and the page goes on without it.
 * - Only the tab that holds the draft writes it. Opening the draft claims it, in the same
 *   transaction that reads it; every write checks the claim in its own transaction, so a tab
 *   that another has taken the draft from cannot write over what that tab reads.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { fromStored, toStored, type Draft, type SavedInput } from './storedDraft';

const DATABASE = 'dateline-editor';
const STORE = 'drafts';
const DRAFT = 'draft';
const INPUT = 'input';
const HOLDER = 'holder';
/**
 * The text being pasted as a page went away, in localStorage: written synchronously, so it is
 * kept even when IndexedDB drops the page's last transaction (one queued behind a write still in
 * flight is aborted with the page). Read, and forgotten, by the next `open`; forgotten by every
 * later write of the text, which is then the newer.
 */
const JOURNAL = 'dateline-editor-input-now';

/** How long a storage call may take before the page stops waiting for it, in milliseconds. */
export const STORAGE_TIMEOUT = 5000;

/** Why storage did not do what it was asked, in words for the person. */
export class StorageError extends Error {
	/** True when another tab holds the draft now. */
	readonly taken: boolean;

	constructor(message: string, taken = false) {
		super(message);
		this.name = 'StorageError';
		this.taken = taken;
	}
}

/** What `open` found. */
export interface Opened {
	draft: Draft | null;
	input: SavedInput | null;
}

/** What to write: a value is stored, null forgets it, a key left out is left as it is. */
export interface Changes {
	draft?: Draft | null;
	input?: SavedInput | null;
}

/** The store the editor session talks to (an in-memory one stands in for it in unit tests). */
export interface DraftStore {
	/** Claims the draft for this tab and reads it. @throws StorageError */
	open(): Promise<Opened>;
	/** Writes, if this tab still holds the draft. @throws StorageError (`taken` when it does not) */
	write(changes: Changes): Promise<void>;
	/**
	 * Writes the text being pasted at once, as the page goes away (`pagehide`): a closing page has
	 * no time for `write`'s check of the holder, so this one writes blind, and only in a tab whose
	 * last write found it the holder.
	 */
	writeNow(input: SavedInput): void;
}

/**
 * The draft store in this browser's IndexedDB.
 *
 * @example
 * const store = new IndexedDbDraftStore(crypto.randomUUID());
 * const { draft } = await store.open();
 */
export class IndexedDbDraftStore implements DraftStore {
	#tab: string;
	#timeout: number;
	#db: UseStore | undefined;
	/** The connection, once open, for writes that cannot wait for a promise (`writeNow`). */
	#database: IDBDatabase | null = null;
	/** Whether this tab has read the stored draft (and so may write over it). */
	#opened = false;

	constructor(tab: string, timeout = STORAGE_TIMEOUT) {
		this.#tab = tab;
		this.#timeout = timeout;
	}

	async open(): Promise<Opened> {
		const journal = readJournal();
		const [draft, input] = await this.#run((store) => {
			store.put(this.#tab, HOLDER);
			if (journal) store.put({ ...journal }, INPUT);
			return Promise.all([promisifyRequest(store.get(DRAFT)), promisifyRequest(store.get(INPUT))]);
		});
		if (journal) forgetJournal();
		this.#opened = true;
		return { draft: fromStored(draft), input: isInput(input) ? input : null };
	}

	async write(changes: Changes): Promise<void> {
		await this.#run(async (store) => {
			const [holder, stored] = await Promise.all([
				promisifyRequest(store.get(HOLDER)),
				this.#opened ? 0 : promisifyRequest(store.count(DRAFT))
			]);
			// Another tab claimed the draft since this one read it.
			if (this.#opened && holder !== this.#tab)
				throw new StorageError('the draft is open in another tab now', true);
			// This tab could not read the draft stored here in time: it must not write over it.
			if (!this.#opened && stored)
				throw new StorageError(
					'a draft saved earlier in this browser could not be read in time; reload the page to get it back'
				);
			store.put(this.#tab, HOLDER);
			if (changes.draft) store.put(toStored(changes.draft), DRAFT);
			else if (changes.draft === null) store.delete(DRAFT);
			if (changes.input?.text) store.put({ ...changes.input }, INPUT);
			else if (changes.input !== undefined) store.delete(INPUT);
		});
		if (changes.input !== undefined) forgetJournal();
		this.#opened = true;
	}

	writeNow(input: SavedInput): void {
		if (!this.#opened) return;
		try {
			localStorage.setItem(JOURNAL, JSON.stringify(input));
		} catch {
			// No localStorage (or full): IndexedDB's transaction below is all there is.
		}
		if (!this.#database) return;
		try {
			// Made and committed now, in the event's own turn: a page going away may not get
			// another, and a transaction it had not made yet would be lost with it.
			const tx = this.#database.transaction(STORE, 'readwrite');
			tx.objectStore(STORE).put({ ...input }, INPUT);
			tx.commit?.();
		} catch {
			// The connection was closed: nothing more can be done as the page goes.
		}
	}

	/**
	 * Runs `work` in one read-write transaction and resolves once it is committed, or rejects with
	 * a StorageError saying why not, within the time limit. A transaction whose turn comes after
	 * the limit does nothing, so that a late answer changes nothing the page has given up on.
	 * `work` refuses by throwing: the transaction is then rolled back.
	 */
	async #run<T>(work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
		let late = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				late = true;
				reject(
					new StorageError(`its storage did not answer within ${this.#timeout / 1000} seconds`)
				);
			}, this.#timeout);
		});
		const done = (async () =>
			this.#connect()('readwrite', async (store) => {
				const tx = store.transaction;
				this.#database = tx.db;
				const committed = promisifyRequest(tx);
				try {
					if (late) throw new StorageError('too late');
					const result = await work(store);
					// Committed now rather than when the page next yields: a tab closing keeps it.
					tx.commit?.();
					await committed;
					return result;
				} catch (error) {
					committed.catch(() => {});
					try {
						tx.abort();
					} catch {
						// Already finished.
					}
					throw error;
				}
			}))();
		try {
			return await Promise.race([done, timeout]);
		} catch (error) {
			if (error instanceof StorageError) throw error;
			// The connection may be broken (site data cleared): the next call opens a new one.
			this.#db = undefined;
			this.#database = null;
			throw new StorageError(reasonOf(error));
		} finally {
			clearTimeout(timer);
		}
	}

	#connect(): UseStore {
		if (typeof indexedDB === 'undefined' || !indexedDB)
			throw new StorageError(
				'it gives this page no storage: IndexedDB is turned off or missing, as in some private windows'
			);
		this.#db ??= createStore(DATABASE, STORE);
		return this.#db;
	}
}

/** The text a page going away wrote to the journal, or null. */
function readJournal(): SavedInput | null {
	try {
		const raw = localStorage.getItem(JOURNAL);
		const input: unknown = raw === null ? null : JSON.parse(raw);
		return isInput(input) && input.text ? input : null;
	} catch {
		return null;
	}
}

function forgetJournal(): void {
	try {
		localStorage.removeItem(JOURNAL);
	} catch {
		// Nothing kept there to forget.
	}
}

function isInput(value: unknown): value is SavedInput {
	const input = value as SavedInput | undefined;
	return typeof input?.text === 'string' && typeof input.name === 'string';
}

/** Why storage refused, in words: Chromium's quota errors carry no message of their own. */
export function reasonOf(error: unknown): string {
	const { name, message } = (error ?? {}) as { name?: string; message?: string };
	if (name === 'QuotaExceededError') return 'the storage allowed to this site is full';
	return message || name || String(error);
}
