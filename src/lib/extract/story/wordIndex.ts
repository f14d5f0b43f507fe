/**
 * How alike two sentences' words are, weighing each word by how rare it is among the story's
 * quotes: in a story about an oil spill "oil" and "spill" tell nothing apart, "cap" and "sank"
 * do. The weights are learned from the story being built, so the rule holds for any story.
 */

/** The words of a story's quotes, with the number of quotes each word appears in. */
export class WordIndex {
	/** In how many bags (quotes) each word is. */
	#counts = new Map<string, number>();
	/** How many bags were added. */
	#bags = 0;

	/** Counts a new bag of words (a quote's). */
	add(words: Iterable<string>): void {
		this.#bags++;
		for (const word of words) this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1);
	}

	/**
	 * How telling a word is: the log of how many bags there are per bag holding it (inverse
	 * document frequency, smoothed so that a word every bag holds still weighs a little).
	 */
	weight(word: string): number {
		return Math.log((this.#bags + 1) / ((this.#counts.get(word) ?? 0) + 0.5));
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
		let sum = 0;
		for (const word of bag) sum += this.weight(word) ** 2;
		return sum;
	}
}
