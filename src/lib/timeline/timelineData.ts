/**
 * A dataset's events as the timeline reads them, built once per dataset: in reading order, with
 * their spans in UTC ms, the index that finds the ones in a window by binary search, and their
 * titles' widths. Pure, and built to stay cheap at 100,000 events (issue 15): no collation, no
 * DOM, and a title is measured only when it is first laid out.
 */
import { dayStart } from '$lib/data/days';
import { dateLabel, instantSpan, readingOrder } from '$lib/data/partialDate';
import type { TimelineEvent } from '$lib/data/schema';
import type { EventSpan } from './lanes';
import { longSpans, mixesSpans } from './longSpans';
import { edgeIndex, type EdgeIndex } from './offscreen';
import { estimateTextWidth } from './scales';
import { indexSpans, type SpanIndex } from './viewRange';

type Ordered = Pick<TimelineEvent, 'start' | 'end' | 'importance'> & { date?: string };

const DAY = 86_400_000;

/**
 * UTC midnight of a contract day (`YYYY-MM-DD`), read digit by digit: `dayStart`'s answer at a
 * fraction of its cost, which counts at 100,000 events (two days each). Years before 100 go
 * through `dayStart`, as `Date.UTC` would read them as 1900-1999.
 */
function dayMs(day: string): number {
	const year =
		day.charCodeAt(0) * 1000 + day.charCodeAt(1) * 100 + day.charCodeAt(2) * 10 + day.charCodeAt(3);
	// 53,328 is '0000' read that way: the digits' codes are 48 more than their values.
	if (day.length !== 10 || !(year - 53_328 >= 100)) return dayStart(day);
	const month = day.charCodeAt(5) * 10 + day.charCodeAt(6) - 528;
	return Date.UTC(year - 53_328, month - 1, day.charCodeAt(8) * 10 + day.charCodeAt(9) - 528);
}

const orders = new WeakMap<readonly Ordered[], readonly Ordered[]>();

/**
 * The events in reading order: DOM order, keyboard order, screen-reader order and the list under
 * the timeline all follow it. Remembered per array, so the timeline and the list of one dataset
 * share one sort; an array already in order is not sorted again.
 *
 * @example
 * chronologicalOrder(dataset.events)[0]; // the earliest event
 */
export function chronologicalOrder<T extends Ordered>(events: readonly T[]): readonly T[] {
	const known = orders.get(events);
	if (known) return known as readonly T[];
	let sorted = true;
	for (let i = 1; i < events.length && sorted; i++)
		sorted = readingOrder(events[i - 1], events[i]) <= 0;
	const order = sorted ? events : [...events].sort(readingOrder);
	orders.set(events, order);
	return order;
}

/**
 * Remembers events as being in reading order (ordered elsewhere, in steps: `readAhead.ts`), so
 * that `chronologicalOrder` hands them back as they are, without checking them again (a pass
 * over every event of a 100,000-event dataset).
 *
 * @example
 * chronologicalOrder(inReadingOrder(sorted)) === sorted; // true
 */
export function inReadingOrder<T extends Ordered>(events: readonly T[]): readonly T[] {
	orders.set(events, events);
	return events;
}

/** The timeline's view of a dataset's events. */
export interface TimelineData {
	/** The events in reading order. */
	events: readonly TimelineEvent[];
	/** Each event's span in UTC ms (a day is a point), in the same order. */
	spans: EventSpan[];
	/** The spans indexed for windows (`visibleIndices`) and for what lies beyond them. */
	index: SpanIndex;
	edges: EdgeIndex;
	/**
	 * Where the event `id` sits in `events`, or -1. Found by a scan the first time each id is
	 * asked for (a few ids are: the selected, the focused), not by indexing every id up front,
	 * which cost a quarter of a second of a 160,000-event dataset's first draw.
	 */
	position: (id: string | null) => number;
	/**
	 * The width event `i`'s label wants on one line, in pixels: its title in bold 13 px, or its
	 * date line (11.5 px) when that is wider ("The Big Bang", "13.8 billion years ago"), so the
	 * date under a short title is never cut.
	 */
	titleWidth: (i: number) => number;
	/** Each event's importance (-1 for one without), or null when none has one (`importanceOf`). */
	importance: Float64Array | null;
	/** Which events are long spans, drawn apart from the day's news (`longSpans`), or null. */
	long: Uint8Array | null;
	/**
	 * Whether the events mix day-level points with spans (`mixesSpans`): spans covering much of
	 * a zoomed view are then set apart too, so the timeline keeps thin rows for them.
	 */
	mixed: boolean;
}

