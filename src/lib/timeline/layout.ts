/**
 * The timeline's layout, composed: from the events, the scale of the view and a few options to
 * the marks and clusters to draw, in pixels. A pure function, so what the timeline draws at any
 * zoom can be tested without a browser, and new inputs (an event's importance, groups as lanes,
 * eras behind the events) come in as options rather than as more state in the component.
 *
 * The steps, in order, each for a reason:
 *
 * 1. `inView`: the events whose spans meet the window (binary search, so a pan costs a few
 *    comparisons at 100,000 events), plus the pinned one (focused, selected or under a finger),
 *    which must stay in the DOM even when panned out of view, or the keyboard focus and the touch
 *    gesture on it would be lost.
 * 2. `laneItems`: each event's mark and the width its label wants, through the scale. Events
 *    without importance, when the view holds more of them than pixel columns, are folded first
 *    (`foldColumns`): neighbours in one column become one group counted as a whole, so a frame's
 *    work is bounded by the view's width, not the dataset's size; long spans set apart are not
 *    folded, and keep their rows (`foldedUnits`).
 * 3. `layoutLanes`: marks and labels in lanes, the most important events first when the events
 *    carry an importance (else from left to right), what they cannot hold counted in clusters;
 *    laid out again with the pinned event reserved only when it fell in a cluster, so opening an
 *    event never moves it. Long spans (`longSpans.ts`), when the timeline sets them apart, are
 *    laid out the same way in thin rows of their own (`spanRows`), with one line of title, so the
 *    day's events keep the lanes; so are the spans covering more than half of the view
 *    (`apartInView`: a month seen across three weeks); what neither holds is counted in one row
 *    of clusters.
 * 4. `grow` (`expandLabel`, loaded when first needed): the label of the expanded event (selected,
 *    else focused) grows to show its title; the labels it reaches over are eclipsed meanwhile.
 *
 * With groups (`bands`, issue 16), steps 2 to 4 run once per band, on its own events and lanes:
 * a group's events never take another group's lanes, and each band counts its own clusters.
 */
import { foldColumns } from './columns';
import type { expandLabel } from './expand';
import { clusterRest, defaultBadgeWidth, fitRow, type Cluster } from './clusters';
import {
	GAP,
	laneItems,
	layoutLanes,
	type EventSpan,
	type LaneItem,
	type LaneLayout,
	type PlacedMark
} from './lanes';
import { apartInView } from './longSpans';
import type { TimeScale } from './scales';
import { visibleIndices, type SpanIndex } from './viewRange';

/** What the layout is asked for, besides the events and the scale. */
export interface LayoutOptions {
	/** How many lanes there are. */
	lanes: number;
	/** The view's width, in pixels. */
	width: number;
	/** The widest a label may be, in pixels. */
	maxLabel: number;
	/** Index of the event that must be drawn (focused, selected or held), or -1. Default -1. */
	pinned?: number;
	/** Index of the event whose label grows to show its title, or -1. Default -1. */
	expanded?: number;
	/**
	 * Lines of title an expanded label holds when it spans one lane, two, …. Default `[2, 6]`
	 * (58 px lanes, 13 px titles).
	 */
	expandedLines?: readonly number[];
	/** How the expanded label grows (`expandLabel`); without it, it keeps its two lines. */
	grow?: typeof expandLabel | null;
	/**
	 * The bands of groups (`groupBands`): the band of each event (chronological order) and each
	 * band's lanes, which replace `lanes`. Default none: one band of `lanes` lanes.
	 */
	bands?: { of: ArrayLike<number>; lanes: readonly number[] } | null;
	/**
	 * How many thin rows the long spans (`LayoutEvents.long`) get, below the lanes, with the
	 * spans that cover more than half of the view (`apartInView`). Default 0: they are laid out
	 * in the lanes with the other events. With `bands`, each group's long spans
	 * stay in its band's lanes: a group is read as one, whatever its events' lengths.
	 */
	spanRows?: number;
}

