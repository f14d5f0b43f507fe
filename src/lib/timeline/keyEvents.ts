/**
 * The story's key events, by the `importance` its events carry (issue 12): what the "Key events"
 * switch keeps, what the first view frames, and the order of the list sorted by importance.
 *
 * The rule holds for any story, whatever its size or its scores' scale (importance compares the
 * events of one story only):
 *
 * 1. only events with an importance can be key (a hand-made event without one never is);
 * 2. a story of `n` events has `keyCount(n)` key events: twice the square root of `n`, rounded up,
 *    and never more than half of them (1 of 2, 2 of 4, 5 of 10, 13 of 40, 40 of 400), so the
 *    switch always leaves something out, and a longer story has more key events, but fewer in
 *    proportion;
 * 3. the events scoring highest are key; events tied with the last one taken are all key too
 *    (which of two equals is "key" would otherwise be chance), unless the tie would make the set
 *    more than half again as large, or take in every event (the switch would then change
 *    nothing: five events scored 8, 8, 3.5, 3.5, 3.5): then only those scoring above the tie
 *    are, or, when none do (every score equal), the earliest ones.
 */

/** What the rule reads of an event. */
export interface Ranked {
	importance?: number;
}

/** Whether any event carries an importance (a dataset without any gets none of this). */
export function hasImportance(events: readonly Ranked[]): boolean {
	return events.some((e) => e.importance !== undefined);
}

/**
 * How many of a story's `n` events are key: ⌈2√n⌉, at most ⌈n/2⌉.
 *
 * @example
 * keyCount(40); // 13
 */
export function keyCount(n: number): number {
	if (n <= 0) return 0;
	return Math.min(Math.ceil(2 * Math.sqrt(n)), Math.ceil(n / 2));
}

/** Positions of the events that have an importance, highest first, equal scores in order. */
function ranked(events: readonly Ranked[]): number[] {
	const scored: number[] = [];
	for (let i = 0; i < events.length; i++) if (events[i].importance !== undefined) scored.push(i);
	return scored.sort((a, b) => events[b].importance! - events[a].importance! || a - b);
}

/**
 * The positions of the key events among `events` (see the module's rule), in ascending order.
 * `events` should be in reading order, so that a tie broken by time keeps the earliest.
 *
 * @example
 * keyEvents([{ importance: 1 }, { importance: 9 }, { importance: 2 }, {}]); // [1, 2]
 */
export function keyEvents(events: readonly Ranked[]): number[] {
	const order = ranked(events);
	const k = Math.min(keyCount(events.length), order.length);
	if (k === 0) return [];
	const cut = events[order[k - 1]].importance!;
	let end = k;
	while (end < order.length && events[order[end]].importance === cut) end++;
	if (end > Math.ceil(1.5 * k) || end === events.length) {
		let above = 0;
		while (events[order[above]].importance! > cut) above++;
		end = above > 0 ? above : k;
	}
	return order.slice(0, end).sort((a, b) => a - b);
}

/**
 * The events by importance, highest first (equal scores, and the events without one, last, in
 * their given order): the list's order when a reader sorts it by importance.
 *
 * @example
 * byImportance([{ importance: 1 }, {}, { importance: 3 }]); // [{ importance: 3 }, { importance: 1 }, {}]
 */
export function byImportance<T extends Ranked>(events: readonly T[]): T[] {
	const order = ranked(events);
	const seen = new Uint8Array(events.length);
	for (const i of order) seen[i] = 1;
	for (let i = 0; i < events.length; i++) if (!seen[i]) order.push(i);
	return order.map((i) => events[i]);
}

/**
 * The ids of the key events of a dataset's events (`keyEvents`), which must be given in reading
 * order (`chronologicalOrder`); empty when none carries an importance.
 *
 * @example
 * keyIds(chronologicalOrder(dataset.events)).has('soleimani-strike');
 */
export function keyIds(events: readonly (Ranked & { id: string })[]): Set<string> {
	return new Set(keyEvents(events).map((i) => events[i].id));
}
