import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInSteps } from './sortInSteps';

/** Every step taken: the sorted array, and how many steps it took. */
function finish<T>(steps: Generator<void, T[], void>): { sorted: T[]; steps: number } {
	let count = 0;
	for (let step = steps.next(); ; step = steps.next(), count++)
		if (step.done) return { sorted: step.value, steps: count };
}

describe('sortInSteps', () => {
	it('sorts as Array.prototype.sort does, keeping the order of items that compare equal', () => {
		// Items compared by key alone, told apart by their place: a tie out of order shows.
		const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 300 }),
				fc.integer({ min: 1, max: 40 }),
				(keys, size) => {
					const items = keys.map((key, i): [number, number] => [key, i]);
					const { sorted } = finish(sortInSteps(items, byKey, size));
					expect(sorted).toEqual([...items].sort(byKey));
				}
			)
		);
	});

	it('leaves the list it was given as it was, and returns a new one', () => {
		const items = [3, 1, 2];
		const { sorted } = finish(sortInSteps(items, (a, b) => a - b, 2));
		expect(sorted).toEqual([1, 2, 3]);
		expect(items).toEqual([3, 1, 2]);
	});

	it('bounds the work of each step: a run of `size` items sorted, or `size` items merged', () => {
		const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
		let compared = 0;
		const perStep: number[] = [];
		const steps = sortInSteps(items, (a, b) => (compared++, a - b), 100);
		for (let step = steps.next(); !step.done; step = steps.next()) {
			perStep.push(compared);
			compared = 0;
		}
		// Sorting 100 items compares at most 100 × log2(100) times; merging 100, 100 times.
		expect(perStep.length).toBeGreaterThanOrEqual(20);
		expect(Math.max(...perStep)).toBeLessThanOrEqual(100 * Math.log2(100));
		expect(finish(sortInSteps([], (a, b) => a - b)).sorted).toEqual([]);
	});
});
