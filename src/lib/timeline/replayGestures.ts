/**
 * Plays again the gestures held while the gestures' code was loading (`heldGestures.ts`): each
 * event dispatched anew, in order, as an event of the same kind and coordinates, to whatever is
 * under its point now. Loaded with the gestures (`zoom.svelte.ts` re-exports it).
 */

/** Dispatches a copy of each held event, in order, to what is under its point now. */
export function replayGestures(held: Event[], node: HTMLElement) {
	for (const event of held) replay(event, node);
}

/** Dispatches a copy of `event` to what is under its point now (else its first target). */
function replay(event: Event, node: HTMLElement) {
	const copy = copyOf(event);
	if (!copy) return;
	Object.defineProperty(copy, 'replayed', { value: true });
	const point =
		'clientX' in event
			? (event as MouseEvent)
			: ((event as TouchEvent).changedTouches[0] ?? (event as TouchEvent).touches[0]);
	const under = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
	const target = under && node.contains(under) ? under : (event.target as Element | null);
	(target ?? node).dispatchEvent(copy);
}

function copyOf(event: Event): Event | null {
	// An event is a dictionary of its own init fields: coordinates, buttons, keys, deltas, view.
	if (event instanceof WheelEvent) return new WheelEvent(event.type, event);
	if (event instanceof MouseEvent) return new MouseEvent(event.type, event);
	if (typeof TouchEvent === 'function' && event instanceof TouchEvent)
		return new TouchEvent(event.type, {
			bubbles: true,
			cancelable: true,
			composed: true,
			view: window,
			ctrlKey: event.ctrlKey,
			metaKey: event.metaKey,
			shiftKey: event.shiftKey,
			altKey: event.altKey,
			touches: [...event.touches],
			targetTouches: [...event.targetTouches],
			changedTouches: [...event.changedTouches]
		});
	return null;
}
