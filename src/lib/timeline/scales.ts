/**
 * The arithmetic between time and the screen: the domain that fits every event, how far the
 * reader may zoom, and the d3-zoom transform that shows a given window.
 *
 * The base scale maps the fitted domain to the full width; the reader's view is that scale
 * rescaled by one `ZoomTransform` (`transform.rescaleX(base)`), as d3-zoom intends. Model: d3-zoom
 * `src/transform.js`.
 */
import { zoomIdentity, type ZoomTransform } from 'd3';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

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
export function transformFor(
	base: { (value: number): number; domain(): (number | Date)[]; range(): number[] },
	from: number,
	to: number
): ZoomTransform {
	const [r0, r1] = base.range();
	const domain = base.domain().map(Number) as [number, number];
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

/**
 * The width in pixels a label of `text` needs at `fontSize`, estimated from character classes
 * (no DOM, so it can run for 100,000 events): narrow letters, wide capitals, digits.
 */
export function estimateTextWidth(text: string, fontSize = 13): number {
	let units = 0;
	for (const ch of text) {
		if ("iljtf.,;:'!|() ".includes(ch)) units += 0.3;
		else if ('mwMW@'.includes(ch)) units += 0.85;
		else if (ch >= 'A' && ch <= 'Z') units += 0.66;
		else units += 0.54;
	}
	return Math.ceil(units * fontSize);
}
