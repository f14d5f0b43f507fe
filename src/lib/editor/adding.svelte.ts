/**
 * Adding articles to a draft under review (issue 12, running stories): pasted, dropped or chosen
 * (one file or several), each joins the same draft through the story fold in the worker
 * (`extractStory`), one happening one event. What the editor corrected stays: the fold never
 * changes an event the draft holds, and follows the happenings the editor deleted, merged or
 * redated (the session's tombstones). The whole addition is one undoable step; an article the
 * draft holds already adds nothing, and is said to.
 *
 * The session (`session.svelte.ts`) holds one and gives it what it needs (`AddHost`).
 */
import { readImport, type ArticleInput } from '$lib/data/importers';
import type { Dataset } from '$lib/data/schema';
import type { Tombstone } from '$lib/extract/story/storyDraft';
import { Cancelled, type ExtractClient } from './extractClient';
import type { StoryResult } from './extractMessages';
import type { Problems } from './problems.svelte';
import type { Article } from './storedDraft';
import { PASTED, aboutFile, fileArticle, messageOf, pastedArticle } from './articleInput';

/** What adding articles needs from the session. */
export interface AddHost {
	/** The draft now, or null. */
	story(): Dataset | null;
	/** The happenings the editor set aside or moved (see `Tombstone`). */
	tombstones(): Tombstone[];
	readonly problems: Problems;
	worker(): ExtractClient;
	/** A publication date as typed, as ISO 8601 (refused with a `DraftError`). */
	readPublished(typed: string): Promise<string>;
	/** The draft becomes `next`, as one undoable step, with where its new articles came from. */
	record(next: Dataset, label: string, origins: Article[]): void;
	/** Says `message` politely (the page's status line). */
	announce(message: string): void;
}

export class Adding {
	/** The text in the "Add an article" box. */
	text = $state('');
	/** The publication date typed for articles that state none. */
	published = $state('');
	/** True while articles are being read and folded in. */
	busy = $state(false);
	/** How far the addition is, 0…1. */
	progress = $state(0);
	/** What the last addition did, said under the box (not a refusal). */
	note = $state('');
	#host: AddHost;

	constructor(host: AddHost) {
		this.#host = host;
	}

	/** The text in the box changed: a refusal of the one before no longer holds. */
	type(text: string) {
		this.text = text;
		this.#host.problems.clear('add');
	}

	/** Adds the article pasted in the box (an HTML page is reduced to its article). */
	async addPasted() {
		this.#host.problems.clear('add');
		this.note = '';
		if (!this.text.trim()) {
			this.#host.problems.say(
				'add',
				"The box is empty. Paste the next article's text into it, or choose or drop its file."
			);
			return;
		}
		try {
			const article = await pastedArticle(this.text);
			if (await this.#add([{ article, name: PASTED }])) this.text = '';
		} catch (error) {
			this.#host.problems.say('add', messageOf(error));
		}
	}

	/**
	 * Adds the articles of chosen or dropped files, in one step. A file that is not an article
	 * (a dataset, an empty page) refuses them all, by its name: nothing is added.
	 */
	async addFiles(files: readonly File[]) {
		this.#host.problems.clear('add');
		this.note = '';
		if (!files.length) return;
		const items: { article: ArticleInput; name: string }[] = [];
		for (const file of files) {
			try {
				const result = readImport(file.name, new Uint8Array(await file.arrayBuffer()));
				if (result.kind === 'dataset')
					throw new Error('this is a timeline, not an article: import it as a new draft instead.');
				items.push({ article: await fileArticle(result), name: file.name });
			} catch (error) {
				this.#host.problems.say(
					'add',
					aboutFile(file.name, (error as Error)?.message ?? String(error))
				);
				return;
			}
		}
		await this.#add(items);
	}

	/** Stops the addition under way: the draft stays as it was. */
	cancel() {
		this.#host.worker().cancel();
	}

	/** Folds `items` into the draft in the worker; whether any was added. */
	async #add(items: { article: ArticleInput; name: string }[]): Promise<boolean> {
		const story = this.#host.story();
		if (!story || this.busy) return false;
		let fallback: string | null = null;
		if (this.published.trim()) {
			try {
				fallback = await this.#host.readPublished(this.published);
			} catch (error) {
				this.#host.problems.say('add-published', messageOf(error), { select: true });
				return false;
			}
		}
		this.busy = true;
		this.progress = 0;
		let result: StoryResult;
		try {
			// The draft and its tombstones are raw state (no proxies): structuredClone copies them as
			// `$state.snapshot` would, without bringing Svelte's deep-clone code to every page.
			result = await this.#host.worker().extractStory(
				{
					story: structuredClone(story),
					articles: items,
					fallback,
					tombstones: structuredClone(this.#host.tombstones()),
					entities: true
				},
				(fraction) => (this.progress = fraction)
			);
		} catch (error) {
			if (error instanceof Cancelled) this.note = 'Cancelled: the draft is as it was.';
			else this.#host.problems.say('add', messageOf(error));
			return false;
		} finally {
			this.busy = false;
		}
		this.note = sayResult(result);
		if (!result.added.length) return false;
		// Each new source came from the item with its very text (the fold keeps texts byte-exact).
		const origins = result.added.map((id) => {
			const text = result.dataset.sources.find((s) => s.id === id)?.text;
			return { source: id, name: items.find((i) => i.article.text === text)?.name ?? '' };
		});
		const title = result.dataset.sources.find((s) => s.id === result.added[0])?.title ?? '';
		const label =
			result.added.length === 1 ? `Add article “${title}”` : `Add ${result.added.length} articles`;
		this.#host.record(result.dataset, label, origins);
		this.#host.announce(this.note);
		return true;
	}
}

/** What an addition did, in a sentence or two. */
export function sayResult(result: Pick<StoryResult, 'added' | 'skipped' | 'created' | 'joined'>) {
	const parts: string[] = [];
	const n = result.added.length;
	if (n) {
		const events = (k: number) => `${k} new ${k === 1 ? 'event' : 'events'}`;
		parts.push(
			`Added ${n === 1 ? '1 article' : `${n} articles`}: ${events(result.created)}, ` +
				`${result.joined} ${result.joined === 1 ? 'mention' : 'mentions'} joined events already here.`
		);
	}
	for (const skipped of result.skipped)
		parts.push(`Nothing added from “${skipped.name}”: ${skipped.reason}.`);
	return parts.join(' ');
}
