/**
 * The keeping of a draft in this browser, for the editing session (issue 17): each change of the
 * draft saved at once, the text being pasted stored as it is typed (one write in flight, then one
 * more with the latest text), what the save state says, and the end of all writing once another
 * tab holds the draft. A save storage refuses is said under the save state (`problems`, key
 * `save`), with its reason in words.
 */
import { StorageError, type Changes, type DraftStore, type Opened } from './draftStore';
import type { Problems } from './problems.svelte';
import { timestamp, type Draft, type SavedInput } from './storedDraft';

export class Keeping {
	#store: DraftStore;
	#problems: Problems;
	#current: () => SavedInput;
	#onlost: () => void;
	/** Saves asked for, and saves known to be stored: the save state says which. */
	revision = $state(0);
	savedRevision = $state(0);
	/** When the draft was last stored (ISO 8601), or null. */
	savedAt = $state<string | null>(null);
	/** Whether the text being pasted is stored, and would come back after a reload. */
	kept = $state(false);
	/** Whether a change of the draft is not known to be stored yet. */
	readonly unsaved = $derived(this.revision > this.savedRevision);
	/** What the save state says. */
	readonly saveState = $derived.by(() =>
		this.#problems.has('save')
			? 'Not saved: download it'
			: this.unsaved
				? 'Saving…'
				: this.savedAt
					? 'All changes saved in this browser'
					: 'Not saved yet'
	);

	/** Whether this tab holds the draft: only then does it write. */
	#held = false;
	/** The latest revision whose save has finished: an older save finishing late says nothing. */
	#settled = 0;
	/** The text write in flight, and whether the text changed since it started. */
	#inputWrite: Promise<boolean> | null = null;
	#inputAgain = false;

	/**
	 * @param store where drafts are kept
	 * @param problems the session's refusals, where a save refused is said
	 * @param current the text being pasted, as it is now
	 * @param onlost called when a write finds that another tab holds the draft
	 */
	constructor(
		store: DraftStore,
		problems: Problems,
		current: () => SavedInput,
		onlost: () => void
	) {
		this.#store = store;
		this.#problems = problems;
		this.#current = current;
		this.#onlost = onlost;
	}

	/** Whether this tab holds the draft (and so writes it). */
	get held(): boolean {
		return this.#held;
	}

	/** Claims the draft for this tab and reads what storage holds. @throws StorageError */
	async open(): Promise<Opened> {
		this.#held = true;
		this.forget();
		const opened = await this.#store.open();
		this.kept = !!opened.input;
		if (opened.draft) this.savedAt = opened.draft.savedAt;
		return opened;
	}

	/** This tab no longer holds the draft: nothing more is written from it. */
	release() {
		this.#held = false;
	}

	/** Forgets what was said about saving (a new draft, or none). */
	forget() {
		this.kept = false;
		this.savedAt = null;
		this.revision = this.savedRevision = this.#settled = 0;
	}

	/** The text being pasted changed: it is stored at once, and said to be kept once it is. */
	keepText() {
		this.kept = false;
		if (this.#inputWrite) this.#inputAgain = true;
		else this.#writeText();
	}

	/** Stores the text being pasted now, blind (the page is being hidden or closed). */
	flush() {
		const input = this.#current();
		if (this.#held && input.text && !this.kept) this.#store.writeNow(input);
	}

	async #writeText() {
		this.#inputAgain = false;
		const input = this.#current();
		const write = this.write({ input }).then((error) => !error);
		this.#inputWrite = write;
		const stored = await write;
		if (this.#inputWrite === write) this.#inputWrite = null;
		if (stored && input.text === this.#current().text) this.kept = !!input.text;
		if (this.#inputAgain && !this.#inputWrite) this.#writeText();
	}

	/**
	 * Saves the draft (with `also` in the same transaction); says under the save state when
	 * storage did not keep it, and clears that once a save goes through.
	 */
	async save(draft: Omit<Draft, 'savedAt'>, also: Changes = {}) {
		const mine = ++this.revision;
		const savedAt = timestamp();
		const error = await this.write({ ...also, draft: { ...draft, savedAt } });
		if (mine < this.#settled || !this.#held) return;
		this.#settled = mine;
		if (error) {
			this.#problems.say('save', sayStorage(error), { focus: false });
			return;
		}
		this.#problems.clear('save');
		this.savedRevision = Math.max(this.savedRevision, mine);
		this.savedAt = savedAt;
	}

	/**
	 * Writes to storage if this tab holds the draft; resolves to null once stored, else to why
	 * not. A write refused because another tab took the draft ends the writing here.
	 */
	async write(changes: Changes): Promise<StorageError | null> {
		if (!this.#held) return new StorageError('the draft is open in another tab', true);
		try {
			await this.#store.write(changes);
			return null;
		} catch (error) {
			const refusal =
				error instanceof StorageError ? error : new StorageError((error as Error)?.message);
			if (refusal.taken) this.#onlost();
			return refusal;
		}
	}
}

/** Why the browser did not keep the draft, as the save state says it. */
export function sayStorage(error: unknown): string {
	const reason = (error as Error)?.message || String(error);
	return `this browser did not keep the draft (${reason}).`;
}
