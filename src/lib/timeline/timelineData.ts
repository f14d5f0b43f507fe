/**
 * A dataset's events as the timeline reads them, built once per dataset: in reading order, with
 * their spans in UTC ms, the index that finds the ones in a window by binary search, and their
 * titles' widths. Pure, and built to stay cheap at 100,000 events (issue 15): no collation, no
 * DOM, and a title is measured only when it is first laid out.
 */
import { dayStart } from '$lib/data/partialDate';
import type { TimelineEvent } from '$lib/data/schema';
import type { EventSpan } from './lanes';
import { edgeIndex, type EdgeIndex } from './offscreen';
import { estimateTextWidth } from './scales';
import { indexSpans, type SpanIndex } from './viewRange';

type Ordered = Pick<TimelineEvent, 'start' | 'end' | 'title'>;

const DAY = 86_400_000;

/**
 * Reading order: by first day, then last day, then title. The days are ISO strings, compared as
 * plain strings (the same order as collating them, at a fraction of the cost: at 100,000 events
 * collation took a good part of a second); only titles are collated.
 */
export function compareChronologically(a: Ordered, b: Ordered): number {
	if (a.start !== b.start) return a.start < b.start ? -1 : 1;
	if (a.end !== b.end) return a.end < b.end ? -1 : 1;
	return a.title.localeCompare(b.title);
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
		sorted = compareChronologically(events[i - 1], events[i]) <= 0;
	const order = sorted ? events : [...events].sort(compareChronologically);
	orders.set(events, order);
	return order;
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
	/** Where each event id sits in `events`. */
	positions: Map<string, number>;
	/** The width of event `i`'s title on one line in bold 13 px, in pixels. */
	titleWidth: (i: number) => number;
}

/**
 * Prepares the events for the timeline. `textScale` corrects the estimated title widths to the
 * real font (the ratio of a measured sample to its estimate). Widths are estimated on first use
 * and kept, so opening a 100,000-event dataset measures only the titles it lays out.
 *
 * @example
 * const data = timelineData(dataset.events);
 * data.events[data.positions.get('soleimani-strike')!].title;
 */
export function timelineData(events: readonly TimelineEvent[], textScale = 1.15): TimelineData {
	const ordered = chronologicalOrder(events);
	// Days repeat (news comes in bursts): each is read once.
	const days = new Map<string, number>();
	const day = (iso: string) => {
		let ms = days.get(iso);
		if (ms === undefined) days.set(iso, (ms = dayStart(iso)));
		return ms;
	};
	const spans = ordered.map((e) => ({
		start: day(e.start),
		// The end day is inclusive: the span ends at the next midnight (as `dayEnd` reckons).
		end: day(e.end) + DAY,
		point: e.precision === 'day'
	}));
	const index = indexSpans(spans);
	const widths = new Float32Array(ordered.length).fill(-1);
	return {
		events: ordered,
		spans,
		index,
		edges: edgeIndex(index),
		positions: new Map(ordered.map((e, i) => [e.id, i])),
		titleWidth: (i) => {
			if (widths[i] < 0) widths[i] = Math.ceil(estimateTextWidth(ordered[i].title) * textScale);
			return widths[i];
		}
	};
}
