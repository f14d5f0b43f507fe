/**
 * Events closer than a pixel column, folded (issue 15: 100,000 events at 16.7 ms a frame). When
 * the view holds more events than it has pixel columns, most of them can only be counted in
 * clusters anyway, and laying each out (its mark, its label's width, a try in every lane) is
 * what a frame spends its time on. So before the lanes, neighbours whose marks fall in the same
 * column are folded into one group, counted as one cluster's members without being laid out one
 * by one: the lanes then see at most a few items per column, whatever the dataset's size.
 *
 * What folds: a run of events, consecutive in chronological order, whose marks are narrower than
 * a band (`MIN_BAND`: points, and spans drawn as a point's box) and centred in one column. A band
 * wider than that, and the pinned event (focused, selected or held), are never folded: each stays
 * an item of its own, and breaks the run it falls in. A sparser view is not folded at all, so
 * every event there is laid out as it always was.
 *
 * Pure: the caller's scale gives the pixels.
 */
import { MIN_BAND, type EventSpan } from './lanes';

/**
 * The events in view (`visible`, chronological indices) as groups: group `k` is
 * `visible[starts[k]]` to `visible[starts[k + 1] - 1]`, `starts` ending with `visible.length`.
 * Null when the view is not crowded enough to fold (no more events than `width` columns).
 *
 * @example
 * // Three points in column 10, one in column 40, at 30 px wide:
 * foldColumns(spans, [0, 1, 2, 3], x, -1, 3); // Int32Array [0, 3, 4]: [0, 1, 2] and [3]
 */
export function foldColumns(
	spans: readonly EventSpan[],
	visible: readonly number[],
	x: (time: number) => number,
	pinned: number,
	width: number
): Int32Array | null {
	if (visible.length <= width) return null;
	const starts: number[] = [];
	// The column of the run being built, or NaN when the last event cannot be folded into.
	let column = NaN;
	for (let k = 0; k < visible.length; k++) {
		const i = visible[k];
		const here = i === pinned ? NaN : columnOf(spans[i], x);
		if (Number.isNaN(here) || here !== column) starts.push(k);
		column = here;
	}
	starts.push(visible.length);
	return Int32Array.from(starts);
}

/** The pixel column a span's mark is centred in, or NaN for a band drawn wider than a point. */
function columnOf(span: EventSpan, x: (time: number) => number): number {
	if (span.point) return Math.floor(x((span.start + span.end) / 2));
	const x0 = x(span.start);
	const x1 = x(span.end);
	return x1 - x0 >= MIN_BAND ? NaN : Math.floor((x0 + x1) / 2);
}
