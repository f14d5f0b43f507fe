/**
 * The shape a draft is stored in (IndexedDB), versioned, and the migrations that bring a draft
 * stored by an older editor up to today's shape, so that a draft kept in a browser before an
 * upgrade still opens after it. Pure: no IndexedDB here (see `draftStore.ts`).
 *
 * A new version adds a type, a step in `MIGRATIONS` from the one before, and a spec that reads a
 * record exactly as the older editor wrote it.
 */
import type { Dataset } from '$lib/data/schema';
import type { Tombstone } from '$lib/extract/story/storyDraft';
import type { Published } from '$lib/publish/client';
import type { Entry, History } from './history';

/** What the session keeps of a draft: everything needed to carry on where the person left off. */
export interface Draft {
	/** The undo history of the draft dataset; its present is the draft. */
	history: History<Dataset>;
	/** The draft's articles in the order they joined it (see `Article`). */
	articles: Article[];
	/** What an import could not carry over, still worth showing. */
	notices: string[];
	/**
	 * Happenings the editor deleted, merged or redated, so that an article added later that
	 * tells them again follows the editor (see `Tombstone`).
	 */
	tombstones: Tombstone[];
	/** When it was last saved (ISO 8601, UTC). */
	savedAt: string;
	/** The published timeline the draft updates (issue 13); none when never published. */
	published?: DraftPublished | null;
}

/**
 * The timeline a draft was published as (or opened from): publishing it again updates it, from
 * `version`. Optional in the stored record (drafts stored before publishing have none), so it
 * needs no new version of the format.
 */
export interface DraftPublished extends Published {
	/** `fingerprint` of the dataset as published, to tell whether the draft changed since. */
	digest: string;
}

/**
 * One article of the draft: a source of the dataset (its text, byte-exact, and its details live
 * there), and where it came from, which the dataset does not say.
 */
export interface Article {
	/** The id of its source in the dataset. */
	source: string;
	/** The file it was read from, or "pasted text"; empty when not known (older drafts). */
	name: string;
}

/** The text being pasted or chosen, not yet made into (or added to) the draft. */
export interface SavedInput {
	text: string;
	name: string;
}

/**
 * Version 3 (issue 12, running stories): version 2 and the happenings the editor set aside or
 * moved, which articles added later follow.
 */
export interface StoredDraftV3 extends Omit<StoredDraftV2, 'version'> {
	version: 3;
	tombstones: Tombstone[];
}

/** Version 2 (issue 12): the draft with its list of articles, each source text stored once. */
export interface StoredDraftV2 {
	version: 2;
	/** The history, each source's text replaced by `#<index in texts>` (see `pack`). */
	history: History<Dataset>;
	/** Every distinct source text of every state, once. */
	texts: string[];
	articles: Article[];
	notices: string[];
	savedAt: string;
	published?: DraftPublished | null;
}

/**
 * Version 1, as the editor stored it before the session module: one article, no list of
 * articles, and the texts packed only in later builds (`texts` absent: the history holds them).
 */
export interface StoredDraftV1 {
	version: 1;
	history: History<Dataset>;
	texts?: string[];
	notices: string[];
	savedAt: string;
}

/** Now, as a draft's `savedAt` says it (ISO 8601, UTC). */
export function timestamp(): string {
	return new Date().toISOString();
}

/** The version `toStored` writes. */
export const DRAFT_VERSION = 3;

/** Each step takes a record of its version to the next one. */
const MIGRATIONS: Record<number, (stored: never) => { version: number }> = {
	1: (stored: StoredDraftV1): StoredDraftV2 => {
		// Drafts saved before texts were packed hold each text in every state: pack them now.
		const packed = stored.texts
			? { history: stored.history, texts: stored.texts }
			: pack(stored.history);
		return {
			version: 2,
			...packed,
			// One article per source, from wherever it came: the name was not kept.
			articles: sourcesOf(stored.history.present.value).map((source) => ({ source, name: '' })),
			notices: stored.notices ?? [],
			savedAt: stored.savedAt ?? ''
		};
	},
	// Drafts stored before articles could be added: nothing was set aside yet.
	2: (stored: StoredDraftV2): StoredDraftV3 => ({ ...stored, version: 3, tombstones: [] })
};

