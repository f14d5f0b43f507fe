/**
 * Which events fall inside a visible time window, found by binary search so that panning a
 * 100,000-event dataset costs a few comparisons per frame, not a pass over every event.
 *
 * Events are indexed once, sorted by start; an event is visible when its span `[start, end)`
 * meets the window `[from, to)`. Because spans have different lengths, the search for the first
 * candidate goes back by the longest span in the index (as an interval tree would, in one number).
 */

/** A span of time in UTC milliseconds, `end` exclusive. */
export interface Span {
	start: number;
	end: number;
}

/** Spans sorted by start, with their extremes: build once per dataset with `indexSpans`. */
export interface SpanIndex {
	/** Starts in ascending order (UTC ms). */
	starts: Float64Array;
	/** Ends (exclusive), in the same order as `starts`. */
	ends: Float64Array;
	/** The longest span, which bounds how far back a visible span can start. */
	maxDuration: number;
	/** Earliest start and latest end of all spans; `[0, 0]` when empty. */
	extent: [number, number];
}

/**
 * Indexes spans that are already in chronological order (by start).
 *
 * @example
 * const index = indexSpans([{ start: 0, end: 10 }, { start: 5, end: 6 }]);
 * index.extent; // [0, 10]
 * @throws Error when the spans are not sorted by start.
 */
export function indexSpans(spans: readonly Span[]): SpanIndex {
	const n = spans.length;
	const starts = new Float64Array(n);
	const ends = new Float64Array(n);
	let maxDuration = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		const { start, end } = spans[i];
		if (i > 0 && start < starts[i - 1]) throw new Error(`span ${i} starts before span ${i - 1}`);
		starts[i] = start;
		ends[i] = end;
		maxDuration = Math.max(maxDuration, end - start);
		min = Math.min(min, start);
		max = Math.max(max, end);
	}
	return { starts, ends, maxDuration, extent: n ? [min, max] : [0, 0] };
}

/** The first index whose start is at least `value` (`starts.length` when none is). */
export function lowerBound(starts: Float64Array, value: number): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (starts[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Indices of the spans that meet the window `[from, to)`, in chronological order.
 *
 * @example
 * visibleIndices(index, Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)); // e.g. [3, 4]
 */
export function visibleIndices(index: SpanIndex, from: number, to: number): number[] {
	const { starts, ends } = index;
	const first = lowerBound(starts, from - index.maxDuration);
	const last = lowerBound(starts, to);
	const out: number[] = [];
	for (let i = first; i < last; i++) if (ends[i] > from) out.push(i);
	return out;
}

/**
 * How many spans start in each of `bins` equal slices of `[from, to)`: the overview strip's
 * density, computed with one binary search per slice.
 */
export function densityBins(index: SpanIndex, from: number, to: number, bins: number): number[] {
	const out: number[] = [];
	const step = (to - from) / bins;
	let previous = lowerBound(index.starts, from);
	for (let b = 1; b <= bins; b++) {
		const next = lowerBound(index.starts, b === bins ? to : from + b * step);
		out.push(next - previous);
		previous = next;
	}
	return out;
}
