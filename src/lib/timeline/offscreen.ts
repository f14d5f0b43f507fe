/**
 * What lies outside the visible window: how many events end before it and start after it, and
 * which of them is nearest, so the timeline can say "‹ 3 earlier" at one edge and "2 later ›" at
 * the other, and pan to the nearest one. Pure arithmetic on the `SpanIndex` of `viewRange.ts`.
 *
 * With spans `[start, end)` and the window `[from, to)`, every span is exactly one of: earlier
 * (`end <= from`), visible (`end > from && start < to`, as `visibleIndices` says) or later
 * (`start >= to`).
 */
import { lowerBound, type Span, type SpanIndex } from './viewRange';

/** A `SpanIndex` with what finding the nearest earlier span needs, built once per dataset. */
export interface EdgeIndex {
	index: SpanIndex;
	/** `latest[i]`: among spans `0..i`, the one that ends last (the later one on a tie). */
	latest: Int32Array;
}

/** The events off each edge of a window, with the index of the nearest one (-1 when none). */
export interface Offscreen {
	earlier: number;
	later: number;
	/** The earlier span that ends last (nearest the window's start), or -1. */
	nearestEarlier: number;
	/** The later span that starts first (nearest the window's end), or -1. */
	nearestLater: number;
}

/**
 * Prepares `offscreen` for an index: one pass, a running "ends last" per prefix.
 *
 * @example
 * const edges = edgeIndex(indexSpans([{ start: 0, end: 10 }, { start: 2, end: 3 }]));
 * edges.latest; // Int32Array [0, 0]
 */
export function edgeIndex(index: SpanIndex): EdgeIndex {
	const n = index.starts.length;
	const latest = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const previous = i > 0 ? latest[i - 1] : -1;
		latest[i] = previous >= 0 && index.ends[previous] > index.ends[i] ? previous : i;
	}
	return { index, latest };
}

/**
 * Counts the spans wholly before and wholly after the window `[from, to)`, and finds the nearest
 * of each, with binary searches and a scan of only the spans that start within the longest
 * span's reach of `from` (as `visibleIndices` does), so it stays cheap at 100,000 events.
 *
 * @example
 * const edges = edgeIndex(indexSpans([{ start: 0, end: 1 }, { start: 5, end: 6 }, { start: 9, end: 10 }]));
 * offscreen(edges, 4, 8); // { earlier: 1, later: 1, nearestEarlier: 0, nearestLater: 2 }
 */
export function offscreen({ index, latest }: EdgeIndex, from: number, to: number): Offscreen {
	const { starts, ends } = index;
	const n = starts.length;
	const firstLater = lowerBound(starts, to);
	// Spans starting before `reach` end by `from` (none is longer than maxDuration): all earlier.
	const reach = lowerBound(starts, from - index.maxDuration);
	const startsBefore = Math.min(lowerBound(starts, from), firstLater);
	let earlier = reach;
	let nearestEarlier = reach > 0 ? latest[reach - 1] : -1;
	for (let i = reach; i < startsBefore; i++) {
		if (ends[i] > from) continue;
		earlier++;
		if (nearestEarlier < 0 || ends[i] >= ends[nearestEarlier]) nearestEarlier = i;
	}
	return {
		earlier,
		later: n - firstLater,
		nearestEarlier,
		nearestLater: firstLater < n ? firstLater : -1
	};
}

/**
 * The window of the same length as `[from, to)` that brings `span` into view about a fifth of
 * the way in from the edge it lay beyond: its middle at 20% from the left when it was earlier, at
 * 20% from the right when it was later.
 *
 * @example
 * panToward({ start: 0, end: 10 }, 100, 200, 'earlier'); // [-15, 85]
 */
export function panToward(
	span: Span,
	from: number,
	to: number,
	direction: 'earlier' | 'later'
): [number, number] {
	const length = to - from;
	const middle = (span.start + span.end) / 2;
	const start = direction === 'earlier' ? middle - length * 0.2 : middle - length * 0.8;
	return [start, start + length];
}
