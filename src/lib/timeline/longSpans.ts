/**
 * Long spans (a year, a decade, "the 19th century", a range of years) are the background of a
 * news story, not its news: drawn in the lanes with the day's events, a few of them take every
 * lane across the view and push the day's news into a "+4" cluster (issue 12). So when they are
 * the few among many shorter events, they are drawn apart, as thin bands in rows of their own
 * below the lanes (`composeLayout`'s `spanRows`), and the day's events keep the lanes.
 *
 * A timeline made mostly of long spans (a history told in years and centuries) keeps them in
 * the lanes: there they are the story.
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
