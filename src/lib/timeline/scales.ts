/**
 * The arithmetic between time and the screen: the domain that fits every event, how far the
 * reader may zoom, and the d3-zoom transform that shows a given window.
 *
 * The base scale maps the fitted domain to the full width; the reader's view is that scale
 * under one `ZoomTransform` (`viewWindow`), as d3-zoom intends. Model: d3-zoom `src/transform.js`.
 *
 * The scale is `timeScale`, a plain linear map between UTC milliseconds and pixels: all the
 * timeline asks of a scale. d3's `scaleUtc` would bring its tick formats (d3-time-format), its
 * generic interpolators and colours (d3-interpolate, d3-color) and d3-array into the reader's
 * page, about 5 kB gzip that nothing here uses (issue 15): the axis ticks come from `ticks.ts`.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A linear map from UTC milliseconds to pixels, and back (`invert`). */
export interface TimeScale {
	(time: number): number;
	/** The time at pixel `x`. */
	invert(x: number): number;
	/** The window of time mapped, `[from, to]` in UTC ms. */
	domain(): [number, number];
	/** The pixels it is mapped to, `[left, right]`. */
	range(): [number, number];
}

/**
 * The linear scale that maps the window `[from, to]` (UTC ms) to the pixels `[left, right]`, as
 * d3's `scaleUtc().domain(…).range(…)` does for numbers. A window of no length maps everything to
 * `left`, and inverts to `from`.
 *
 * @example
 * const x = timeScale([0, 1000], [0, 100]);
 * x(500); // 50
 * x.invert(25); // 250
 */
export function timeScale(
	[from, to]: readonly [number, number],
	[left, right]: readonly [number, number]
): TimeScale {
	const perMs = to > from ? (right - left) / (to - from) : 0;
	const scale = (time: number) => left + (time - from) * perMs;
	scale.invert = (x: number) => (perMs ? from + (x - left) / perMs : from);
	scale.domain = (): [number, number] => [from, to];
	scale.range = (): [number, number] => [left, right];
	return scale;
}

/**
 * The window of time `base` shows under the zoom `transform`, across `width` pixels.
 *
 * @example
 * viewWindow(timeScale([0, 1000], [0, 100]), zoomIdentity.scale(2), 100); // [0, 500]
 */
export function viewWindow(
	base: TimeScale,
	transform: ZoomTransform,
	width: number
): [number, number] {
	return [base.invert(transform.invertX(0)), base.invert(transform.invertX(width))];
}

/** The narrowest window the reader can zoom to: a few hours (issue 4: "down to hours"). */
export const MIN_VISIBLE_MS = 3 * HOUR;

/**
 * The domain that shows every event with a margin on both sides, so that the first and last
 * marks are not glued to the edges; a single day is widened to a week around it.
 *
 * @example
 * fitDomain(Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 9)); // about 2013-08 to 2024-05
 */
export function fitDomain(start: number, end: number, margin = 0.04): [number, number] {
	if (!(end > start)) return [start - 3.5 * DAY, start + 3.5 * DAY];
	const span = Math.max(end - start, 7 * DAY);
	const centre = (start + end) / 2;
	const half = (span * (1 + 2 * margin)) / 2;
	return [centre - half, centre + half];
}

/** d3-zoom's scale extent: from the whole domain (k = 1) to `MIN_VISIBLE_MS` across the view. */
export function scaleExtent(domain: [number, number]): [number, number] {
	return [1, Math.max(1, (domain[1] - domain[0]) / MIN_VISIBLE_MS)];
}

/**
 * The transform under which `base` shows the window `[from, to]`, with the zoom bounded by
 * `scaleExtent` and the window kept inside the domain.
 */
export function transformFor(base: TimeScale, from: number, to: number): ZoomTransform {
	const [r0, r1] = base.range();
	const domain = base.domain();
	const [kMin, kMax] = scaleExtent(domain);
	const width = r1 - r0;
	const k = Math.min(kMax, Math.max(kMin, width / Math.max(base(to) - base(from), 1e-9)));
	const centre = (base(from) + base(to)) / 2;
	// Keep the view inside the domain: x within [width(1 - k), 0].
	const x = Math.min(0, Math.max(width * (1 - k), r0 + width / 2 - centre * k));
	return zoomIdentity.translate(x, 0).scale(k);
}

/**
 * A publication date as stated (`2024-01-08T10:19`, `2024-01-08` or `2024`) in UTC ms. Stated
 * clock times carry no zone in the dataset, so they are read as written, never as local time.
 */
export function publishedMs(published: string): number {
	const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(published);
	if (!m) return NaN;
	const [, y, mo = '01', d = '01', h = '00', mi = '00'] = m;
	return Date.UTC(+y, +mo - 1, +d, +h, +mi);
}

/** Hundredths of the font size each ASCII character takes: narrow, wide, capital or other. */
const ADVANCE = new Uint8Array(128).map((_, code) => {
	const ch = String.fromCharCode(code);
	if ("iljtf.,;:'!|() ".includes(ch)) return 30;
	if ('mwMW@'.includes(ch)) return 85;
	if (ch >= 'A' && ch <= 'Z') return 66;
	return 54;
});

/**
 * The width in pixels a label of `text` needs at `fontSize`, estimated from character classes
 * (no DOM, so it can run for 100,000 events): narrow letters, wide capitals, digits. A character
 * outside ASCII counts as a lowercase letter, a surrogate pair as one character.
 *
 * @example
 * estimateTextWidth('Hamas invades Israel'); // 136
 */
export function estimateTextWidth(text: string, fontSize = 13): number {
	let hundredths = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 128) hundredths += ADVANCE[code];
		// A low surrogate ends a pair whose high half was counted.
		else if (code < 0xdc00 || code > 0xdfff) hundredths += 54;
	}
	return Math.ceil((hundredths * fontSize) / 100);
}

/**
 * The transform zoomed by `factor` from `from`, about the pixel `anchor` of a view `width` wide:
 * what lies under the anchor stays there (as Ctrl + wheel zooms about the pointer), unless the
 * view would leave the domain; the zoom stays within `scaleExtent`.
 *
 * @example
 * zoomAbout(zoomIdentity, 2, 250, 1000, [1, 8]); // k 2, x -250: pixel 250 still shows base 250
 */
export function zoomAbout(
	from: ZoomTransform,
	factor: number,
	anchor: number,
	width: number,
	[kMin, kMax]: [number, number]
): ZoomTransform {
	const k = Math.min(kMax, Math.max(kMin, from.k * factor));
	const at = from.invertX(anchor);
	const x = Math.min(0, Math.max(width * (1 - k), anchor - at * k));
	return zoomIdentity.translate(x, 0).scale(k);
}
