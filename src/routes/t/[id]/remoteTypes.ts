/**
 * The shapes a dataset given by URL (`?src=`) passes through, shared by the page's side
 * (`remoteClient.ts`) and the worker's (`remoteDataset.ts`) without either importing the other.
 */
import type { Dataset } from '$lib/data/schema';

/** The step at which a dataset given by URL was refused. */
export type RefusalReason = 'address' | 'fetch' | 'json' | 'contract';

/**
 * How far loading a dataset has got: bytes received, then reading the JSON, then checking it,
 * then laying out the events it accepted.
 */
export interface LoadProgress {
	phase: 'fetch' | 'parse' | 'validate' | 'receive';
	/** Bytes received (`fetch`), bytes read (`parse`) or events to lay out (`receive`). */
	loaded: number;
	/** Of how many, when known. */
	total: number | null;
}

/** A dataset given by URL: loading, loaded and valid, or refused with every reason, one per line. */
export type RemoteDataset =
	| { state: 'loading'; src: string; progress?: LoadProgress }
	| { state: 'ok'; src: string; dataset: Dataset }
	| { state: 'refused'; src: string; reason: RefusalReason; error: string };

/**
 * What the worker posts back: progress; the bytes it read, when it was handed the answer's body
 * rather than the bytes; then its verdict on the bytes, which the page reads itself
 * (`readAhead.ts`): accepted, or refused with the reasons.
 */
export type WorkerAnswer =
	| { type: 'progress'; progress: LoadProgress }
	| { type: 'bytes'; bytes: Uint8Array }
	| { type: 'accepted' }
	| { type: 'refused'; result: Extract<RemoteDataset, { state: 'refused' }> };
