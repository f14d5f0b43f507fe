/**
 * Showing a refusal where the person can see it: the control it is about and the message under
 * it are brought into view together, and the control takes the focus. Browser-only.
 */

/** Room left at the top of the window for the editor's sticky toolbar, in pixels. */
const STICKY = 96;

/**
 * Gives `control` the focus (without the browser's own jump) and, when it or `message` is out of
 * view or under the sticky toolbar, scrolls so that the message sits mid-window with its control
 * just above it.
 *
 * @example
 * reveal(document.getElementById('find-words'), document.getElementById('find-words-error'));
 */
export function reveal(
	control: HTMLElement | null | undefined,
	message: HTMLElement | null | undefined
): void {
	control?.focus({ preventScroll: true });
	const boxes = [control, message]
		.filter((el): el is HTMLElement => !!el)
		.map((el) => el.getBoundingClientRect());
	if (!boxes.length) return;
	const top = Math.min(...boxes.map((b) => b.top));
	const bottom = Math.max(...boxes.map((b) => b.bottom));
	if (top >= STICKY && bottom <= window.innerHeight) return;
	const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
	window.scrollBy({
		top: (top + bottom) / 2 - (window.innerHeight + STICKY) / 2,
		behavior: reduce ? 'auto' : 'instant'
	});
}
