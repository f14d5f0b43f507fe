/**
 * Every refusal of the editor, in one map keyed by the control it belongs to (issue 12). A
 * refusal is said under its control (which names the message in `aria-describedby`), brings both
 * into view, and moves the focus there when the person was elsewhere (a drop, a click on another
 * button); it goes once the problem is fixed. Nothing is said in one box at the top of the page:
 * the person is looking at the control, not at the top.
 */
import { tick } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { Attachment } from 'svelte/attachments';
import { reveal } from './reveal';

/** The two forms of details: the timeline's own, and an article's. */
export type DetailsForm = 'dataset' | 'source';

/** What an event's card can be refused (its edit form says its own refusals). */
export type EventAction = 'quote' | 'unquote' | 'merge' | 'delete';

/** The controls a refusal can belong to. */
export type ProblemKey =
	/** The paste box, the article file chooser, the dataset import chooser. */
	| 'paste'
	| 'article-file'
	| 'import'
	/** Looking for the publication date in the article (the date step then asks for it). */
	| 'lookup'
	/** The publication date field, and "Build the timeline". */
	| 'published'
	| 'build'
	/** The find box, and the selection's "Add as new event". */
	| 'find'
	| 'selection'
	/** An action on an event's card. */
	| `event:${EventAction}:${string}`
	/** A field of a details form (`submit` when the refusal names no field of the form). */
	| `details:${DetailsForm}:${string}`
	/** "Add an article" (its box, files and button), and its publication date field. */
	| 'add'
	| 'add-published'
	/** The download buttons. */
	| 'download'
	/** Publishing (issue 13): the address field, the Publish button, opening a published timeline. */
	| 'publish-address'
	| 'publish'
	| 'open-published'
	/** The save state: the browser did not keep the draft. */
	| 'save';

export class Problems {
	#messages = new SvelteMap<ProblemKey, string>();
	/** The element that takes the focus for each key, registered by `control`. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- elements, not state: nothing renders from it
	#controls = new Map<ProblemKey, HTMLElement>();

	/** Why `key`'s control was refused, or undefined. */
	get(key: ProblemKey): string | undefined {
		return this.#messages.get(key);
	}

	has(key: ProblemKey): boolean {
		return this.#messages.has(key);
	}

	/** The first refusal whose key starts with `prefix`, with its key. */
	find(prefix: string): [ProblemKey, string] | undefined {
		for (const entry of this.#messages) if (entry[0].startsWith(prefix)) return entry;
		return undefined;
	}

	/** The id of the element that says `key`'s refusal (for `aria-describedby`). */
	idOf(key: ProblemKey): string {
		return `${key.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
	}

	/**
	 * Says why `key`'s control was refused, then brings it and the message into view, with the
	 * focus on the control unless `focus` is false (the control the person used keeps it).
	 *
	 * @example
	 * problems.say('find', '“Islamic Republic” is not in the article …');
	 */
	async say(key: ProblemKey, message: string, { focus = true, select = false } = {}) {
		this.#messages.set(key, message);
		await tick();
		if (typeof document === 'undefined') return;
		const control = focus ? this.#controls.get(key) : null;
		// A file chooser is emptied, so that choosing the same file again, once fixed, reads it.
		if (control instanceof HTMLInputElement && control.type === 'file') control.value = '';
		reveal(control, document.getElementById(this.idOf(key)));
		if (select && control instanceof HTMLInputElement) control.select();
	}

	/** Forgets the refusals of `keys`: their problems are fixed, or no longer hold. */
	clear(...keys: ProblemKey[]) {
		for (const key of keys) this.#messages.delete(key);
	}

	/** Forgets every refusal whose key starts with `prefix` (`event:`, `details:`). */
	clearPrefix(prefix: string) {
		for (const key of [...this.#messages.keys()])
			if (key.startsWith(prefix)) this.#messages.delete(key);
	}

	/** Forgets every refusal but those of `keep` (the page starts over). */
	clearAll(...keep: ProblemKey[]) {
		for (const key of [...this.#messages.keys()])
			if (!keep.includes(key)) this.#messages.delete(key);
	}

	/**
	 * An attachment registering the element that takes the focus when `key` is refused.
	 *
	 * @example
	 * <input {@attach problems.control('find')} aria-describedby={problems.idOf('find')} />
	 */
	control(key: ProblemKey): Attachment<HTMLElement> {
		return (element) => {
			this.#controls.set(key, element);
			return () => {
				if (this.#controls.get(key) === element) this.#controls.delete(key);
			};
		};
	}

	/** Brings `key`'s control into view with the focus, and the message `messageId` under it. */
	async focus(key: ProblemKey, messageId = this.idOf(key)) {
		await tick();
		if (typeof document === 'undefined') return;
		reveal(this.#controls.get(key), document.getElementById(messageId));
	}
}
