/**
 * The arithmetic between time and the screen: the domain that fits every event, the windows of
 * it the reader may see (from the whole domain down to a few hours), and zooming a window.
 *
 * Everything here is in time (UTC ms) and pixels, free of d3-zoom: the page loads this at once,
 * and d3-zoom (whose one module brings d3-transition, d3-interpolate, d3-color and d3-selection)
 * only with the gestures, where its transforms meet these windows (`transforms.ts`).
 *
 * The scale is `timeScale`, a plain linear map between UTC milliseconds and pixels: all the
 * timeline asks of a scale. d3's `scaleUtc` would bring its tick formats (d3-time-format), its
 * generic interpolators and colours (d3-interpolate, d3-color) and d3-array into the reader's
 * page, about 5 kB gzip that nothing here uses (issue 15): the axis ticks come from `ticks.ts`.
 */

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

/**
 * The window the view can show for `[from, to]` within `domain`: no narrower than
 * `MIN_VISIBLE_MS` and no wider than the domain, about the same centre, moved inside the domain
 * if it lay partly outside. A window that is not one (NaN) gives the whole domain.
 *
 * @example
 * clampWindow([95 * DAY, 105 * DAY], [0, 100 * DAY]); // [90 days, 100 days]: kept inside
 */
export function clampWindow(
	[from, to]: readonly [number, number],
	[start, end]: readonly [number, number]
): [number, number] {
	if (!(to >= from)) return [start, end];
	const span = Math.min(end - start, Math.max(MIN_VISIBLE_MS, to - from));
	const left = Math.min(end - span, Math.max(start, (from + to) / 2 - span / 2));
	return [left, left + span];
}

/**
 * `window` zoomed by `factor` (2: twice as close) about the time `about`, which stays where it
 * is in the view, as Ctrl + wheel zooms about the pointer; then clamped (`clampWindow`).
 *
 * @example
 * zoomWindow([0, 100 * DAY], 2, 25 * DAY, [0, 100 * DAY]); // [12.5 days, 62.5 days]
 */
export function zoomWindow(
	[from, to]: readonly [number, number],
	factor: number,
	about: number,
	domain: readonly [number, number]
): [number, number] {
	const span = to - from;
	const next = span / factor;
	const share = span > 0 ? (about - from) / span : 0.5;
	return clampWindow([about - share * next, about - share * next + next], domain);
}

/**
 * The windows between `a` (t = 0) and `b` (t = 1) for an animated move: the centre moves in step
 * while the span changes by a constant ratio per step, so a zoom looks even at any scale, and
 * a move that zooms a thousandfold does not rush through its first half. (d3-interpolate's
 * `interpolateZoom` would do as well, but its one module brings d3-color into the reader's page,
 * about 6 kB gzip for this one function.)
 *
 * @example
 * interpolateWindow([0, 100], [50, 60])(0.5); // [≈ 36.7, ≈ 68.3]: centre 52.5, span √1000
 */
export function interpolateWindow(
	[a0, a1]: readonly [number, number],
	[b0, b1]: readonly [number, number]
): (t: number) => [number, number] {
	const [ca, cb] = [(a0 + a1) / 2, (b0 + b1) / 2];
	const [sa, sb] = [a1 - a0, b1 - b0];
	const ratio = sa > 0 && sb > 0 ? Math.log(sb / sa) : NaN;
	return (t) => {
		const centre = ca + (cb - ca) * t;
		const span = Number.isFinite(ratio) ? sa * Math.exp(ratio * t) : sa + (sb - sa) * t;
		return t >= 1 ? [b0, b1] : [centre - span / 2, centre + span / 2];
	};
}

/** Cubic easing in and out (d3-ease's `easeCubicInOut`, the default of d3's transitions). */
export function easeCubicInOut(t: number): number {
	return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/** Whether two windows look the same across `width` pixels, to half a pixel at either end. */
export function sameWindow(
	a: readonly [number, number],
	b: readonly [number, number],
	width: number
): boolean {
	const half = ((b[1] - b[0]) / Math.max(width, 1)) * 0.5;
	return Math.abs(a[0] - b[0]) <= half && Math.abs(a[1] - b[1]) <= half;
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
