/**
 * The view of a timeline: which window of time it shows, and every way that window moves other
 * than a gesture.
 *
 * The state is the window the reader chose, in time (`[from, to]`, UTC ms), or none while the
 * timeline shows what it opens on by itself; what is shown is that window within the domain and
 * the zoom's bounds (`clampWindow`), and the view's scale maps it across the width. So a resize
 * (a phone rotating, a window dragged narrower) or a new domain (an event added to a draft) keeps
 * the view's centre and span, a view never moved opens again on its own window for the new
 * width, and a timeline hidden to zero width comes back where it was.
 *
 * Gestures arrive through `set` (from the d3-zoom attachment, `zoom.svelte.ts`); everything else
 * calls a method by name: the timeline opens on a window (`open`), follows the selection
 * (`reveal`), zooms by its keys and buttons (`zoomBy`), shows a window (`show`, `jump`) or all
 * (`fit`). Moves are animated (300 ms, eased as d3's transitions are, the span changing evenly in
 * scale: `interpolateWindow`) unless the reader prefers reduced motion, and are reckoned from where the
 * view is heading, so asking twice moves once. None of this needs d3-zoom, which comes only with
 * the gestures.
 */
import { revealWindow, type RevealOptions, type TimeSpan } from './reveal';
import {
	clampWindow,
	easeCubicInOut,
	interpolateWindow,
	sameWindow,
	timeScale,
	zoomWindow,
	type TimeScale
} from './scales';

/** How long an animated move takes, in ms. */
const DURATION = 300;

export interface ViewOptions {
	/** The whole domain, `[from, to]` in UTC ms: the span that fits every event. */
	domain: () => [number, number];
	/**
	 * The window the timeline opens on by itself at the current width (`firstView`), or null for
	 * the whole domain. Default: the whole domain.
	 */
	opening?: () => [number, number] | null;
	/** Whether moves should happen at once. Default: the reader's `prefers-reduced-motion`. */
	reducedMotion?: () => boolean;
}

const prefersReducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class TimelineView {
	/** The measured width in pixels (bind it to the surface's `clientWidth`). */
	width = $state(0);
	/** Whether an animated move is under way (the surface says so, for tests and styles). */
	moving = $state(false);
	/** The window the reader chose, or null for the one the timeline opens on by itself. */
	#chosen = $state.raw<[number, number] | null>(null);
	#domain: () => [number, number];
	#opening: () => [number, number] | null;
	#reducedMotion: () => boolean;
	/** Where an animated move is heading (null when idle), and its frame. */
	#heading: [number, number] | null = null;
	#frame = 0;

	/** The window in view, `[from, to]` in UTC ms. */
	readonly window: [number, number] = $derived(
		clampWindow(this.#chosen ?? this.#natural(), this.domain)
	);
	/** The view's scale: the window across the width (at least a pixel, so it holds while hidden). */
	readonly x: TimeScale = $derived(timeScale(this.window, [0, Math.max(this.width, 1)]));
	/** Whether the view shows the window it opens on by itself, so a URL need not say which. */
	readonly whole: boolean = $derived(
		this.#chosen === null ||
			sameWindow(this.window, clampWindow(this.#natural(), this.domain), this.width)
	);

	constructor({ domain, opening = () => null, reducedMotion = prefersReducedMotion }: ViewOptions) {
		this.#domain = domain;
		this.#opening = opening;
		this.#reducedMotion = reducedMotion;
	}

	/** The whole domain, `[from, to]` in UTC ms. */
	get domain(): [number, number] {
		return this.#domain();
	}

	/** Opens the view at once on `window`, or on the one it opens on by itself when null. */
	open(window: [number, number] | null) {
		this.#stop();
		this.#chosen = window;
	}

	/** A gesture moved the view to `window`: it wins over any move under way. */
	set(window: [number, number]) {
		this.#stop();
		this.#chosen = window;
	}

	/** Shows the window `[from, to]` at once (a brush being dragged). */
	jump(from: number, to: number) {
		this.set(clampWindow([from, to], this.domain));
	}

	/** Moves the view to show the window `[from, to]`, animated unless motion is reduced. */
	show(from: number, to: number) {
		this.#stop();
		const target = clampWindow([from, to], this.domain);
		if (this.#reducedMotion() || typeof requestAnimationFrame !== 'function') {
			this.#chosen = target;
			return;
		}
		const interpolate = interpolateWindow(this.window, target);
		this.#heading = target;
		this.moving = true;
		// The clock starts at the first frame, which draws nothing new: the frame that shows what
		// the reader did (a click's selection and its panel) is not also asked to lay out every
		// event again for a view that has not moved yet.
		let start = -1;
		const step = (now: number) => {
			if (start < 0) {
				start = now;
				this.#frame = requestAnimationFrame(step);
				return;
			}
			const p = Math.min(1, (now - start) / DURATION);
			this.#chosen = interpolate(easeCubicInOut(p));
			this.#frame = p < 1 ? requestAnimationFrame(step) : 0;
			if (p >= 1) this.#heading = null;
			if (p >= 1) this.moving = false;
		};
		this.#frame = requestAnimationFrame(step);
	}

	/** Shows the whole domain, animated. */
	fit() {
		this.show(...this.domain);
	}

	/**
	 * Zooms by `factor` about the time `about` (what is there on screen stays there), or about
	 * the middle of the view when `about` is not given or not in view; from where the view is
	 * heading, so pressing + twice zooms twice.
	 */
	zoomBy(factor: number, about?: number) {
		const [from, to] = this.#target();
		const anchor = about !== undefined && about >= from && about <= to ? about : (from + to) / 2;
		this.show(...zoomWindow([from, to], factor, anchor, this.domain));
	}

	/**
	 * Moves the view so `span` is in it, clear of the edges (`revealWindow`): a pan, or a zoom out
	 * when it cannot fit. Returns whether the view moves.
	 */
	reveal(span: TimeSpan, insets?: RevealOptions['insets']): boolean {
		if (this.width <= 0) return false;
		const window = revealWindow(span, this.#target(), { width: this.width, insets });
		if (window) this.show(...window);
		return window !== null;
	}

	/** The window the view shows, or is heading to. */
	#target(): [number, number] {
		return this.#heading ?? this.window;
	}

	/** The window the timeline opens on by itself. */
	#natural(): [number, number] {
		return this.#opening() ?? this.domain;
	}

	#stop() {
		if (this.#frame) cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#heading = null;
		this.moving = false;
	}
}