const prepared = new WeakMap<readonly TimelineEvent[], Omit<TimelineData, 'titleWidth'>>();

/**
 * The events in reading order, their spans and indexes: built once per array of events and
 * remembered, so a page that receives a large dataset can build them in a task of their own
 * (`remoteClient.ts`) before the timeline first draws, rather than in the same one.
 *
 * @example
 * prepareEvents(dataset.events).index.extent; // the first start and last end, in UTC ms
 */
export function prepareEvents(events: readonly TimelineEvent[]): Omit<TimelineData, 'titleWidth'> {
	const known = prepared.get(events);
	if (known) return known;
	const ordered = chronologicalOrder(events);
	const spans = ordered.map((e) => {
		// A time of day is placed at its minute; one stated minute is a point, as a day is.
		if (e.precision === 'minute') {
			const { from, to } = instantSpan(e);
			return { start: from, end: to, point: to - from <= 60_000 };
		}
		// The end day is inclusive: the span ends at the next midnight (as `dayEnd` reckons).
		return { start: dayMs(e.start), end: dayMs(e.end) + DAY, point: e.precision === 'day' };
	});
	const index = indexSpans(spans);
	const importance = importanceOf(ordered);
	const long = longSpans(spans);
	const found = new Map<string, number>();
	const result = {
		events: ordered,
		spans,
		index,
		edges: edgeIndex(index),
		importance,
		long,
		mixed: mixesSpans(spans),
		position: (id: string | null) => {
			if (id === null) return -1;
			let at = found.get(id);
			if (at === undefined) found.set(id, (at = ordered.findIndex((e) => e.id === id)));
			return at;
		}
	};
	prepared.set(events, result);
	return result;
}

/**
 * Each event's importance, in the events' order, -1 for an event without one (below every
 * score, which are never negative); null when no event has one, so that a dataset without
 * importance is laid out exactly as before it existed.
 *
 * @example
 * importanceOf([{ importance: 2 }, {}]); // Float64Array [2, -1]
 */
export function importanceOf(events: readonly { importance?: number }[]): Float64Array | null {
	if (!events.some((e) => e.importance !== undefined)) return null;
	return Float64Array.from(events, (e) => e.importance ?? -1);
}

/**
 * Prepares the events for the timeline (`prepareEvents`, remembered), with their titles' widths.
 * `textScale` corrects the estimated widths to the real font (the ratio of a measured sample to
 * its estimate). Widths are estimated on first use and kept, so opening a 100,000-event dataset
 * measures only the titles it lays out.
 *
 * @example
 * const data = timelineData(dataset.events);
 * data.events[data.position('soleimani-strike')].title;
 */
export function timelineData(events: readonly TimelineEvent[], textScale = 1.15): TimelineData {
	const base = prepareEvents(events);
	const widths = new Float32Array(base.events.length).fill(-1);
	return {
		...base,
		titleWidth: (i) => {
			if (widths[i] < 0) {
				const event = base.events[i];
				const date = event.displayDate ?? dateLabel(event);
				const longest = Math.max(estimateTextWidth(event.title), estimateTextWidth(date, 11.5));
				widths[i] = Math.ceil(longest * textScale);
			}
			return widths[i];
		}
	};
}
