/**
 * Drafts survive a reload and a crash: the editor's whole state (the undo history and the notices
 * shown with it) is written to IndexedDB after every change, and the text being pasted is kept
 * as it is typed, until the person discards them. Browser-only, loaded only by the editor page.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '$lib/data/schema';
import type { Entry, History } from './history';

/** What is stored for a draft under review. */
export interface SavedDraft {
	version: 1;
	history: History<Dataset>;
	/** The source texts, once each (see `pack`). Absent in drafts saved unpacked. */
	texts?: string[];
	/** What an import could not carry over, still worth showing. */
	notices: string[];
	/** When it was last saved (ISO 8601, UTC), shown as "saved at". */
	savedAt: string;
}

/** What is stored for an article not yet extracted. */
export interface SavedInput {
	text: string;
	name: string;
}

const DRAFT = 'draft';
const INPUT = 'input';

let store: UseStore | undefined;
function db(): UseStore {
	store ??= createStore('dateline-editor', 'drafts');
	return store;
}

/** The saved draft, or null when there is none (or storage is unavailable). */
export async function loadDraft(): Promise<SavedDraft | null> {
	try {
		const saved = await get<SavedDraft>(DRAFT, db());
		if (saved?.version !== 1 || !saved.history?.present) return null;
		return { ...saved, history: unpack(saved.history, saved.texts ?? []) };
	} catch {
		return null;
	}
}

/** Whether a save reached IndexedDB, and if not, the browser's reason. */
export type SaveResult = { saved: true } | { saved: false; reason: string };

/**
 * Saves the draft; resolves to the browser's reason when storage refused (private mode, quota,
 * site data cleared while the page was open). The connection is then forgotten, so that the
 * next save (a retry, the next change) opens a fresh one.
 */
export async function saveDraft(history: History<Dataset>, notices: string[]): Promise<SaveResult> {
	const { history: packed, texts } = pack(history);
	const saved: SavedDraft = {
		version: 1,
		history: packed,
		texts,
		notices: [...notices],
		savedAt: new Date().toISOString()
	};
	try {
		await set(DRAFT, saved, db());
		return { saved: true };
	} catch (error) {
		store = undefined;
		return { saved: false, reason: reasonOf(error) };
	}
}

/** Why storage refused, in words: Chromium's quota errors carry no message of their own. */
function reasonOf(error: unknown): string {
	const { name, message } = (error ?? {}) as { name?: string; message?: string };
	if (name === 'QuotaExceededError') return 'the storage allowed to this site is full';
	return message || name || String(error);
}

/** Forgets the draft and any pending input. */
export async function discardDraft(): Promise<void> {
	try {
		await Promise.all([del(DRAFT, db()), del(INPUT, db())]);
	} catch {
		// Nothing stored, nothing to forget.
	}
}

/** The article text being prepared, or null. */
export async function loadInput(): Promise<SavedInput | null> {
	try {
		return (await get<SavedInput>(INPUT, db())) ?? null;
	} catch {
		return null;
	}
}

/** Keeps the article text being prepared (an empty text forgets it). */
export async function saveInput(input: SavedInput): Promise<boolean> {
	try {
		if (input.text) await set(INPUT, { text: input.text, name: input.name }, db());
		else await del(INPUT, db());
		return true;
	} catch {
		// Storage refused: the text is still in the page. Open a fresh connection next time.
		store = undefined;
		return false;
	}
}

/**
 * The history with each source text stored once. Every state of a draft holds the whole article
 * (100 states of a 50,000-word article would be 30 MB to write after each change), but the text
 * never changes: the states keep an index into `texts` instead.
 *
 * @example
 * const { history: packed, texts } = pack(history); // unpack(packed, texts) equals history
 */
export function pack(history: History<Dataset>): { history: History<Dataset>; texts: string[] } {
	const index = new Map<string, number>();
	const texts: string[] = [];
	const packDataset = (dataset: Dataset): Dataset => ({
		...dataset,
		sources: dataset.sources.map((source) => {
			let i = index.get(source.text);
			if (i === undefined) {
				i = texts.push(source.text) - 1;
				index.set(source.text, i);
			}
			return { ...source, text: `#${i}` };
		})
	});
	const entry = (e: Entry<Dataset>): Entry<Dataset> => ({
		label: e.label,
		value: packDataset(e.value)
	});
	return {
		history: {
			past: history.past.map(entry),
			present: entry(history.present),
			future: history.future.map(entry)
		},
		texts
	};
}

/** The history `pack` stored, with its source texts back in place. */
export function unpack(history: History<Dataset>, texts: string[]): History<Dataset> {
	if (!texts.length) return history;
	const entry = (e: Entry<Dataset>): Entry<Dataset> => ({
		label: e.label,
		value: {
			...e.value,
			sources: e.value.sources.map((source) => ({
				...source,
				text: texts[Number(source.text.slice(1))] ?? ''
			}))
		}
	});
	return {
		past: history.past.map(entry),
		present: entry(history.present),
		future: history.future.map(entry)
	};
}