/** The events, as the layout needs them, in chronological order. */
export interface LayoutEvents {
	/** Each event's span (`EventSpan`: a day is a point). */
	spans: readonly EventSpan[];
	/** Their index (`indexSpans`). */
	index: SpanIndex;
	/** The width of event `index`'s title on one line, in pixels. */
	titleWidth: (index: number) => number;
	/**
	 * Each event's importance, -1 for one without (`importanceOf`), or null when no event has
	 * one: then the lanes fill from left to right. Default null.
	 */
	importance?: Float64Array | null;
	/** Which events are long spans, drawn in rows of their own (`longSpans`), or null. */
	long?: Uint8Array | null;
}

/** An event drawn as a mark with its label. */
export interface EventMark extends Omit<PlacedMark, 'item'> {
	/** The event's index in the chronological order. */
	index: number;
	/** Its mark's pixel extent (`x0 === x1` for a point). */
	x0: number;
	x1: number;
	/** Lines of title the label may take (2 unless it was grown). */
	lines: number;
	/** How many lanes the event's box spans, from its own down (1 unless its label grew). */
	depth: number;
	/** True while another event's grown label lies over this one's: its label is hidden. */
	eclipsed: boolean;
	/** The band (group) whose lanes it is in; 0 without groups. */
	band: number;
	/** True for a long span drawn in a thin row (`lane` counts those rows), one line of title. */
	thin: boolean;
}

/** Events the lanes could not hold, drawn as one counted badge. */
export interface ClusterMark extends Omit<Cluster, 'first' | 'last'> {
	/** Indices (chronological) of its earliest and latest member. */
	first: number;
	last: number;
	/** The band (group) whose events it counts; 0 without groups. */
	band: number;
}

export interface TimelineLayout {
	marks: EventMark[];
	clusters: ClusterMark[];
}

/**
 * The indices of the events meeting the window `[from, to)`, in chronological order, with the
 * `pinned` one (or -1) added in its place when it lies outside.
 *
 * @example
 * inView(index, [Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)], 0); // e.g. [0, 7, 8]
 */
export function inView(index: SpanIndex, [from, to]: [number, number], pinned = -1): number[] {
	const visible = visibleIndices(index, from, to);
	if (pinned < 0 || pinned >= index.starts.length || visible.includes(pinned)) return visible;
	return pinned < (visible[0] ?? Infinity) ? [pinned, ...visible] : [...visible, pinned];
}

/**
 * Lays out the events in view through the scale `x`: the marks to draw, with their labels (one
 * grown), and the clusters counting the rest. Every event in view is in exactly one of them.
 *
 * @example
 * composeLayout(events, timeScale(view, [0, 1000]), { lanes: 4, width: 1000, maxLabel: 320 });
 * // { marks: [{ index: 3, lane: 0, labelX: …, … }], clusters: [{ first: 5, last: 9, count: 5, … }] }
 */
export function composeLayout(
	{ spans, index, titleWidth, importance = null, long = null }: LayoutEvents,
	x: TimeScale,
	{ lanes, bands = null, pinned = -1, spanRows = 0, ...options }: LayoutOptions
): TimelineLayout {
	const visible = inView(index, x.domain(), pinned);
	const band = { spans, x, titleWidth, importance, long, pinned, ...options };
	if (!bands) {
		// With thin rows, what covers much of this view is set apart too, as a year is.
		const apart = spanRows > 0 ? apartInView(spans, visible, x.domain(), long) : long;
		return fitted(layoutBand(visible, 0, { ...band, long: apart, lanes, spanRows }), options.width);
	}
	// Each band lays out its own events, in their chronological order.
	const members: number[][] = bands.lanes.map(() => []);
	for (const i of visible) members[bands.of[i]]?.push(i);
	const layout: TimelineLayout = { marks: [], clusters: [] };
	members.forEach((list, b) => {
		const { marks, clusters } = fitted(
			layoutBand(list, b, { ...band, lanes: bands.lanes[b] }),
			options.width
		);
		layout.marks.push(...marks);
		layout.clusters.push(...clusters);
	});
	return layout;
}

/** A band's layout with its row of clusters kept within the timeline's width (`fitRow`). */
function fitted(layout: TimelineLayout, width: number): TimelineLayout {
	return { marks: layout.marks, clusters: fitRow(layout.clusters, width) };
}

