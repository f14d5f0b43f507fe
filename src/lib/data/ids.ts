/**
 * Ids made unique by numbering: `base`, then `base-2`, `base-3`… A set of ids remembers the
 * numbers it has given out for each base, so that ten thousand events titled alike (a table of
 * one day's readings, a TimelineJS file of identical slides) are numbered in linear time rather
 * than each trying every number before its own.
 */

// Per set of ids: for each base, the next number to try (every lower one is taken).
const NEXT = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `base` if `taken` lacks it, else the first free `base-n` (n from 2); added to `taken`.
 *
 * @example
 * const taken = new Set(['vote']);
 * numbered('vote', taken); // 'vote-2'
 * numbered('vote', taken); // 'vote-3'
 */
export function numbered(base: string, taken: Set<string>): string {
	let id = base;
	if (taken.has(id)) {
		let next = NEXT.get(taken);
		if (!next) NEXT.set(taken, (next = new Map()));
		let n = next.get(base) ?? 2;
		while (taken.has(`${base}-${n}`)) n++;
		id = `${base}-${n}`;
		next.set(base, n + 1);
	}
	taken.add(id);
	return id;
}
