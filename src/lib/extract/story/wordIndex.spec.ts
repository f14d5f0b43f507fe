import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordIndex } from './wordIndex';

const bag = (...words: string[]) => new Set(words);

describe('WordIndex', () => {
	it('weighs a word rarer among the story’s quotes more', () => {
		const index = new WordIndex();
		for (let i = 0; i < 20; i++) index.add(bag('oil', 'spill', `w${i}`));
		index.add(bag('oil', 'cap'));
		index.settle();
		expect(index.weight('cap')).toBeGreaterThan(index.weight('oil'));
		expect(index.weight('never-seen')).toBeGreaterThan(index.weight('cap'));
	});

	it('finds two tellings sharing their rare words alike, and two sharing only the story’s common words not', () => {
		const index = new WordIndex();
		for (let i = 0; i < 30; i++) index.add(bag('oil', 'spill', 'gulf', `w${i}`));
		index.settle();
		const cap = index.similarity(
			bag('oil', 'cap', 'install'),
			bag('oil', 'gulf', 'cap', 'install')
		);
		const common = index.similarity(bag('oil', 'spill', 'hearing'), bag('oil', 'spill', 'cap'));
		expect(cap).toBeGreaterThan(0.7);
		expect(common).toBeLessThan(0.3);
	});

	it('is 1 for the same words, 0 for none shared, and the same both ways', () => {
		const index = new WordIndex();
		index.add(bag('a', 'b'));
		index.settle();
		expect(index.similarity(bag('a', 'b'), bag('a', 'b'))).toBeCloseTo(1);
		expect(index.similarity(bag('a'), bag('b'))).toBe(0);
		expect(index.similarity(bag('a', 'c'), bag('a', 'b', 'd'))).toBe(
			index.similarity(bag('a', 'b', 'd'), bag('a', 'c'))
		);
		expect(index.similarity(bag(), bag('a'))).toBe(0);
	});

	it('counts added words only once settled, so that an article is weighed against the story as it was', () => {
		const index = new WordIndex();
		index.add(bag('cap'));
		expect(index.weight('cap')).toBe(index.weight('other'));
		index.settle();
		expect(index.weight('cap')).toBeLessThan(index.weight('other'));
	});

	it('gives each bag its mean similarity with the others, as comparing every pair would', () => {
		fc.assert(
			fc.property(
				fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 5 }), {
					minLength: 2,
					maxLength: 8
				}),
				(lists) => {
					const index = new WordIndex();
					for (const list of lists) index.add(new Set(list));
					index.add(bag('a', 'b', 'z'));
					index.settle();
					const bags = lists.map((list) => new Set(list));
					const means = index.meanSimilarities(bags);
					bags.forEach((a, i) => {
						let sum = 0;
						for (const b of bags) if (b !== a) sum += index.similarity(a, b);
						expect(means[i]).toBeCloseTo(sum / (bags.length - 1), 9);
					});
				}
			)
		);
		expect(new WordIndex().meanSimilarities([bag('a')])).toEqual([0]);
	});
});
