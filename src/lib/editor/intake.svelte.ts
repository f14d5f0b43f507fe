/**
 * The article being read into a new draft (`/new/`'s first stages): the text in the paste box or a
 * file chosen or dropped, the publication date it states or the journalist types, and the
 * extraction in the worker with its progress. A dataset file is imported as it is. What it reads
 * becomes the draft through the session (`IntakeHost.begin`); a refusal changes nothing and is
 * said under the control it belongs to.
 *
 * The session (`session.svelte.ts`) holds one and gives it what it needs (`IntakeHost`).
 */
import { readImport, type ArticleInput } from '$lib/data/importers';
import type { Dataset } from '$lib/data/schema';
import { PASTED, aboutFile, fileArticle, messageOf, pastedArticle } from './articleInput';
import { Cancelled, type ExtractClient } from './extractClient';
import type { Problems } from './problems.svelte';

/** The stages the intake moves the session through. */
export type IntakeStage = 'input' | 'confirm' | 'extracting';

/** The controls an article or a dataset comes in through. */
export type SourceControl = 'paste' | 'article-file' | 'import';

/** What reading an article needs from the session. */
export interface IntakeHost {
	readonly problems: Problems;
	/** Stores the text being pasted (`Keeping.keepText`). */
	keepText(): void;
	worker(): ExtractClient;
	/** A publication date as typed, as ISO 8601 (refused with a `DraftError`). */
	readPublished(typed: string): Promise<string>;
	/** `dataset` becomes the draft, its articles named `name`, with nothing to undo before it. */
	begin(dataset: Dataset, notices: string[], label: string, name: string): void;
	/** The session goes to `stage`. */
	go(stage: IntakeStage): void;
}

export class Intake {
	/** The text in the paste box, and what it came from ("pasted text" or a file's name). */
	text = $state('');
	name = $state(PASTED);
	/** The article read from the text or a file, waiting for its publication date. */
	pending = $state.raw<ArticleInput | null>(null);
	/** The publication date the article states, when it states one. */
	foundPublished = $state<string | null>(null);
	/** The publication date as typed in the date step. */
	published = $state('');
	/** True while the worker looks for the publication date. */
	reading = $state(false);
	/** How far the extraction is, 0…1. */
	progress = $state(0);
	/** Said beside "Build the timeline" when an extraction is cancelled (not a refusal). */
	extractNote = $state('');
	/** True while the worker reads the publication date typed. */
	#readingDate = false;
	#host: IntakeHost;

	constructor(host: IntakeHost) {
		this.#host = host;
	}

	/** Empties the paste box and forgets the article read from it (it became the draft, or went). */
	clear() {
		this.text = '';
		this.name = PASTED;
		this.pending = null;
		this.extractNote = '';
	}

	/**
	 * The text in the paste box changed: it is stored at once (a write in flight is followed by
	 * one more with the latest text), and said to be kept once it is.
	 */
	typeText(text: string, name = PASTED) {
		this.text = text;
		this.name = name;
		this.#host.problems.clear('paste');
		this.#host.keepText();
	}

	/** Reads the pasted text (an HTML page is reduced to its article) and asks for its date. */
	async readPasted() {
		this.#host.problems.clear('paste', 'article-file', 'import');
		if (!this.text.trim()) {
			this.#host.problems.say(
				'paste',
				"The box is empty. Paste an article's text into it, or drop a .txt, .md or .html file."
			);
			return;
		}
		try {
			await this.#useArticle(await pastedArticle(this.text));
		} catch (error) {
			this.#host.problems.say('paste', messageOf(error));
		}
	}

	/**
	 * Reads a chosen or dropped file: a dataset is imported, an article goes on to its date. A
	 * file refused leaves the page as it was (the pasted text, the stored input) and says why under
	 * the control `from`.
	 */
	async readFile(file: File, from: Exclude<SourceControl, 'paste'>) {
		this.#host.problems.clear('paste', 'article-file', 'import');
		try {
			const result = readImport(file.name, new Uint8Array(await file.arrayBuffer()));
			if (result.kind === 'dataset') {
				const format = {
					dataset: 'dataset',
					csv: 'CSV',
					timelinejs: 'TimelineJS',
					sheets: 'TimelineJS sheet'
				}[result.format];
				// Its articles came in with the file.
				this.#host.begin(result.dataset, result.notices, `Import ${format}`, file.name);
				return;
			}
			const article = await fileArticle(result);
			this.typeText(article.text, file.name);
			await this.#useArticle(article);
		} catch (error) {
			// The importers' reasons start with the file's name; say it for the others too.
			this.#host.problems.say(from, aboutFile(file.name, messageOf(error)));
		}
	}

	/** Asks the worker for the date the article states, then lets the person confirm it. */
	async #useArticle(article: ArticleInput) {
		this.pending = article;
		this.foundPublished = article.published ?? null;
		this.#host.problems.clear('lookup', 'build');
		this.extractNote = '';
		if (!this.foundPublished) {
			this.reading = true;
			try {
				this.foundPublished = await this.#host.worker().findPublished(article.text);
			} catch (error) {
				// Not fatal: the person can still enter the date, and is told why it is asked.
				if (!(error instanceof Cancelled)) this.#host.problems.say('lookup', messageOf(error));
			} finally {
				this.reading = false;
			}
		}
		this.published = this.foundPublished ?? '';
		this.#host.go('confirm');
	}

	/** Back from the date step to the article, as it was. */
	backToArticle() {
		this.#host.problems.clear('build');
		this.extractNote = '';
		this.#host.go('input');
	}

	/** The publication date typed changed: a refusal of the one before no longer holds. */
	typePublished(typed: string) {
		this.published = typed;
		this.#host.problems.clear('published');
	}

	/**
	 * Reads the publication date typed and extracts the article's events against it. A date the
	 * page cannot read is refused under its field; a failed extraction under Build, keeping the
	 * text and the date.
	 */
	async build() {
		this.#host.problems.clear('build');
		this.extractNote = '';
		// A second Enter while the worker reads the date would start a second extraction.
		if (this.#readingDate) return;
		let published: string;
		this.#readingDate = true;
		try {
			published = await this.#host.readPublished(this.published);
		} catch (error) {
			if (error instanceof Cancelled) return;
			this.#host.problems.say('published', messageOf(error), { select: true });
			return;
		} finally {
			this.#readingDate = false;
		}
		this.#host.problems.clear('published');
		if (!this.pending) return;
		this.#host.go('extracting');
		this.progress = 0;
		try {
			const dataset = await this.#host
				.worker()
				.extract(this.pending, published, (fraction) => (this.progress = fraction));
			// A text without dates is not a failure: the review says so, calmly, and how to go on.
			this.#host.begin(dataset, [], 'Extract', this.name);
		} catch (error) {
			this.#host.go('confirm');
			if (error instanceof Cancelled) {
				this.extractNote =
					'Extraction cancelled. The article and its date are kept: build the timeline again when you are ready.';
				// The Build button, disabled while it ran, lost the focus: give it back, described.
				this.#host.problems.focus('build', 'extract-status');
			} else this.#host.problems.say('build', messageOf(error));
		}
	}
}
