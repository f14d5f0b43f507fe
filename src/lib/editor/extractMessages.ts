/** The messages between the editor page and its extraction worker. */
import type { ArticleInput } from '$lib/data/importers';
import type { Dataset } from '$lib/data/schema';

export type ExtractRequest =
	| { type: 'find-published'; id: number; text: string }
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
	| { type: 'progress'; id: number; fraction: number }
	| { type: 'dataset'; id: number; dataset: Dataset }
	| { type: 'error'; id: number; message: string };
