/**
 * Drafts survive a reload and a crash: the editor's whole state (the undo history and the notices
 * shown with it) is written to IndexedDB after every change, and the text being pasted is kept
 * as it is typed, until the person discards them. Browser-only, loaded only by the editor page.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Dataset } from '$lib/data/schema';
import type { History } from './history';

/** What is stored for a draft under review. */
export interface SavedDraft {
	version: 1;
	history: History<Dataset>;
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
		return saved?.version === 1 && saved.history?.present ? saved : null;
	} catch {
		return null;
	}
}

/** Saves the draft; resolves to false when storage refused (private mode, quota). */
export async function saveDraft(history: History<Dataset>, notices: string[]): Promise<boolean> {
	const saved: SavedDraft = { version: 1, history, notices, savedAt: new Date().toISOString() };
	try {
		// $state proxies cannot be cloned into IndexedDB; the history is plain data.
		await set(DRAFT, JSON.parse(JSON.stringify(saved)), db());
		return true;
	} catch {
		return false;
	}
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
export async function saveInput(input: SavedInput): Promise<void> {
	try {
		if (input.text) await set(INPUT, { text: input.text, name: input.name }, db());
		else await del(INPUT, db());
	} catch {
		// Storage refused: the text is still in the page.
	}
}
