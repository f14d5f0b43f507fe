/**
 * Keeps the first gesture of a reader who reaches for the timeline before its gesture code has
 * loaded (it loads on that first touch or pointer, not with the page: `Timeline.svelte`), and
 * plays it again once the code is there, so no wheel, drag, pinch or double-click is lost.
 *
 * While loading, the events that start or end a gesture (wheel, mouse down and up, double-click,
 * touches starting, moving and ending) are recorded; a zooming or sideways wheel is kept from the
 * page meanwhile (it would zoom or scroll the page instead). When `ready` resolves, each is
 * dispatched again, in order, as an event of the same kind and coordinates, to whatever is now
 * under its point (the brush's overlay, say, which did not exist before; `replayGestures`, which
 * comes with the gestures' code). A drag's moves after that go straight to d3-zoom, which follows
 * the pointer from where it went down.
 */

const MOUSE = ['mousedown', 'mouseup', 'dblclick'] as const;
const TOUCH = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;

/**
 * Holds the gestures starting on `node` until `ready` resolves, then replays them (after `settle`,
 * which lets the loaded code attach itself). `first` is the event that set the loading off, if it
 * is part of a gesture (it is being dispatched as this starts, so it is recorded here). Returns a
 * function that stops holding.
 *
 * @example
 * holdGestures(root, import('./zoom.svelte'), () => tick(), event);
 */
export function holdGestures(
	node: HTMLElement,
	ready: Promise<{ replayGestures: (held: Event[], node: HTMLElement) => void }>,
	settle: () => Promise<unknown> = () => Promise.resolve(),
	first?: Event
): () => void {
	const held: Event[] = [];
	let holding = true;
	let pressed = false;
	const record = (event: Event) => {
		if (!holding || (event as { replayed?: boolean }).replayed) return;
		// Only the button that went down on the timeline is followed up (wherever it is let go).
		if (event.type === 'mousedown') pressed = true;
		if (event.type === 'mouseup' && !pressed) return;
		held.push(event);
		if (event.type === 'wheel') {
			const wheel = event as WheelEvent;
			if (wheel.ctrlKey || wheel.metaKey || Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY))
				event.preventDefault();
		}
	};
	if (
		first &&
		(first.type === 'wheel' ||
			MOUSE.includes(first.type as never) ||
			TOUCH.includes(first.type as never))
	)
		record(first);
	node.addEventListener('wheel', record, { capture: true, passive: false });
	for (const type of [...MOUSE, ...TOUCH])
		if (type !== 'mouseup') node.addEventListener(type, record, { capture: true, passive: true });
	// A button let go outside the timeline ends the drag all the same.
	window.addEventListener('mouseup', record, { capture: true, passive: true });
	const stop = () => {
		holding = false;
		node.removeEventListener('wheel', record, { capture: true });
		for (const type of [...MOUSE, ...TOUCH])
			node.removeEventListener(type, record, { capture: true });
		window.removeEventListener('mouseup', record, { capture: true });
	};
	ready
		.then(async ({ replayGestures }) => {
			stop();
			await settle();
			replayGestures(held.splice(0), node);
		})
		.catch(stop);
	return () => {
		stop();
		held.length = 0;
	};
}
