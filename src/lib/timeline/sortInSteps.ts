/**
 * A stable sort taken in steps, so that a page can order 100,000 items between other work
 * without holding its main thread for the whole sort (issue 15: ordering 160,000 events at once
 * took a third of a second, and a second on a loaded machine). Pure.
 */

/**
 * Sorts `items` into a new array in the order `Array.prototype.sort` gives (stable: items that
 * compare equal keep their order), yielding between steps: runs of `size` items are each sorted
 * in a step, then neighbouring runs are merged, `size` items a step, the earlier run's item first
 * on a tie. Returns the sorted array.
 *
 * @example
 * const steps = sortInSteps(events, readingOrder);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // or one step per task
 * step.value; // the events in order
 */
export function* sortInSteps<T>(
	items: readonly T[],
	compare: (a: T, b: T) => number,
	size = 4096
): Generator<void, T[], void> {
	let runs: T[][] = [];
	for (let i = 0; i < items.length; i += size) {
		runs.push(items.slice(i, i + size).sort(compare));
		yield;
	}
	while (runs.length > 1) {
		const merged: T[][] = [];
		for (let r = 0; r < runs.length; r += 2) {
			const a = runs[r];
			const b = runs[r + 1];
			if (!b) {
				merged.push(a);
				continue;
			}
			const out = new Array<T>(a.length + b.length);
			let i = 0;
			let j = 0;
			let k = 0;
			while (k < out.length) {
				const stop = Math.min(k + size, out.length);
				while (k < stop)
					out[k++] = j >= b.length || (i < a.length && compare(a[i], b[j]) <= 0) ? a[i++] : b[j++];
				yield;
			}
			merged.push(out);
		}
		runs = merged;
	}
	return runs[0] ?? [];
}
