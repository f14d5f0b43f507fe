/**
 * What readers get of a timeline on the server: its latest version (the dataset, parsed once per
 * version and kept in memory) or the fact that it was withdrawn. Every read asks the database
 * which version is current (one indexed query), so every app server behind a load balancer
 * serves a new version from the moment it is committed; only the immutable bytes of a version
 * are cached.
 */
import type { Dataset } from '$lib/data/schema';
import { Lru } from './lru';
import type { Store } from './store';

export type Published =
	| {
			state: 'live';
			id: string;
			version: number;
			/** The dataset bytes' SHA-256: also the validator of everything rendered from them. */
			etag: string;
			publishedAt: string;
			json: string;
			/** `json` encoded as UTF-8. */
			bytes: Uint8Array<ArrayBuffer>;
			dataset: Dataset;
	  }
	| {
			state: 'withdrawn';
			id: string;
			version: number;
			/** Changes when the timeline is withdrawn again after a republish. */
			etag: string;
			at: string;
	  };

interface Cached {
	json: string;
	/** The same bytes, encoded once for every response. */
	bytes: Uint8Array<ArrayBuffer>;
	dataset: Dataset;
}

/** Versions kept parsed in memory; a version never changes, so an entry is never stale. */
const versions = new Lru<Cached>(64, 64 * 1024 * 1024, (entry) => entry.bytes.byteLength);

/**
 * The timeline `id` as readers get it now, or `null` if it was never published.
 *
 * @example
 * const p = await published(store, 'iraq-coalition-exit');
 * if (p?.state === 'live') return new Response(p.json);
 */
export async function published(store: Store, id: string): Promise<Published | null> {
	const timeline = await store.timeline(id);
	if (!timeline) return null;
	const { latest } = timeline;
	if (timeline.withdrawn) {
		const at = timeline.withdrawn.at;
		return {
			state: 'withdrawn',
			id,
			version: latest.version,
			etag: `withdrawn-${latest.version}-${Date.parse(at).toString(36)}`,
			at
		};
	}
	const key = `${id}\u0000${latest.etag}`;
	let entry = versions.get(key);
	if (!entry) {
		const json = await store.datasetJson(id, latest.version);
		if (json === undefined) return null;
		entry = { json, bytes: new TextEncoder().encode(json), dataset: JSON.parse(json) as Dataset };
		versions.set(key, entry);
	}
	return {
		state: 'live',
		id,
		version: latest.version,
		etag: latest.etag,
		publishedAt: latest.publishedAt,
		json: entry.json,
		bytes: entry.bytes,
		dataset: entry.dataset
	};
}
