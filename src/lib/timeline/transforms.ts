/**
 * Where the view's windows of time meet d3-zoom's transforms: d3-zoom works in pixels of a base
 * scale (the whole domain across the width) under one `ZoomTransform`; the view keeps the window
 * in time. Loaded with the gestures only (see `scales.ts`). Model: d3-zoom `src/transform.js`.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { clampWindow, MIN_VISIBLE_MS, timeScale } from './scales';

/** d3-zoom's scale extent: from the whole domain (k = 1) to `MIN_VISIBLE_MS` across the view. */
export function scaleExtent([from, to]: readonly [number, number]): [number, number] {
	return [1, Math.max(1, (to - from) / MIN_VISIBLE_MS)];
}

/**
 * The transform under which the whole `domain`, drawn `width` pixels wide, shows `window` (as
 * `clampWindow` bounds it).
 *
 * @example
 * transformFor([0, 100], [0, 1000], 1000); // k 10, x 0
 */
export function transformFor(
	window: readonly [number, number],
	domain: readonly [number, number],
	width: number
): ZoomTransform {
	const [from, to] = clampWindow(window, domain);
	const base = timeScale(domain, [0, width]);
	const k = (domain[1] - domain[0]) / (to - from);
	return zoomIdentity.translate(-base(from) * k, 0).scale(k);
}

/**
 * The window of time the whole `domain`, drawn `width` pixels wide, shows under `transform`.
 *
 * @example
 * windowOf(zoomIdentity.translate(-500, 0).scale(2), [0, 1000], 1000); // [250, 750]
 */
export function windowOf(
	transform: ZoomTransform,
	domain: readonly [number, number],
	width: number
): [number, number] {
	const base = timeScale(domain, [0, width]);
	return [base.invert(transform.invertX(0)), base.invert(transform.invertX(width))];
}