/** What a band's layout is given: the timeline's options, its events' spans and scale. */
type BandOptions = Omit<LayoutOptions, 'bands'> &
	Pick<LayoutEvents, 'spans' | 'titleWidth' | 'importance' | 'long'> & {
		x: TimeScale;
		pinned: number;
	};

/**
 * One band's layout: steps 2 to 4 on the events `visible` (chronological indices). `groups`,
 * when the day's events were folded (`foldedUnits`), gives for each of `visible` the events it
 * stands for: how many, and the last of them.
 */
function layoutBand(
	visible: readonly number[],
	band: number,
	options: BandOptions,
	groups: { counts: ArrayLike<number>; lasts: ArrayLike<number> } | null = null
): TimelineLayout {
	const {
		spans,
		x,
		titleWidth,
		lanes,
		width,
		maxLabel,
		pinned,
		spanRows = 0,
		importance = null,
		long = null
	} = options;
	const apart = spanRows > 0 && long !== null;
	if (!importance && !groups) {
		// The day's events fold by pixel column, each long span set apart keeping its row.
		const fold = (days: number[]) => foldColumns(spans, days, x, pinned, width);
		const folded = foldedUnits(visible, apart ? long : null, fold);
		if (folded) return layoutBand(folded.heads, band, options, folded);
	}
	const items = laneItems(spans, visible, x, titleWidth, maxLabel);
	// Positions (in `visible`) of the events for the lanes and of the long spans for their rows.
	const main: number[] = [];
	const thin: number[] = [];
	for (let p = 0; p < visible.length; p++) (apart && long[visible[p]] ? thin : main).push(p);
	const priorityOf = (positions: number[]) =>
		importance ? positions.map((p) => importance[visible[p]]) : null;
	const pinnedAt = pinned < 0 ? -1 : visible.indexOf(pinned);

	const countsOf = (positions: number[]) =>
		groups ? positions.map((p) => groups.counts[p]) : null;

	/** Lays out the items at `positions` in `count` lanes, again with the pin if it was counted. */
	const place = (positions: number[], subItems: LaneItem[], count: number): LaneLayout =>
		placeWithPin(
			subItems,
			{ lanes: count, width, priority: priorityOf(positions), counts: countsOf(positions) },
			pinnedAt < 0 ? -1 : positions.indexOf(pinnedAt)
		);

	const mainItems = main.length === items.length ? items : main.map((p) => items[p]);
	const lanesLayout = place(main, mainItems, lanes);
	const rowsLayout = thin.length
		? place(
				thin,
				thin.map((p) => oneLine(items[p], titleWidth(visible[p]), maxLabel)),
				spanRows
			)
		: { marks: [], clusters: [] };

	const out = laneMarks(lanesLayout.marks, mainItems, (item) => visible[main[item]], band, options);
	for (const { item, ...m } of rowsLayout.marks) {
		const p = thin[item];
		out.push({
			...m,
			index: visible[p],
			x0: items[p].x0,
			x1: items[p].x1,
			lines: 1,
			depth: 1,
			eclipsed: false,
			band,
			thin: true
		});
	}
	let clusters: Cluster[] = lanesLayout.clusters;
	let at = (c: number) => main[c];
	if (thin.length) {
		// One row of clusters counts what neither the lanes nor the span rows hold.
		const placed = new Uint8Array(visible.length);
		for (const m of lanesLayout.marks) placed[main[m.item]] = 1;
		for (const m of rowsLayout.marks) placed[thin[m.item]] = 1;
		clusters = clusterRest(items, placed, defaultBadgeWidth, GAP, width, groups?.counts);
		out.sort((a, b) => a.index - b.index);
		at = (c) => c;
	}
	return {
		marks: out,
		clusters: clusters.map((c) => ({
			...c,
			first: visible[at(c.first)],
			last: groups ? groups.lasts[at(c.last)] : visible[at(c.last)],
			band
		}))
	};
}

/**
 * The events in view as a crowded view lays them out: the day's events folded by pixel column
 * (`fold`, as `foldColumns` does), a group standing for its events, and each long span set apart
 * (`long`, or null for none) for itself, in chronological order: each unit's first event
 * (`heads`), how many it stands for, and its last. Null when the day's events do not fold.
 */
