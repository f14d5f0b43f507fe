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
	/** Squared weights and norms under the present counts, remembered until they change. */
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
		return Math.sqrt(this.#squared(word));
	}

	/** `weight(word)` squared, remembered: what cosines add up. */
	#squared(word: string): number {
		let squared = this.#weights.get(word);
		if (squared === undefined) {
			const ratio = (this.#weighedAt + PRIOR) / ((this.#counts.get(word) ?? 0) + 1);
			// Counted since the weights were worked out, a word may outnumber them: it tells nothing.
			squared = Math.max(0, Math.log(ratio)) ** 2;
			this.#weights.set(word, squared);
		}
		return squared;
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
		for (const word of small) if (large.has(word)) shared += this.#squared(word);
		if (!shared) return 0;
		return shared / Math.sqrt(this.#norm(a) * this.#norm(b));
	}

	/**
	 * For each bag, its mean `similarity` with the others, in time linear in their words rather
	 * than in pairs of bags (a happening a story tells four hundred times): each bag's cosine sum
	 * is its dot product with the sum of the others' unit vectors.
	 *
	 * @example
	 * index.meanSimilarities([a, b, c]); // [mean of sim(a,b), sim(a,c); …]
	 */
	meanSimilarities(bags: Set<string>[]): number[] {
		if (bags.length < 2) return bags.map(() => 0);
		const lengths = bags.map((bag) => Math.sqrt(this.#norm(bag)));
		// The sum of every bag's unit vector, word by word.
		const sum = new Map<string, number>();
		bags.forEach((bag, i) => {
			if (!lengths[i]) return;
			for (const word of bag)
				sum.set(word, (sum.get(word) ?? 0) + Math.sqrt(this.#squared(word)) / lengths[i]);
		});
		return bags.map((bag, i) => {
			const length = lengths[i];
			if (!length) return 0;
			let dot = 0;
			for (const word of bag) {
				const weight = Math.sqrt(this.#squared(word));
				// The others' share: the sum less this bag's own unit vector.
				dot += weight * ((sum.get(word) ?? 0) - weight / length);
			}
			return Math.max(0, dot / length / (bags.length - 1));
		});
	}

	#norm(bag: Set<string>): number {
		let sum = this.#norms.get(bag);
		if (sum === undefined) {
			sum = 0;
			for (const word of bag) sum += this.#squared(word);
			this.#norms.set(bag, sum);
		}
		return sum;
	}
}
