/**
 * The timeline's gestures: d3-zoom on the surface, with the policy that keeps a timeline inside
 * an article from trapping the page's scrolling.
 *
 * - Ctrl/Cmd + wheel (and a trackpad pinch, which Chromium sends as Ctrl + wheel) zooms about the
 *   pointer; a horizontal wheel or trackpad scroll (or Shift + wheel) pans; a plain vertical wheel
 *   is left to the page.
 * - Drag pans; double-click on empty time zooms in; the edge counts are clicked, never dragged.
 * - One finger: the first movement decides whether the reader scrolls the page (mostly vertical:
 *   d3-zoom never sees it, the browser scrolls) or pans time; two fingers pinch-zoom.
 * - The event under a finger is reported (`onhold`) until the fingers lift: touch events go to
 *   the element first touched, so it must stay in the DOM or the rest of the gesture is lost.
 *
 * d3-zoom keeps its own copy of the transform on the node; the view (`TimelineView`) is the one
 * state, a window of time: gestures write it through `view.set`, and whatever else moves the view
 * is written back to d3-zoom, silently, before the next gesture reads it (`transforms.ts`).
 *
 * This module, with d3-zoom, d3-selection and d3-transition, is loaded when the reader first
 * reaches for the timeline (see `Timeline.svelte`), not with the page.
 */
import { select } from 'd3-selection';
import { zoom, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { sameWindow } from './scales';
import { scaleExtent, transformFor, windowOf } from './transforms';
import type { TimelineView } from './view.svelte';

export { replayGestures } from './replayGestures';

export interface GestureOptions {
	/** The surface's height in pixels (d3-zoom's extent). */
	height: () => number;
	/** Called with the id of the event a finger is on, and with null when the fingers lift. */
	onhold?: (id: string | null) => void;
}

/**
 * The attachment that gives the surface its gestures, moving `view`.
 *
 * @example
 * <div {@attach gestures(view, { height: () => height })}>…</div>
 */
export function gestures(view: TimelineView, { height, onhold = () => {} }: GestureOptions) {
	return (node: HTMLElement) => {
		const selection = select(node);
		const pixels = () => Math.max(view.width, 1);
		const behaviour = zoom<HTMLElement, unknown>()
			.clickDistance(4)
			.filter((event: Event) => {
				if (event.type === 'wheel') {
					const wheel = event as WheelEvent;
					return wheel.ctrlKey || wheel.metaKey;
				}
				const target = event.target as Element | null;
				if (target?.closest('[data-edge]')) return false;
				if (event.type === 'dblclick') return !target?.closest('[data-event-id], .cluster');
				const mouse = event as MouseEvent;
				return !mouse.ctrlKey && !mouse.button;
			})
			.wheelDelta(
				(event: WheelEvent) =>
					-event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 5
			)
			.on('zoom', (event: { transform: ZoomTransform }) => {
				const window = windowOf(event.transform, view.domain, pixels());
				// The view's own moves come back here when written to d3-zoom: nothing to do then.
				if (!sameWindow(window, view.window, pixels() * 100)) view.set(window);
			});
		selection.call(behaviour);

		// d3-zoom's bounds follow the view's size and domain.
		$effect(() => {
			const w = pixels();
			const h = height();
			behaviour
				.extent([
					[0, 0],
					[w, h]
				])
				.translateExtent([
					[0, 0],
					[w, h]
				])
				.scaleExtent(scaleExtent(view.domain));
		});
		// Every move that was not a gesture (keys, buttons, the selection, a resize) is written
		// back, so the next gesture starts from what the reader sees.
		// (Compared by value: a gesture's transform comes back as a window, and writing it again
		// would interrupt d3-zoom's double-click transition.)
		$effect(() => {
			const window = view.window;
			const shown = windowOf(zoomTransform(node), view.domain, pixels());
			if (!sameWindow(shown, window, pixels() * 100))
				selection.call(behaviour.transform, transformFor(window, view.domain, pixels()));
		});

		function onwheel(event: WheelEvent) {
			if (event.ctrlKey || event.metaKey) return;
			const dx = event.deltaX || (event.shiftKey ? event.deltaY : 0);
			if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
			event.preventDefault();
			const scale = event.deltaMode === 1 ? 16 : event.deltaMode ? view.width : 1;
			behaviour.translateBy(selection, (-dx * scale) / zoomTransform(node).k, 0);
		}

		let touchMode: 'undecided' | 'scroll' | 'pan' = 'undecided';
		let touchStart: [number, number] = [0, 0];
		function ontouchstart(event: TouchEvent) {
			const mark = (event.target as Element | null)?.closest<HTMLElement>('[data-event-id]');
			if (mark && event.touches.length === 1) onhold(mark.dataset.eventId ?? null);
			if (event.touches.length === 1) {
				touchMode = 'undecided';
				touchStart = [event.touches[0].clientX, event.touches[0].clientY];
			} else touchMode = 'pan';
		}
		function ontouchmove(event: TouchEvent) {
			// A touch begun while the page listened only passively (held while this code loaded)
			// moves uncancelably: d3-zoom still pans with it, and its preventDefault would only
			// have the browser log an error for each move.
			if (!event.cancelable) Object.defineProperty(event, 'preventDefault', { value() {} });
			if (event.touches.length > 1) {
				touchMode = 'pan';
				return;
			}
			if (touchMode === 'undecided') {
				const dx = event.touches[0].clientX - touchStart[0];
				const dy = event.touches[0].clientY - touchStart[1];
				if (Math.hypot(dx, dy) < 6) {
					event.stopImmediatePropagation();
					return;
				}
				touchMode = Math.abs(dy) > Math.abs(dx) ? 'scroll' : 'pan';
			}
			if (touchMode === 'scroll') event.stopImmediatePropagation();
		}
		function ontouchend(event: TouchEvent) {
			if (event.touches.length === 0) onhold(null);
		}
		node.addEventListener('wheel', onwheel, { passive: false });
		node.addEventListener('touchend', ontouchend, { passive: true });
		node.addEventListener('touchcancel', ontouchend, { passive: true });
		node.addEventListener('touchstart', ontouchstart, { capture: true, passive: true });
		node.addEventListener('touchmove', ontouchmove, { capture: true, passive: true });
		return () => {
			selection.on('.zoom', null);
			node.removeEventListener('wheel', onwheel);
			node.removeEventListener('touchend', ontouchend);
			node.removeEventListener('touchcancel', ontouchend);
			node.removeEventListener('touchstart', ontouchstart, { capture: true });
			node.removeEventListener('touchmove', ontouchmove, { capture: true });
		};
	};
}