function foldedUnits(
	visible: readonly number[],
	long: Uint8Array | null,
	fold: (days: number[]) => Int32Array | null
): { heads: number[]; counts: number[]; lasts: number[] } | null {
	const days = long ? visible.filter((i) => !long[i]) : [...visible];
	const starts = fold(days);
	if (!starts) return null;
	const units = { heads: [] as number[], counts: [] as number[], lasts: [] as number[] };
	const add = (head: number, count: number, last: number) => {
		units.heads.push(head);
		units.counts.push(count);
		units.lasts.push(last);
	};
	let g = 0;
	for (const i of visible) {
		if (long?.[i]) add(i, 1, i);
		else if (i === days[starts[g]]) {
			add(i, starts[g + 1] - starts[g], days[starts[g + 1] - 1]);
			g++;
		}
	}
	return units;
}

/** Lays out items in lanes, and again with the pinned one (`pin`, or -1) reserved if it was counted. */
function placeWithPin(
	items: LaneItem[],
	options: Parameters<typeof layoutLanes>[1],
	pin: number
): LaneLayout {
	const layout = layoutLanes(items, options);
	if (pin < 0 || layout.marks.some((m) => m.item === pin)) return layout;
	return layoutLanes(items, { ...options, pinned: pin });
}

/**
 * The marks of a band's lanes as drawn: each one's event (`eventOf` its item) and extent, and the
 * expanded event's label grown over its neighbours (step 4), which it eclipses meanwhile.
 */
function laneMarks(
	marks: PlacedMark[],
	items: LaneItem[],
	eventOf: (item: number) => number,
	band: number,
	{
		expanded = -1,
		expandedLines = [2, 6],
		grow = null,
		lanes,
		width,
		titleWidth
	}: Pick<LayoutOptions, 'expanded' | 'expandedLines' | 'grow' | 'lanes' | 'width'> &
		Pick<LayoutEvents, 'titleWidth'>
): EventMark[] {
	const at = expanded < 0 ? -1 : marks.findIndex((m) => eventOf(m.item) === expanded);
	const grown =
		at < 0 || !grow
			? null
			: grow({
					marks,
					items,
					at,
					lanes,
					width,
					titleWidth: titleWidth(expanded) + 6,
					lines: expandedLines
				});
	return marks.map(({ item, ...m }, k) => ({
		...m,
		...(k === at && grown ? { labelX: grown.labelX, labelWidth: grown.labelWidth } : null),
		index: eventOf(item),
		x0: items[item].x0,
		x1: items[item].x1,
		lines: k === at && grown ? expandedLines[grown.depth - 1] : 2,
		depth: k === at && grown ? grown.depth : 1,
		eclipsed: grown?.covers.includes(item) ?? false,
		band,
		thin: false
	}));
}

/** Room for a long span's date after its title on its one line ("2014", "1990s", "2019–2021"). */
const SPAN_DATE = 60;

/** A long span's item in a thin row: its title and date on one line, cut at `maxLabel`. */
function oneLine(item: LaneItem, titleWidth: number, maxLabel: number): LaneItem {
	const want = titleWidth + 6 + SPAN_DATE;
	return { x0: item.x0, x1: item.x1, labelWidth: Math.min(want, maxLabel), long: want > maxLabel };
}

/**
 * The window to zoom to when a cluster is opened: where its members are (from the first centre
 * to the last, padded by 15%, at least `minPad` ms each side), and at most half the view, so a
 * click always zooms in at least twofold, about the members, even when one of them is a band
 * wider than the view (a year in a cluster of 215 days).
 *
 * @example
 * clusterWindow({ c0: 100, c1: 140 }, timeScale([0, 1000], [0, 1000]), 0);
 * // [94, 146]: the members, padded
 */
export function clusterWindow(
	{ c0, c1 }: Pick<ClusterMark, 'c0' | 'c1'>,
	x: TimeScale,
	minPad = 3_600_000
): [number, number] {
	const [from, to] = x.domain();
	const t0 = x.invert(c0);
	const t1 = x.invert(c1);
	const pad = Math.max((t1 - t0) * 0.15, minPad);
	const half = (to - from) / 2;
	if (t1 - t0 + 2 * pad <= half) return [t0 - pad, t1 + pad];
	const middle = (t0 + t1) / 2;
	return [middle - half / 2, middle + half / 2];
}
