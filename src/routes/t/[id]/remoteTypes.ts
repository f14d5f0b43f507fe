/**
 * The shapes a dataset given by URL (`?src=`) passes through, shared by the page's side
 * (`remoteClient.ts`) and the worker's (`remoteDataset.ts`) without either importing the other.
 */
import type { Dataset } from '$lib/data/schema';

/** The step at which a dataset given by URL was refused. */
export type RefusalReason = 'address' | 'fetch' | 'json' | 'contract';

/**
 * How far loading a dataset has got: bytes received, then reading the JSON, then checking it,
 * then the events received from the worker.
 */
export interface LoadProgress {
	phase: 'fetch' | 'parse' | 'validate' | 'receive';
	/** Bytes received (`fetch`), bytes read (`parse`) or events received (`receive`). */
	loaded: number;
	/** Of how many, when known. */
	total: number | null;
}

/** A dataset given by URL: loading, loaded and valid, or refused with every reason, one per line. */
export type RemoteDataset =
	| { state: 'loading'; src: string; progress?: LoadProgress }
	| { state: 'ok'; src: string; dataset: Dataset }
	| { state: 'refused'; src: string; reason: RefusalReason; error: string };

/** What the worker posts back: progress, the events in batches, then the result (without them). */
export type WorkerAnswer =
	| { type: 'progress'; progress: LoadProgress }
	| { type: 'events'; events: Dataset['events'] }
	| { type: 'done'; result: Exclude<RemoteDataset, { state: 'loading' }> };
