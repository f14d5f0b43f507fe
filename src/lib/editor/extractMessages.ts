/** The messages between the editor page and its extraction worker. */
import type { ArticleInput } from '$lib/data/importers';
import type { Dataset } from '$lib/data/schema';

export type ExtractRequest =
	| { type: 'find-published'; id: number; text: string }
	/** A publication date as typed, to read as ISO 8601 (`readPublishedDate`). */
	| { type: 'read-published'; id: number; typed: string }
	| {
			type: 'extract';
			id: number;
			article: ArticleInput;
			published: string;
			/** Look for people, places and organisations (slow on very long texts). */
			entities: boolean;
	  };

export type ExtractResponse =
	| { type: 'published'; id: number; found: { value: string; start: number; end: number } | null }
	| { type: 'published-read'; id: number; value: string }
	/** A typed publication date refused, with the reason to show beside its field. */
	| { type: 'refused'; id: number; message: string }
	| { type: 'progress'; id: number; fraction: number }
	| { type: 'dataset'; id: number; dataset: Dataset }
	| { type: 'error'; id: number; message: string };
