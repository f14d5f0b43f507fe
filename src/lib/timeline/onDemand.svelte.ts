/**
 * What only some readers use comes when they reach for it, not with the page (issue 15): the
 * gestures (d3-zoom, and d3-brush for the overview strip, with d3-selection and d3-transition:
 * half the timeline's code) when the pointer, a finger, a wheel or the focus first comes to the
 * timeline; the detail panel, with the article, and the growing of a label (`expand.ts`), then
 * too, or when an event is opened or focused. A gesture
 * begun before its code has come is held and played again (`holdGestures`). The keys and the
 * buttons need none of it: the view moves itself (`TimelineView`).
 */
import { tick } from 'svelte';
import type EventDetail from './EventDetail.html.svelte';
import { holdGestures } from './heldGestures';

export class OnDemand {
	/** The detail panel, once loaded (with its rehearsal: `rehearsal.ts`). */
	Detail = $state.raw<typeof EventDetail | null>(null);
	/** How the label of the event the reader is on grows (`expandLabel`), once loaded. */
	grow = $state.raw<typeof import('./expand').expandLabel | null>(null);
	/** The gestures (`zoom.svelte.ts`) and the brush (`brush.svelte.ts`), once loaded. */
	zoom = $state.raw<typeof import('./zoom.svelte') | null>(null);
	brush = $state.raw<typeof import('./brush.svelte') | null>(null);
	#detail: Promise<unknown> | null = null;
	#gestures: Promise<typeof import('./zoom.svelte')> | null = null;
	#wantsDetail: () => boolean;

	/** `wantsDetail`: whether the timeline shows a detail panel at all. */
	constructor(wantsDetail: () => boolean) {
		this.#wantsDetail = wantsDetail;
	}

	/**
	 * Loads what a reader who opens or focuses an event needs (once): the growing of its label,
	 * and the detail panel when the timeline shows one.
	 */
	loadDetail(): Promise<unknown> {
		return (this.#detail ??= Promise.all([
			import('./expand').then((m) => (this.grow = m.expandLabel)),
			this.#wantsDetail() ? import('./rehearsal').then((m) => (this.Detail = m.rehearsed())) : null
		]));
	}

	/** Loads the gestures and the brush (once), and the detail panel; resolves to the gestures. */
	loadGestures(): Promise<typeof import('./zoom.svelte')> {
		this.loadDetail();
		return (this.#gestures ??= Promise.all([
			import('./zoom.svelte').then((m) => (this.zoom = m)),
			import('./brush.svelte').then((m) => (this.brush = m))
		]).then(([zoom]) => zoom));
	}

	/**
	 * The attachment for the timeline's root: the first pointer, finger, wheel or focus on it
	 * loads the gestures, holding the gesture it begins until they are here.
	 */
	reachedFor = (node: HTMLElement) => {
		const types = ['pointerenter', 'focusin', 'touchstart', 'wheel'] as const;
		let release: (() => void) | null = null;
		const onreach = (event: Event) => {
			if (release || this.zoom) return;
			release = holdGestures(node, this.loadGestures(), tick, event);
		};
		for (const type of types) node.addEventListener(type, onreach, { passive: false });
		return () => {
			release?.();
			for (const type of types) node.removeEventListener(type, onreach);
		};
	};
}