/** The draft as it is stored (today's version). */
export function toStored(draft: Draft): StoredDraftV3 {
	const { history, texts } = pack(draft.history);
	return {
		version: DRAFT_VERSION,
		history,
		texts,
		articles: draft.articles.map((a) => ({ ...a })),
		notices: [...draft.notices],
		tombstones: draft.tombstones.map((t) => ({ ...t, quotes: t.quotes.map((q) => ({ ...q })) })),
		savedAt: draft.savedAt,
		...(draft.published ? { published: { ...draft.published } } : {})
	};
}

/**
 * The draft a stored record holds, whatever version of the editor stored it; null when the record
 * is not a draft (nothing stored, or something this editor does not know, such as a draft stored
 * by a newer version, which is left as it is).
 *
 * @example
 * fromStored({ version: 1, history, notices: [], savedAt }); // { history, articles: [...], ... }
 */
export function fromStored(stored: unknown): Draft | null {
	const first = stored as { version?: unknown; history?: Partial<History<Dataset>> } | null;
	// Every version holds a history with its present: anything else is not a draft.
	if (!first || typeof first.version !== 'number' || !first.history?.present) return null;
	let record = first as { version: number };
	while (record.version !== DRAFT_VERSION) {
		const step: ((stored: never) => { version: number }) | undefined = MIGRATIONS[record.version];
		if (!step) return null;
		record = step(record as never);
	}
	const current = record as StoredDraftV3;
	const history = unpack(current.history, current.texts);
	// Articles whose source is gone (undone, or older records) are kept: an undo can bring it back.
	const known = new Set(current.articles.map((a) => a.source));
	const articles = [
		...current.articles,
		...sourcesOf(history.present.value)
			.filter((source) => !known.has(source))
			.map((source) => ({ source, name: '' }))
	];
	return {
		history,
		articles,
		notices: current.notices,
		tombstones: current.tombstones ?? [],
		savedAt: current.savedAt,
		...(current.published ? { published: current.published } : {})
	};
}

function sourcesOf(dataset: Dataset): string[] {
	return dataset.sources.map((s) => s.id);
}

/**
 * The history with each source text stored once. Every state of a draft holds the whole article
 * (100 states of a 50,000-word article would be 30 MB to write after each change), but the text
 * never changes: the states keep an index into `texts` instead.
 *
 * @example
 * const { history: packed, texts } = pack(history); // unpack(packed, texts) equals history
 */
export function pack(history: History<Dataset>): { history: History<Dataset>; texts: string[] } {
	const index = new Map<string, number>();
	const texts: string[] = [];
	const packDataset = (dataset: Dataset): Dataset => ({
		...dataset,
		sources: dataset.sources.map((source) => {
			let i = index.get(source.text);
			if (i === undefined) {
				i = texts.push(source.text) - 1;
				index.set(source.text, i);
			}
			return { ...source, text: `#${i}` };
		})
	});
	return { history: mapHistory(history, packDataset), texts };
}

/** The history `pack` stored, with its source texts back in place. */
export function unpack(history: History<Dataset>, texts: string[]): History<Dataset> {
	if (!texts.length) return history;
	const unpackDataset = (dataset: Dataset): Dataset => ({
		...dataset,
		sources: dataset.sources.map((source) => ({
			...source,
			text: texts[Number(source.text.slice(1))] ?? ''
		}))
	});
	return mapHistory(history, unpackDataset);
}

/** The history with `map` applied to every state. */
function mapHistory(
	history: History<Dataset>,
	map: (dataset: Dataset) => Dataset
): History<Dataset> {
	const entry = (e: Entry<Dataset>): Entry<Dataset> => ({ label: e.label, value: map(e.value) });
	const present = entry(history.present);
	return { past: history.past.map(entry), present, future: history.future.map(entry) };
}
