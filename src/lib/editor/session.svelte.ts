/**
 * The draft's home (issue 12): one editing session of `/new/`, holding the stage the journalist
 * is at, the draft (its articles, each a source of the dataset, and its undo history), the
 * refusals said beside their controls, and the draft's keeping in this browser. Every action the
 * journalist takes is a method; the stage components only show the session and call them.
 *
 * Stages: `loading` → `input` (paste, drop, choose or import) → `confirm` (the publication date)
 * → `extracting` (in a Web Worker, with progress and Cancel) → `review` (correct, export,
 * publish). A tab that does not hold the draft is at `elsewhere`, offering to take it over
 * (`tabLock.ts`). A published timeline opened to continue it (issue 13) goes straight to
 * `review`, once the journalist agrees to replace the draft there was.
 *
 * A refusal changes nothing: the text being pasted, the date and the draft stay as they were.
 * Every change of the draft is one undoable step, saved at once; the text being pasted is stored
 * as it is typed, and said to be kept only once it is (`keeping.svelte.ts`).
 */
import type { Dataset, Source, TimelineEvent } from '$lib/data/schema';
import type { TypedDate } from './dates';
import { downloadText } from './download';
import { exportFile, type ExportKind } from './exportFile';
import { planEdit, type EditFields, type EditProblem } from './eventEdit';
import {
	DraftError,
	addEventFromSelection,
	addQuote,
	deleteEvent,
	editDataset,
	editSource,
	isoShaped,
	mergeEvents,
	readPublished,
	removeQuote,
	type DatasetFields
} from './draft';
import type { Changes, DraftStore } from './draftStore';
import { ExtractClient, ExtractFailed } from './extractClient';
import { setAside, tombstonesInForce } from './tombstones';
import { record, redo, redoLabel, start, undo, undoLabel, type History } from './history';
import type { Span } from './offsets';
import { Problems, type DetailsForm, type EventAction, type ProblemKey } from './problems.svelte';
import { Keeping, sayStorage } from './keeping.svelte';
import { Adding } from './adding.svelte';
import { Intake } from './intake.svelte';
import { PASTED, messageOf } from './articleInput';
import type { Tombstone } from '$lib/extract/story/storyDraft';
import { Publishing, continuing } from './publishing.svelte';
import type { Article, Draft, DraftPublished } from './storedDraft';

export type Stage = 'loading' | 'elsewhere' | 'input' | 'confirm' | 'extracting' | 'review';

/** The source fields of an article's details form, as typed. */
export type SourceFields = Record<'title' | 'publisher' | 'author' | 'url' | 'published', string>;

/** An action on an event's card (not its edit form) that was refused, and why. */
export interface ActionProblem {
	action: EventAction;
	message: string;
}

/** What holds the draft for this tab (`TabLock`; tests pass their own). */
export interface DraftLock {
	acquire(): Promise<boolean>;
	takeOver(): Promise<void>;
	release(): void;
}

/** What the session needs from the world, so that tests can give it stand-ins. */
export interface SessionOptions {
	store: DraftStore;
	/** Default: a lock that always holds (one tab). */
	lock?: DraftLock;
	/** Starts the extraction worker. Default: `new ExtractClient()`. */
	extractor?: () => ExtractClient;
	/** Whether the site has a server to publish to. Default: not on the static site. */
	server?: boolean;
	/** The server's API is asked through this. Default: the page's `fetch`. */
	fetch?: typeof fetch;
}

// The date readers use the extractor (chrono-node and all), which the worker has but the page
// does not: they load once a draft is under review, for event dates and selections.
type Dates = typeof import('./dates');

export class DraftSession {
	/** Where the journalist is. */
	stage = $state<Stage>('loading');
	/** The draft's undo history; its present is the draft dataset. Null before there is one. */
	history = $state.raw<History<Dataset> | null>(null);
	/** Where each article of the draft came from, by source id (see `articles`). */
	#origins = $state.raw<Article[]>([]);
	/** What an import could not carry over, still worth showing. */
	notices = $state.raw<string[]>([]);
	/** Happenings the editor deleted, merged or redated, which articles added later follow. */
	#tombstones = $state.raw<Tombstone[]>([]);
	/** Every refusal, under the control it belongs to. */
	readonly problems = new Problems();
	/** Polite announcements: "Saved", "Undid: Retitle". */
	status = $state('');

	/** The date readers, once loaded (see `Dates`). */
	dates = $state.raw<Dates | null>(null);

