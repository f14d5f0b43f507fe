/**
 * Where to scroll the page when an event's detail panel opens, or shows another event: pure
 * arithmetic on boxes measured in the viewport, so it runs (and is tested) without a DOM.
 */

/** The vertical extent of a box, in viewport pixels (as `getBoundingClientRect` gives it). */
export interface Extent {
	top: number;
	bottom: number;
}

/** The boxes `revealScroll` weighs. */
export interface RevealBoxes {
	/** The whole panel. */
	panel: Extent;
	/** The panel's head (its step buttons, date and title): always brought entirely into view. */
	head: Extent;
	/**
	 * What the scroll should not push off the top of the window while it is in view: the
	 * timeline, so a reader who opens an event still sees where it sits. Default: nothing.
	 */
	keep?: Extent | null;
	/** The window's height. */
	viewport: number;
	/** Room left between a revealed edge and the window's edge. Default 8. */
	margin?: number;
}

/**
 * The distance to scroll the page (positive: down) to reveal the panel.
 *
 * As much of the panel as fits, scrolling as little as possible (as `block: 'nearest'` does, but
 * with its top first when it is taller than the window, or above it); then no further than keeps
 * `keep` in view, if it is; and always far enough, and no further, that the head is whole in view.
 * On a phone that leaves the timeline on screen with the panel's head under it, instead of
 * scrolling the timeline away to show a panel taller than the screen.
 *
 * @example
 * // A panel below the fold of an 800 px window, under a timeline whose top is at 230 px:
 * revealScroll({ panel: { top: 620, bottom: 1120 }, head: { top: 620, bottom: 740 },
 *   keep: { top: 230, bottom: 530 }, viewport: 800 }); // 222: the timeline's top stays in view
 */
export function revealScroll({
	panel,
	head,
	keep = null,
	viewport,
	margin = 8
}: RevealBoxes): number {
	const tall = panel.bottom - panel.top > viewport - 2 * margin;
	let delta = 0;
	if (panel.top < margin || (tall && panel.top > margin)) delta = panel.top - margin;
	else if (panel.bottom > viewport - margin) delta = panel.bottom - viewport + margin;
	if (keep && delta > 0 && keep.top >= 0 && keep.top < viewport) {
		delta = Math.min(delta, Math.max(0, keep.top - margin));
	}
	// The head, whole: its bottom above the window's bottom and (first) its top below the top.
	delta = Math.max(delta, head.bottom - viewport + margin);
	delta = Math.min(delta, head.top - margin);
	return Math.round(delta);
}

/** An event's extent in time, in UTC ms: a point (a day's mark) has `start === end`. */
export interface TimeSpan {
	start: number;
	end: number;
}

/** How `revealWindow` measures the view. */
export interface RevealOptions {
	/** The view's width in pixels. */
	width: number;
	/** Room kept free inside each edge, as a share of the width. Default 0.08. */
	margin?: number;
	/**
	 * Pixels covered at each edge (the counts of events beyond it): the span is kept clear of
	 * them as well. Default none.
	 */
	insets?: { left: number; right: number };
}

/**
 * The window to move the view to so that `span` is in it, or null when it already is: inside the
 * view, clear of the margins and insets at its edges. The window keeps the view's length (a pan,
 * the span in the middle of the free part) unless the span cannot fit in it; then it is zoomed
 * out just enough that it does. Used for every way of opening or focusing an event (a click, the
 * arrow keys, Previous/Next, the list of events, a link with its id, Back and Forward), so the
 * view follows the reader the same way each time.
 *
 * @example
 * revealWindow({ start: 50, end: 50 }, [0, 100], { width: 1000 }); // null: in view
 * revealWindow({ start: 250, end: 250 }, [0, 100], { width: 1000 }); // [200, 300]: panned
 * revealWindow({ start: 0, end: 200 }, [0, 100], { width: 1000 }); // [-19.04…, 219.04…]: zoomed out
 */
export function revealWindow(
	span: TimeSpan,
	[from, to]: [number, number],
	{ width, margin = 0.08, insets = { left: 0, right: 0 } }: RevealOptions
): [number, number] | null {
	const length = to - from;
	if (!(length > 0) || !(width > 0)) return null;
	// The free part of the view, in pixels: a margin inside each edge, wider where a count sits.
	const left = Math.max(margin * width, insets.left + 4);
	const right = Math.max(margin * width, insets.right + 4);
	const free = Math.max(width - left - right, width * 0.2);
	const perPixel = length / width;
	if (span.start >= from + left * perPixel && span.end <= to - right * perPixel) return null;
	// The length that holds the span in the free part: the view's own when it fits (a pan).
	const needed = ((span.end - span.start) * width) / free;
	const next = Math.max(length, needed);
	const middle = (span.start + span.end) / 2;
	// The span's middle at the free part's middle.
	const start = middle - ((left + free / 2) * next) / width;
	return [start, start + next];
}
