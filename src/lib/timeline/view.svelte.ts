/**
 * The view of a timeline: which window of time it shows, and every way that window moves other
 * than a gesture.
 *
 * The state is the window the reader chose, in time (`[from, to]`, UTC ms), or none while the
 * timeline shows what it opens on by itself. The d3-zoom transform, the base scale and the view's
 * scale all derive from it and from the width and domain. So a resize (a phone rotating, a window
 * dragged narrower) or a new domain (an event added to a draft) keeps the view's centre and span,
 * a view never moved opens again on its own window for the new width, and a timeline hidden to
 * zero width comes back where it was.
 *
 * Gestures arrive through `set` (from the d3-zoom attachment, `zoom.svelte.ts`); everything else
 * calls a method by name: the timeline opens on a window (`open`), follows the selection
 * (`reveal`), zooms by its keys and buttons (`zoomBy`), shows a window (`show`, `jump`) or all
 * (`fit`). Moves are animated (300 ms, d3's zoom interpolation with cubic easing, as d3-zoom's own
 * transitions move) unless the reader prefers reduced motion, and are reckoned from where the
 * view is heading, so asking twice moves once.
 */
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import type { ZoomTransform } from 'd3-zoom';
import { revealWindow, type RevealOptions, type TimeSpan } from './reveal';
import {
	scaleExtent,
	timeScale,
	transformFor,
	viewWindow,
	zoomAbout,
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
	/** The window the reader chose, or null for the one the timeline opens on by itself. */
	#chosen = $state.raw<[number, number] | null>(null);
	#domain: () => [number, number];
	#opening: () => [number, number] | null;
	#reducedMotion: () => boolean;
	/** Where an animated move is heading (null when idle), and its frame. */
	#heading: [number, number] | null = null;
	#frame = 0;

	/** The pixels the view spans: never zero, so the arithmetic holds while hidden. */
	readonly #pixels = $derived(Math.max(this.width, 1));
	/** The whole domain across the width. */
	readonly base: TimeScale = $derived(timeScale(this.domain, [0, this.#pixels]));
	/** How far the reader may zoom out (the whole domain) and in (a few hours). */
	readonly extent: [number, number] = $derived(scaleExtent(this.domain));
	/** The zoom that shows the window, within the domain and the zoom's bounds. */
	readonly transform: ZoomTransform = $derived(
		transformFor(this.base, ...(this.#chosen ?? this.#natural()))
	);
	/** The window in view, `[from, to]` in UTC ms. */
	readonly window: [number, number] = $derived(viewWindow(this.base, this.transform, this.#pixels));
	/** The view's scale: the window across the width. */
	readonly x: TimeScale = $derived(timeScale(this.window, [0, this.#pixels]));
	/**
	 * Whether the view shows the window it opens on by itself, so a URL need not say which.
	 */
	readonly whole: boolean = $derived(
		this.#chosen === null ||
			sameTransform(this.transform, transformFor(this.base, ...this.#natural()))
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

	/** A gesture moved the view to `transform`: it wins over any move under way. */
	set(transform: ZoomTransform) {
		this.#stop();
		this.#chosen = viewWindow(this.base, transform, this.#pixels);
	}

	/** Shows the window `[from, to]` at once (a brush being dragged). */
	jump(from: number, to: number) {
		this.#stop();
		this.#chosen = this.#clamp([from, to]);
	}

	/** Moves the view to show the window `[from, to]`, animated unless motion is reduced. */
	show(from: number, to: number) {
		this.#stop();
		const target = this.#clamp([from, to]);
		if (this.#reducedMotion() || typeof requestAnimationFrame !== 'function') {
			this.#chosen = target;
			return;
		}
		// d3's zoom interpolation over [centre, 0, span]: smooth in scale, the centre in step.
		const [a, b] = this.window;
		const interpolate = interpolateZoom(
			[(a + b) / 2, 0, b - a],
			[(target[0] + target[1]) / 2, 0, target[1] - target[0]]
		);
		const start = performance.now();
		this.#heading = target;
		const step = (now: number) => {
			const p = Math.min(1, (now - start) / DURATION);
			const [centre, , span] = interpolate(easeCubicInOut(p));
			this.#chosen = p < 1 ? [centre - span / 2, centre + span / 2] : target;
			if (p < 1) this.#frame = requestAnimationFrame(step);
			else this.#frame = 0;
			if (p >= 1) this.#heading = null;
		};
		this.#frame = requestAnimationFrame(step);
	}

	/** Moves the view to `transform` (of the base scale), animated. */
	go(transform: ZoomTransform) {
		this.show(...viewWindow(this.base, transform, this.#pixels));
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
		const from = transformFor(this.base, ...this.#target());
		const at = about === undefined ? NaN : from.applyX(this.base(about));
		const anchor = at >= 0 && at <= this.#pixels ? at : this.#pixels / 2;
		this.go(zoomAbout(from, factor, anchor, this.#pixels, this.extent));
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

	/** The window as it will be shown: within the domain and the zoom's bounds. */
	#clamp(window: [number, number]): [number, number] {
		return viewWindow(this.base, transformFor(this.base, ...window), this.#pixels);
	}

	#stop() {
		if (this.#frame) cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#heading = null;
	}
}

/** Whether two transforms show the same view, to `pixels` (default half a pixel). */
export function sameTransform(a: ZoomTransform, b: ZoomTransform, pixels = 0.5): boolean {
	return Math.abs(a.k / b.k - 1) < 1e-9 + pixels * 1e-5 && Math.abs(a.x - b.x) < pixels;
}
