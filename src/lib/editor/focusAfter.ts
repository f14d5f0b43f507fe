/**
 * Where the focus goes after a change to the draft's events, so that it is never left on the
 * page's body when the control that had it goes away (WAI-ARIA Authoring Practices: a removed
 * item hands the focus to its neighbour). Pure: the page finds the elements and focuses them.
 */

/** Where the focus was when the change was made: in an event's card, or on Undo or Redo. */
export type FocusOrigin = { card: string } | { button: 'undo' | 'redo' } | null;

/** Where the focus should go: an event's card (its heading), Undo or Redo; null to leave it. */
export type FocusTarget = { card: string } | { button: 'undo' | 'redo' } | null;

/**
 * The focus after a change, given the events' cards in the order listed before and after it,
 * where the focus was, and whether the change took the focused control away (`lost`):
 *
 * 1. a card the change brought back (an undone delete or merge) takes it, lost or not, so that
 *    the person is shown what returned;
 * 2. else, when the focus is still on a control, it stays there;
 * 3. a card that is gone hands it to the card that followed it, else the one before it, else
 *    (no card left) to Undo, which can bring it back;
 * 4. a card still there (its merge form closed) takes it back on its heading;
 * 5. Undo or Redo, disabled by the step it took, hands it to the other, which that step enabled.
 *
 * @example
 * focusAfter(['a', 'b', 'c'], ['a', 'c'], { card: 'b' }, true); // { card: 'c' }
 * focusAfter(['a'], [], { card: 'a' }, true); // { button: 'undo' }
 * focusAfter(['a', 'c'], ['a', 'b', 'c'], { button: 'undo' }, false); // { card: 'b' }
 */
export function focusAfter(
	before: readonly string[],
	after: readonly string[],
	from: FocusOrigin,
	lost: boolean
): FocusTarget {
	const had = new Set(before);
	const back = after.find((id) => !had.has(id));
	if (back !== undefined) return { card: back };
	if (!lost || !from) return null;
	if ('button' in from) return { button: from.button === 'undo' ? 'redo' : 'undo' };
	const still = new Set(after);
	if (still.has(from.card)) return from;
	const at = before.indexOf(from.card);
	const next = before.slice(at + 1).find((id) => still.has(id));
	const previous = before
		.slice(0, Math.max(at, 0))
		.reverse()
		.find((id) => still.has(id));
	const neighbour = next ?? previous;
	return neighbour === undefined ? { button: 'undo' } : { card: neighbour };
}
