/**
 * The page's handle on the extraction worker: promises for the worker's answers, progress through
 * a callback, and cancellation (the worker is terminated and a fresh one started on next use).
 * Browser-only.
 */
import type { ArticleInput } from '$lib/data/importers';
import type { Dataset } from '$lib/data/schema';
import { DraftError } from './draft';
import type { ExtractRequest, ExtractResponse, StoryRequest, StoryResult } from './extractMessages';

/** Thrown by a request that was cancelled. */
export class Cancelled extends Error {
	constructor() {
		super('Cancelled');
		this.name = 'Cancelled';
	}
}

/** Thrown with the extractor's own words when it cannot make a dataset of the text. */
export class ExtractFailed extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExtractFailed';
	}
}

interface Pending {
	resolve: (response: ExtractResponse) => void;
	reject: (error: Error) => void;
	onProgress?: (fraction: number) => void;
}

export class ExtractClient {
	#worker: Worker | null = null;
	#pending = new Map<number, Pending>();
	#next = 1;

	#ensure(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
			const response = event.data;
			const pending = this.#pending.get(response.id);
			if (!pending) return;
			if (response.type === 'progress') {
				pending.onProgress?.(response.fraction);
				return;
			}
			this.#pending.delete(response.id);
			if (response.type === 'error') pending.reject(new ExtractFailed(response.message));
			else if (response.type === 'refused')
				pending.reject(new DraftError(response.message, 'published'));
			else pending.resolve(response);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#failAll(
				new ExtractFailed(`The extractor stopped: ${event.message || 'it could not start'}.`)
			);
		};
		this.#worker = worker;
		return worker;
	}

	#send(
		request: ExtractRequest,
		onProgress?: (fraction: number) => void
	): Promise<ExtractResponse> {
		const worker = this.#ensure();
		return new Promise((resolve, reject) => {
			this.#pending.set(request.id, { resolve, reject, onProgress });
			worker.postMessage(request);
		});
	}

	#failAll(error: Error) {
		for (const pending of this.#pending.values()) pending.reject(error);
		this.#pending.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** The publication date the text states ("Published: January 8, 2024 10:19am"), or null. */
	async findPublished(text: string): Promise<string | null> {
		const response = await this.#send({ type: 'find-published', id: this.#next++, text });
		return response.type === 'published' ? (response.found?.value ?? null) : null;
	}

	/**
	 * A publication date as typed, read as ISO 8601 by the event editor's date reader (in the
	 * worker, which has the extractor: the page stays light until a draft is under review).
	 *
	 * @throws DraftError (field `published`) saying why the date was refused.
	 */
	async readPublished(typed: string): Promise<string> {
		const response = await this.#send({ type: 'read-published', id: this.#next++, typed });
		if (response.type !== 'published-read') throw new ExtractFailed('The date was not read.');
		return response.value;
	}

	/** The article as a draft dataset, dated against `published`. */
	async extract(
		article: ArticleInput,
		published: string,
		onProgress?: (fraction: number) => void,
		entities = true
	): Promise<Dataset> {
		const response = await this.#send(
			{ type: 'extract', id: this.#next++, article, published, entities },
			onProgress
		);
		if (response.type !== 'dataset') throw new ExtractFailed('The extractor gave no dataset.');
		return response.dataset;
	}

	/** The draft `request.story` with articles added, one happening one event (`extractStory`). */
	async extractStory(
		request: Omit<StoryRequest, 'type' | 'id'>,
		onProgress?: (fraction: number) => void
	): Promise<StoryResult> {
		const response = await this.#send({ ...request, type: 'story', id: this.#next++ }, onProgress);
		if (response.type !== 'story') throw new ExtractFailed('The extractor gave no story.');
		const { type: _type, id: _id, ...result } = response;
		return result;
	}

	/** Stops whatever the worker is doing; pending requests reject with `Cancelled`. */
	cancel() {
		this.#failAll(new Cancelled());
	}

	/** Ends the worker for good (when the page goes away). */
	dispose() {
		this.cancel();
	}
}
