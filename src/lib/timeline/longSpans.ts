/**
 * Long spans (a year, a decade, "the 19th century", a range of years) are the background of a
 * news story, not its news: drawn in the lanes with the day's events, a few of them take every
 * lane across the view and push the day's news into a "+4" cluster (issue 12). So when they are
 * the few among many shorter events, they are drawn apart, as thin bands in rows of their own
 * below the lanes (`composeLayout`'s `spanRows`), and the day's events keep the lanes.
 *
 * A timeline made mostly of long spans (a history told in years and centuries) keeps them in
 * the lanes: there they are the story.
 *
 * What is long is also relative to the view (`apartInView`): zoomed into a few weeks, a month or
 * a quarter crowds the lanes as a year does at a wider view. A span longer than half the visible
 * window is set apart at that zoom, so the day's events keep the lanes at every zoom.
 */
import type { EventSpan } from './lanes';

/** A span this long or longer is background: a year (365 days) and anything longer. */
export const LONG_SPAN_MS = 365 * 86_400_000;

/**
 * Which events (by position in `spans`) are drawn as background bands: 1 for each long span,
 * or null when none is, because there are none or because they are at least half the events.
 *
 * @example
 * longSpans([day, day, year]); // Uint8Array [0, 0, 1]
 * longSpans([year, century]); // null: the timeline is made of them
 */
export function longSpans(spans: readonly EventSpan[]): Uint8Array | null {
	const long = new Uint8Array(spans.length);
	let count = 0;
	for (let i = 0; i < spans.length; i++) {
		const s = spans[i];
		if (!s.point && s.end - s.start >= LONG_SPAN_MS) {
			long[i] = 1;
			count++;
		}
	}
	return count > 0 && count * 2 < spans.length ? long : null;
}

/**
 * A span longer than this share of the visible window is set apart at that zoom. Half: two spans
 * longer than half the view both meet its middle stretch whenever they are wholly in view, so
 * each takes a lane of its own and four of them fill four lanes; a shorter span leaves room in
 * its lane beside it for the day's events.
 */
export const VIEW_SHARE = 0.5;

/**
 * Whether the events mix day-level points with spans, so that a span may be set apart from the
 * lanes when it covers much of the view (`apartInView`): the timeline then keeps thin rows for
 * them. A timeline of spans only, or of days only, has nothing to set apart from what.
 *
 * @example
 * mixesSpans([day, month]); // true
 * mixesSpans([month, quarter]); // false
 */
export function mixesSpans(spans: readonly EventSpan[]): boolean {
	return spans.some((s) => s.point) && spans.some((s) => !s.point);
}

/**
 * Which events are set apart in the window `[from, to)`: the long spans (`long`, or null for
 * none) and every other span in view (`visible`, indices into `spans`) longer than
 * `VIEW_SHARE` of the window, unless nothing in view would be left for the lanes: a view of
 * spans only keeps them there, as a timeline of spans does. Returns `long` itself when the view
 * sets nothing more apart, so a wide view costs no allocation.
 *
 * @example
 * // Three weeks seen: the month of May and the quarter are set apart, the day of May 12 is not.
 * apartInView(spans, [may, q2, may12], [Date.UTC(2020, 4, 1), Date.UTC(2020, 4, 22)], null);
 */
export function apartInView(
	spans: readonly EventSpan[],
	visible: readonly number[],
	[from, to]: readonly [number, number],
	long: Uint8Array | null
): Uint8Array | null {
	const least = (to - from) * VIEW_SHARE;
	let apart: Uint8Array | null = null;
	let kept = 0;
	for (const i of visible) {
		if (long?.[i]) continue;
		const s = spans[i];
		if (!s.point && s.end - s.start > least) {
			apart ??= long ? long.slice() : new Uint8Array(spans.length);
			apart[i] = 1;
		} else kept++;
	}
	return apart && kept > 0 ? apart : long;
}
