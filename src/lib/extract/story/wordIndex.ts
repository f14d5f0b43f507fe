/**
 * How alike two sentences' words are, weighing each word by how rare it is among the story's
 * quotes: in a story about an oil spill "oil" and "spill" tell nothing apart, "cap" and "sank"
 * do. The weights are learned from the story being built, so the rule holds for any story.
 */

/** Bags a story is taken to have, beyond its own, none of them holding the word weighed. */
const PRIOR = 10;

/** The words of a story's quotes, with the number of quotes each word appears in. */
export class WordIndex {
	/** In how many bags (quotes) each word is. */
	#counts = new Map<string, number>();
	/** How many bags were added. */
	#bags = 0;
	/** Bags waiting to be counted (see `settle`). */
	#pending: Set<string>[] = [];
	/** Weights and norms under the present counts, remembered until they change. */
	#weights = new Map<string, number>();
	#norms = new WeakMap<Set<string>, number>();
	/** How many bags there were when the remembered weights were worked out. */
	#weighedAt = 0;

	/** Counts a new bag of words (a quote's), from the next `settle` on. */
	add(words: Set<string>): void {
		this.#pending.push(words);
	}

	/**
	 * Counts the bags added since the last call. Weights hold still between calls, so that an
	 * article is compared with the story under one set of weights, whatever order its own
	 * mentions come in, and weights need not be recomputed at every quote.
	 */
	settle(): void {
		if (!this.#pending.length) return;
		for (const bag of this.#pending) {
			this.#bags++;
			for (const word of bag) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
		}
		this.#pending = [];
		// Rarity changes slowly as a story grows: weights are worked out again once the story
		// has a tenth more quotes than when they last were, not at every article.
		if (this.#bags >= this.#weighedAt * 1.1) {
			this.#weighedAt = this.#bags;
			this.#weights.clear();
			this.#norms = new WeakMap();
		}
	}

	/**
	 * How telling a word is: the log of how many bags there are per bag holding it (inverse
	 * document frequency), smoothed as if the story had `PRIOR` more bags without the word, so
	 * that a story of one or two articles, whose every word is "common", still weighs the words
	 * two tellings share above those one alone has.
	 */
	weight(word: string): number {
		let weight = this.#weights.get(word);
		if (weight === undefined) {
			const ratio = (this.#weighedAt + PRIOR) / ((this.#counts.get(word) ?? 0) + 1);
			// Counted since the weights were worked out, a word may outnumber them: it tells nothing.
			weight = Math.max(0, Math.log(ratio));
			this.#weights.set(word, weight);
		}
		return weight;
	}

	/**
	 * The cosine of two bags, each word weighted by `weight`: 1 for the same words, 0 for none
	 * shared. Symmetric, and independent of how long either bag is.
	 *
	 * @example
	 * index.similarity(new Set(['rig', 'sank']), new Set(['rig', 'sank', 'gulf'])); // about 0.8
	 */
	similarity(a: Set<string>, b: Set<string>): number {
		if (!a.size || !b.size) return 0;
		const [small, large] = a.size <= b.size ? [a, b] : [b, a];
		let shared = 0;
		for (const word of small) if (large.has(word)) shared += this.weight(word) ** 2;
		if (!shared) return 0;
		return shared / Math.sqrt(this.#norm(a) * this.#norm(b));
	}

	#norm(bag: Set<string>): number {
		let sum = this.#norms.get(bag);
		if (sum === undefined) {
			sum = 0;
			for (const word of bag) sum += this.weight(word) ** 2;
			this.#norms.set(bag, sum);
		}
		return sum;
	}
}
