/**
 * Undo and redo as an immutable value: the present dataset, the states before it and the
 * states undone after it, each labelled with the change that led there ("Retitle", "Merge").
 *
 * Like d3-zoom's ZoomTransform, every operation returns a new value and leaves its input as is,
 * so the page keeps one `$state.raw` history and persistence stores it whole.
 */

/** One state and the change that produced it. */
export interface Entry<T> {
	value: T;
	/** What the change was, for the Undo and Redo buttons ("Undo retitle"). */
	label: string;
}

export interface History<T> {
	past: Entry<T>[];
	present: Entry<T>;
	future: Entry<T>[];
}

/** How many past states are kept: enough for a long session, bounded for storage. */
export const HISTORY_LIMIT = 100;

/** A history whose present is `value`, with nothing to undo. */
export function start<T>(value: T, label = 'Start'): History<T> {
	return { past: [], present: { value, label }, future: [] };
}

/**
 * Records a change: `value` becomes the present, the old present can be undone, and whatever was
 * undone before can no longer be redone.
 *
 * @example
 * const h = record(start(a), b, 'Retitle'); // h.present.value === b; undo(h).present.value === a
 */
export function record<T>(history: History<T>, value: T, label: string): History<T> {
	return {
		past: [...history.past, history.present].slice(-HISTORY_LIMIT),
		present: { value, label },
		future: []
	};
}

/** Steps back one change; the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
	const previous = history.past.at(-1);
	if (!previous) return history;
	return {
		past: history.past.slice(0, -1),
		present: previous,
		future: [history.present, ...history.future]
	};
}

/** Steps forward one undone change; the same history when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
	const next = history.future[0];
	if (!next) return history;
	return {
		past: [...history.past, history.present],
		present: next,
		future: history.future.slice(1)
	};
}

/** The label of the change Undo would revert, or null. */
export function undoLabel<T>(history: History<T>): string | null {
	return history.past.length ? history.present.label : null;
}

/** The label of the change Redo would reapply, or null. */
export function redoLabel<T>(history: History<T>): string | null {
	return history.future[0]?.label ?? null;
}