	/** Whether this tab lost the draft to another one (rather than finding it held there). */
	lostHere = $state(false);

	/** The draft dataset, or null. */
	readonly dataset = $derived(this.history?.present.value ?? null);
	/**
	 * The happenings set aside that an article added now follows: those whose deletion, merge or
	 * redating the draft still shows (an undo puts its tombstone out of force, a redo back in).
	 */
	get tombstones(): Tombstone[] {
		return this.dataset ? tombstonesInForce(this.#tombstones, this.dataset) : [];
	}
	/** The draft's articles, each a source of the dataset, in the order they joined it. */
	readonly articles = $derived.by((): (Source & { name: string })[] => {
		const sources = this.dataset?.sources ?? [];
		const name = (id: string) => this.#origins.find((a) => a.source === id)?.name ?? '';
		return sources.map((source) => ({ ...source, name: name(source.id) }));
	});
	/** The label of the change Undo would revert, and Redo reapply, or null. */
	readonly undoLabel = $derived(this.history ? undoLabel(this.history) : null);
	readonly redoLabel = $derived(this.history ? redoLabel(this.history) : null);
	/** The draft's keeping in this browser: saves, the text being pasted, the save state. */
	readonly keeping: Keeping;
	/** The article being read into a new draft: pasted, chosen or dropped, dated, extracted. */
	readonly intake: Intake;
	/** Articles being added to the draft under review ("Add an article"). */
	readonly adding: Adding;
	/** Publishing it: who is signed in, the timeline it updates, what a refusal offers. */
	readonly publishing: Publishing;
	#lock: DraftLock;
	#extractor: () => ExtractClient;
	#client: ExtractClient | null = null;
	#datesLoading: Promise<Dates> | null = null;

	constructor(options: SessionOptions) {
		this.keeping = new Keeping(
			options.store,
			this.problems,
			() => ({ text: this.intake.text, name: this.intake.name }),
			() => this.lost()
		);
		this.#lock = options.lock ?? {
			acquire: async () => true,
			takeOver: async () => {},
			release: () => {}
		};
		this.#extractor = options.extractor ?? (() => new ExtractClient());
		this.publishing = new Publishing(
			this.problems,
			{
				draft: () => this.dataset,
				pasting: () => this.intake.text.trim() !== '',
				held: () => this.keeping.held,
				publishedAt: (id) => {
					// The draft takes the address it was published at as its id, as one undoable step.
					if (this.history && this.history.present.value.id !== id) {
						const present = this.history.present.value;
						this.history = record(this.history, { ...present, id }, `Publish at /t/${id}/`);
					}
					this.#save();
				},
				begin: (opening) => {
					this.#client?.cancel();
					const { name, published, notices } = continuing(opening);
					this.#begin(opening.dataset, notices, `Open ${name}`, name, published);
					this.status = `Opened ${name}.`;
				},
				announce: (message) => (this.status = message)
			},
			{ server: options.server ?? !__DATELINE_STATIC__, fetch: options.fetch }
		);
		this.intake = new Intake({
			problems: this.problems,
			keepText: () => this.keeping.keepText(),
			worker: () => this.#worker(),
			readPublished: (typed) => this.#readPublished(typed),
			begin: (dataset, notices, label, name) => this.#begin(dataset, notices, label, name),
			go: (stage) => (this.stage = stage)
		});
		this.adding = new Adding({
			story: () => this.dataset,
			tombstones: () => this.tombstones,
			problems: this.problems,
			worker: () => this.#worker(),
			readPublished: (typed) => this.#readPublished(typed),
			record: (next, label, origins) => {
				const added = (a: Article) => origins.some((o) => o.source === a.source);
				this.#origins = [...this.#origins.filter((a) => !added(a)), ...origins];
				this.#record(next, label);
			},
			announce: (message) => (this.status = message)
		});
	}

	// ---- Opening and holding the draft ---------------------------------------------------------

