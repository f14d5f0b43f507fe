/** The messages between the editor page and its extraction worker. */
import type { ArticleInput } from '$lib/data/importers';
import type { Dataset } from '$lib/data/schema';
import type { Tombstone } from '$lib/extract/story/storyDraft';

/** Articles to add to a draft, each with the name it came by (a file's, or "pasted text"). */
export interface StoryRequest {
	type: 'story';
	id: number;
	story: Dataset;
	articles: { article: ArticleInput; name: string }[];
	/** The publication date of an article that states none (ISO 8601), or null. */
	fallback: string | null;
	tombstones: Tombstone[];
	entities: boolean;
}

/** What adding articles did (see `FoldReport`), for the journalist. */
export interface StoryResult {
	dataset: Dataset;
	/** The ids of the sources added. */
	added: string[];
	/** Articles that added nothing, by title, with why. */
	skipped: { name: string; reason: string }[];
	created: number;
	joined: number;
}

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
	  }
	| StoryRequest;

export type ExtractResponse =
	| { type: 'published'; id: number; found: { value: string; start: number; end: number } | null }
	| { type: 'published-read'; id: number; value: string }
	/** A typed publication date refused, with the reason to show beside its field. */
	| { type: 'refused'; id: number; message: string }
	| { type: 'progress'; id: number; fraction: number }
	| { type: 'dataset'; id: number; dataset: Dataset }
	| ({ type: 'story'; id: number } & StoryResult)
	| { type: 'error'; id: number; message: string };
