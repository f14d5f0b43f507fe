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