	/** Opens the session: takes the draft when no other tab holds it, and restores it. */
	async start() {
		if (await this.#lock.acquire()) return this.#open();
		this.stage = 'elsewhere';
	}

	/** Takes the draft from the tab that holds it, and opens it here. */
	async takeOver() {
		await this.#lock.takeOver();
		await this.#open();
		this.status = 'The draft is open in this tab now.';
	}

	/** Called when another tab takes the draft: this one stops saving, and says so. */
	lost() {
		if (!this.keeping.held) return;
		this.keeping.release();
		this.#client?.cancel();
		this.lostHere = true;
		this.stage = 'elsewhere';
		this.status = 'Another tab took over the draft: this tab no longer saves it.';
	}

	/** Ends the session (the page goes away). */
	dispose() {
		this.#client?.dispose();
		this.#lock.release();
	}

	/** Reads the stored draft (or the text being pasted) and goes to the stage it was at. */
	async #open() {
		this.lostHere = false;
		void this.publishing.check();
		// What storage holds is the draft: a copy this tab had before another took it is not.
		this.#forget();
		try {
			const opened = await this.keeping.open();
			this.intake.text = opened.input?.text ?? '';
			this.intake.name = opened.input?.name ?? PASTED;
			if (opened.draft) {
				this.#restore(opened.draft);
				this.status = 'Your draft was restored.';
				return;
			}
		} catch (error) {
			// The page works without storage; it says its work is not being kept, and why.
			this.problems.say('save', sayStorage(error), { focus: false });
		}
		this.stage = 'input';
	}

