/**
 * A map that forgets its least recently used entries past a count or a total size: the server's
 * in-memory copies of immutable things (a version's parsed dataset, a page rendered from it),
 * which are never stale, only evicted.
 */
export class Lru<V> {
	readonly #entries = new Map<string, V>();
	#size = 0;

	constructor(
		readonly maxEntries: number,
		readonly maxSize: number,
		readonly sizeOf: (value: V) => number
	) {}

	get(key: string): V | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			// Most recently used last, so the oldest go first.
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}
		return value;
	}

	set(key: string, value: V): void {
		const old = this.#entries.get(key);
		if (old !== undefined) {
			this.#entries.delete(key);
			this.#size -= this.sizeOf(old);
		}
		const size = this.sizeOf(value);
		// Something larger than the whole cache is not kept at all.
		if (size > this.maxSize) return;
		this.#entries.set(key, value);
		this.#size += size;
		for (const [oldest, evicted] of this.#entries) {
			if (this.#entries.size <= this.maxEntries && this.#size <= this.maxSize) break;
			this.#entries.delete(oldest);
			this.#size -= this.sizeOf(evicted);
		}
	}

	get size(): number {
		return this.#entries.size;
	}
}