	#restore(draft: Draft) {
		this.history = draft.history;
		this.#origins = draft.articles;
		this.notices = draft.notices;
		this.#tombstones = draft.tombstones;
		this.publishing.published = draft.published ?? null;
		this.stage = 'review';
		this.loadDates();
	}

	/** Forgets the draft, the text being pasted and every refusal (in this tab, not in storage). */
	#forget() {
		this.history = null;
		this.#origins = [];
		this.notices = [];
		this.#tombstones = [];
		this.adding.text = '';
		this.adding.note = '';
		this.intake.clear();
		this.keeping.forget();
		this.publishing.reset();
		this.problems.clearAll();
	}

	// ---- The article -----------------------------------------------------------------------------

	/** Stores the text being pasted now (the page is being hidden or closed). */
	flush() {
		this.keeping.flush();
	}

	/** Stops the extraction (or the date lookup) under way. */
	cancel() {
		this.#client?.cancel();
	}

	/**
	 * The publication date typed, as ISO 8601: read here when written so, else in words by the
	 * event editor's reader ("Feb. 6, 1998", "11/4/1998 10:19"), in the worker, which has the
	 * extractor; on this page only when the worker cannot start.
	 */
	async #readPublished(typed: string): Promise<string> {
		if (isoShaped(typed)) return readPublished(typed);
		try {
			return await this.#worker().readPublished(typed);
		} catch (error) {
			if (!(error instanceof ExtractFailed)) throw error;
			return (await this.loadDates()).readPublishedDate(typed);
		}
	}

	#worker(): ExtractClient {
		this.#client ??= this.#extractor();
		return this.#client;
	}

	/** Loads the date readers (see `Dates`). */
	loadDates(): Promise<Dates> {
		this.#datesLoading ??= import('./dates').then((module) => (this.dates = module));
		return this.#datesLoading;
	}

	// ---- The draft -------------------------------------------------------------------------------

	/**
	 * Makes `dataset` the draft, with nothing to undo before it: an extracted article or an
	 * imported dataset, whose articles came from `name` (a file, or the pasted text). The text
	 * being pasted has become the draft: the box is emptied, and the stored input forgotten with
	 * the draft's first save.
	 */
	#begin(
		dataset: Dataset,
		notices: string[],
		label: string,
		name: string,
		published: DraftPublished | null = null
	) {
		this.problems.clearAll('save');
		this.history = start(dataset, label);
		this.publishing.reset();
		this.publishing.published = published;
		this.#origins = dataset.sources.map((s) => ({ source: s.id, name }));
		this.notices = notices;
		this.#tombstones = [];
		this.intake.clear();
		this.keeping.kept = false;
		this.stage = 'review';
		this.loadDates();
		this.#save({ input: null });
	}

	/** Records a change as one undoable step, and saves it. */
	#record(next: Dataset, label: string) {
		this.history = record(this.history!, next, label);
		this.problems.clearPrefix('event:');
		this.problems.clear('selection');
		this.status = `${label}.`;
		this.#save();
	}

	/** Applies one correction as one undoable step; or, changing nothing, returns why not. */
	#apply(label: string, change: (d: Dataset) => Dataset): Refusal | null {
		if (!this.history) return { message: 'There is no draft to change.' };
		try {
			this.#record(change(this.history.present.value), label);
			return null;
		} catch (error) {
			return { message: messageOf(error), field: (error as DraftError)?.field };
		}
	}

	/** Steps back one change. */
	undo() {
		if (!this.history || !this.undoLabel) return;
		const label = this.undoLabel;
		this.history = undo(this.history);
		this.status = `Undid: ${label}.`;
		this.#save();
	}

	/** Steps forward one undone change. */
	redo() {
		if (!this.history || !this.redoLabel) return;
		const label = this.redoLabel;
		this.history = redo(this.history);
		this.status = `Redid: ${label}.`;
		this.#save();
	}

	/**
	 * Saves an event's edit form as one undoable step; or, changing nothing, returns what is wrong
	 * and with which field, for the form to show beside it.
	 */
	async editEvent(id: string, fields: EditFields): Promise<EditProblem | null> {
		let typed: TypedDate | null = null;
		if (fields.date.trim() !== this.#event(id)?.date) {
			try {
				typed = (await this.loadDates()).readTypedDate(fields.date);
			} catch (error) {
				return { field: 'date', message: messageOf(error) };
			}
		}
		// Read after the wait: the draft may have changed meanwhile.
		const before = this.#event(id);
		if (!this.history || !before) return null;
		const plan = planEdit(this.history.present.value, before, fields, typed?.date ?? before.date);
		if ('problem' in plan) return plan.problem;
		// Recorded before the step is saved: an article added later that tells the happening on its
		// old date joins it on the new one.
		if (plan.moved) this.#setAside(before, id, false);
		this.#record(plan.next, plan.label);
		return null;
	}

	/** Folds event `other` into event `keep`, quotes and all. */
	mergeEvents(keep: string, other: string): boolean {
		const label = `Merge “${this.#titleOf(other)}” into “${this.#titleOf(keep)}”`;
		const before = this.#event(other);
		const done = this.#act(keep, 'merge', label, (d) => mergeEvents(d, keep, other));
		if (done && before) this.#setAside(before, keep);
		return done;
	}

	deleteEvent(id: string): boolean {
		const before = this.#event(id);
		const done = this.#act(id, 'delete', `Delete “${this.#titleOf(id)}”`, (d) =>
			deleteEvent(d, id)
		);
		if (done && before) this.#setAside(before, null);
		return done;
	}

	/** Adds the words at `span` of article `source` as a further quote of event `id`. */
	addQuote(id: string, source: string, span: Span): boolean {
		return this.#act(id, 'quote', `Quote added to “${this.#titleOf(id)}”`, (d) =>
			addQuote(d, id, { source, ...span })
		);
	}

	removeQuote(id: string, index: number): boolean {
		return this.#act(id, 'unquote', `Quote removed from “${this.#titleOf(id)}”`, (d) =>
			removeQuote(d, id, index)
		);
	}

	/** The words selected changed: refusals about the selection before no longer hold. */
	selectionChanged() {
		this.problems.clear('selection');
		this.problems.clearPrefix('event:quote:');
	}

	/** The refusal of an action on event `id`'s card, for its card to show. */
	eventProblem(id: string): ActionProblem | null {
		for (const action of ['quote', 'unquote', 'merge', 'delete'] as const) {
			const message = this.problems.get(`event:${action}:${id}`);
			if (message !== undefined) return { action, message };
		}
		return null;
	}

	/**
	 * Adds an event quoting the words at `span` of article `source`, dated from a time expression
	 * in them or the nearest before them (see `suggestDate`); resolves to its id, or to null when
	 * refused (said under the selection).
	 */
	async addEventFromSelection(source: string, span: Span): Promise<string | null> {
		const selection = { source, ...span };
		const { suggestDate } = await this.loadDates();
		if (!this.history) return null;
		let id = '';
		const refused = this.#apply('Add event from selection', (d) => {
			const suggestion = suggestDate(d, selection);
			const result = addEventFromSelection(d, selection, {
				date: suggestion.date,
				precision: suggestion.precision,
				resolution: suggestion.note
			});
			id = result.id;
			return result.dataset;
		});
		if (!refused) return id;
		this.problems.say('selection', refused.message, { focus: false });
		return null;
	}

	/**
	 * Finds `words` in article `source`, after `from` (then from its start): their span, or null
	 * with the reason under the find box.
	 */
	find(source: string, words: string, from = 0): Span | null {
		const text = this.dataset?.sources.find((s) => s.id === source)?.text ?? '';
		const wanted = words.trim();
		let at = wanted ? text.indexOf(wanted, from) : -1;
		if (wanted && at < 0) at = text.indexOf(wanted);
		if (at < 0) {
			this.problems.say(
				'find',
				wanted
					? `“${wanted}” is not in the article (the search matches exact characters).`
					: 'Type the words to find, exactly as the article has them.'
			);
			return null;
		}
		this.problems.clear('find');
		return { start: at, end: at + wanted.length };
	}

	/** Saves the timeline's details (id, title, description); a refusal goes under its field. */
	editTimelineDetails(fields: DatasetFields): boolean {
		return this.#details('dataset', 'Edit timeline details', (d) => editDataset(d, fields));
	}

	/** Saves an article's details; the publication date is read as the date step reads it. */
	editArticleDetails(source: string, fields: SourceFields): boolean {
		return this.#details('source', 'Edit source details', (d) =>
			editSource(d, source, {
				...fields,
				published: (this.dates?.readPublishedDate ?? readPublished)(fields.published)
			})
		);
	}

	/** Exports the draft; a download the browser refuses is said under the download buttons. */
	download(kind: ExportKind) {
		const dataset = this.dataset;
		if (!dataset) return;
		this.problems.clear('download');
		try {
			const file = exportFile(dataset, kind);
			downloadText(file.name, file.text, file.type);
		} catch (error) {
			// No known draft makes an export fail, but a browser may refuse the download (a page
			// policy that blocks blob: URLs): it is said where the person clicked, in its own words.
			this.problems.say(
				'download',
				`The download could not be made: ${(error as Error)?.message ?? String(error)}`,
				{ focus: false }
			);
			return;
		}
		this.status = 'Download started.';
	}

	/** Tries again to store the draft the browser did not keep. */
	saveAgain() {
		this.#save();
	}

	/** Forgets the draft and the text being pasted, here and in storage. */
	async discard() {
		this.#client?.cancel();
		await this.keeping.write({ draft: null, input: null });
		this.#forget();
		this.stage = 'input';
		this.status = 'Draft discarded.';
	}

	// ---- Helpers ---------------------------------------------------------------------------------

	/**
	 * Remembers a happening the editor deleted (`into` null), merged or redated, so that articles
	 * added later follow the editor rather than bring it back (`Tombstone`). Kept through undo,
	 * for redo: an undo that brings the event back puts it out of force (`tombstonesInForce`).
	 */
	#setAside(event: TimelineEvent, into: string | null, save = true) {
		this.#tombstones = [...this.#tombstones, setAside(event, into)];
		if (save) this.#save();
	}

	#event(id: string) {
		return this.history?.present.value.events.find((e) => e.id === id);
	}

	#titleOf(id: string): string {
		return this.#event(id)?.title ?? id;
	}

	/** Applies an action of an event's card; a refusal is said under that card's buttons. */
	#act(id: string, action: EventAction, label: string, change: (d: Dataset) => Dataset): boolean {
		const refused = this.#apply(label, change);
		if (refused) {
			this.problems.clearPrefix('event:');
			// The card brings its message into view itself; the focus stays on the button used.
			this.problems.say(`event:${action}:${id}`, refused.message, { focus: false });
		}
		return !refused;
	}

	/** Saves a details form; a refusal goes under its field, which takes the focus. */
	#details(form: DetailsForm, label: string, change: (d: Dataset) => Dataset): boolean {
		this.problems.clearPrefix('details:');
		const refused = this.#apply(label, change);
		if (!refused) return true;
		const field = refused.field;
		const key: ProblemKey = `details:${form}:${field && DETAILS[form].includes(field) ? field : 'submit'}`;
		this.problems.say(key, refused.message);
		return false;
	}

	/** Saves the draft (with `also`, written in the same transaction). */
	#save(also: Changes = {}) {
		if (!this.history) return;
		const draft = {
			history: this.history,
			articles: this.#origins,
			notices: this.notices,
			tombstones: this.#tombstones,
			published: this.publishing.published
		};
		this.keeping.save(draft, also);
	}
}

/** A change refused, with the field it is about when there is one. */
interface Refusal {
	message: string;
	field?: string;
}

/** The fields of each details form, whose refusals are said under them. */
export const DETAILS: Record<DetailsForm, string[]> = {
	dataset: ['id', 'title', 'description'],
	source: ['title', 'publisher', 'author', 'url', 'published']
};
