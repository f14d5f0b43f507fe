/**
 * Lays out event marks and their labels in lanes so that no two labels overlap, and gathers
 * whatever the lanes cannot hold into counted clusters (issue 4, "Seeing every event").
 *
 * Greedy, left to right, in one pass over the events in view (they arrive in chronological
 * order, so by left edge): each mark and its label take the first lane that is free at their left
 * edge; an event that finds no free lane joins the cluster being built under it, or starts the
 * next one. Nothing is dropped: every event in view is either a labelled mark or counted in a
 * cluster. One event (the focused or selected one) can be pinned so that it is always drawn.
 *
 * A label is read on a clean background: it sits beside its mark (`placeLabel`), never over
 * another event's mark (a mark and its label share one footprint in their lane), and over its own
 * band only when the band leaves no room beside it, and then on an opaque chip (`over`).
 *
 * Pure arithmetic on pixels: the caller maps dates to x with its scale and estimates label widths.
 */
import { clusterRest, defaultBadgeWidth, type Cluster } from './clusters';

/** Where one event's mark sits on screen and how wide its label wants to be, in pixels. */
export interface LaneItem {
	/** Left edge of the mark: the point, or the start of a band. */
	x0: number;
	/** Right edge of the mark (equal to `x0` for a point). */
	x1: number;
	/** The width the label needs to be read in full. */
	labelWidth: number;
	/**
	 * True when the title is longer than two lines of the widest label: it is cut (with an
	 * ellipsis) however much room the lanes give it. Default false.
	 */
	long?: boolean;
}

export interface LaneOptions {
	/** How many lanes there are. */
	lanes: number;
	/** Width of the visible area; labels flip to the left of marks rather than run past it. */
	width: number;
	/** Free pixels kept between neighbours in a lane. Default 8. */
	gap?: number;
	/** Space between a point and its label. Default 9. */
	pad?: number;
	/** Position (in the items) of an event that must be drawn even if lanes are full, or -1. */
	pinned?: number;
	/** Width of a cluster's badge for a count. Default: room for the digits. */
	badgeWidth?: (count: number) => number;
	/**
	 * Each item's priority (higher is placed first: an event's importance), or none to place
	 * them from left to right. Default none.
	 */
	priority?: ArrayLike<number> | null;
	/**
	 * How many events each item stands for (`foldColumns`): an item standing for more than one
	 * is counted, with all of them, in a cluster, never drawn as a mark. Default one each.
	 * Only without `priority`: a view folded by column is laid out from left to right.
	 */
	counts?: ArrayLike<number> | null;
}

/** An event drawn as a mark with its label. */
export interface PlacedMark {
	/** Position in the items given to `layoutLanes`. */
	item: number;
	lane: number;
	/** Left of the label box. */
	labelX: number;
	/** Width given to the label (it is cut with an ellipsis beyond). */
	labelWidth: number;
	/** True when the label sits to the left of its mark, against the right edge. */
	flipped: boolean;
	/**
	 * True when the label lies over its own band (one that spans most of the view): it must be
	 * drawn on an opaque background, `CHIP_PAD` wide each side, so the hatching does not run
	 * through its text.
	 */
	over: boolean;
	/** True when the label got less than the width it asked for, so its title is cut sooner. */
	cut: boolean;
}

export interface LaneLayout {
	marks: PlacedMark[];
	clusters: Cluster[];
}

/**
 * Below this width (in pixels) a band is labelled like a point: beside its mark, never over it.
 * The caller widens narrower bands to `MIN_BAND` so they stay visible.
 */
export const THIN_BAND = 24;

/** The narrowest a band is drawn, in pixels: a week across a decade still shows as a band. */
export const MIN_BAND = 12;

/** Padding, each side, of the opaque chip under a label that lies over its own band. */
export const CHIP_PAD = 4;

/**
 * The narrowest a label beside its mark is cut to before it goes over its band instead: room
 * for two short lines of title and the date (`labelWidth`'s minimum is 84).
 */
export const MIN_BESIDE = 120;

/** Free pixels kept between neighbours in a lane, by default. */
export const GAP = 8;

/** Space between a mark and the label beside it, by default. */
export const PAD = 9;

/** Space kept between a band's visible edge and a chip inside it, or a cut label and the view's. */
export const INSET = 4;

/**
 * Where a label goes, in pixels, relative to its mark, within a view `width` wide (`pad` is the
 * space between a mark and a label beside it; `item.labelWidth` should already fit in the view).
 *
 * In order of preference: inside its band, on a chip, when the band's visible part holds the whole
 * label (a year seen close up); beside the mark, right then left, in full; beside it on the
 * roomier side, cut, when that side still holds `MIN_BESIDE`; and only for a band that leaves
 * less than that either side (one that spans most of the view), over the band, on a chip, kept
 * on screen.
 * A point's label is always beside it, so its dot is never covered.
 *
 * @example
 * placeLabel({ x0: 100, x1: 100, labelWidth: 80 }, 1000, 9); // right of the point, at 109
 * placeLabel({ x0: 200, x1: 240, labelWidth: 300 }, 360, 9); // left of the band, cut to 187
 */
export function placeLabel(
	item: LaneItem,
	width: number,
	pad: number
): Omit<PlacedMark, 'item' | 'lane' | 'cut'> {
	const want = item.labelWidth;
	const point = item.x1 - item.x0 < THIN_BAND;
	const shown: [number, number] = [Math.max(item.x0, 0), Math.min(item.x1, width)];
	const chip = want + 2 * CHIP_PAD;
	if (!point && shown[1] - shown[0] >= chip + 2 * INSET)
		return { labelX: shown[0] + INSET, labelWidth: chip, flipped: false, over: true };
	// The room either side, within the view (a pinned mark can lie past its edge).
	const start = Math.max(item.x1 + pad, 0);
	const right = width - start;
	const left = Math.min(item.x0 - pad, width);
	if (right >= want) return { labelX: start, labelWidth: want, flipped: false, over: false };
	if (left >= want) return { labelX: left - want, labelWidth: want, flipped: true, over: false };
	// Cut beside the mark while that leaves room to read, rather than cover the band: the band
	// shows when the event happened, and focus shows the whole title.
	if (point || Math.max(left, right) >= MIN_BESIDE) {
		// A cut label fills its side, so it keeps a few pixels off the view's edge.
		if (right >= left)
			return { labelX: start, labelWidth: Math.max(right - INSET, 0), flipped: false, over: false };
		return { labelX: INSET, labelWidth: Math.max(left - INSET, 0), flipped: true, over: false };
	}
	const labelWidth = Math.min(chip, width);
	const labelX = Math.max(Math.min(shown[0] + INSET, width - labelWidth), 0);
	return { labelX, labelWidth, flipped: false, over: true };
}

/**
 * The pixel extent to draw a band at: its own, or `MIN_BAND` wide about its centre when it is
 * narrower, so that a week seen across a decade is still a visible (approximate) mark.
 *
 * @example
 * bandExtent(100, 102); // [95, 107]
 */
export function bandExtent(x0: number, x1: number): [number, number] {
	if (x1 - x0 >= MIN_BAND) return [x0, x1];
	const centre = (x0 + x1) / 2;
	return [centre - MIN_BAND / 2, centre + MIN_BAND / 2];
}

/**
 * The width to give a title so that it reads in full on one line, or on two when one line would
 * need more than `max`; only a title longer than two lines of `max` is cut (with an ellipsis).
 * Each line gets 60% of the title plus 12 px: words break where they can, so the first line
 * may leave a long word's width unused.
 *
 * @example
 * labelWidth(150, 320); // 150: one line
 * labelWidth(400, 320); // 252: two lines
 */
export function labelWidth(titleWidth: number, max: number, min = 84): number {
	const one = Math.max(titleWidth, min);
	if (one <= max) return one;
	return Math.min(max, Math.ceil(titleWidth * 0.6) + 12);
}

/**
 * Whether a title `titleWidth` wide overflows two lines of `max` (what {@link labelWidth} gives
 * it), so that it ends in an ellipsis whatever the room.
 *
 * @example
 * overflowsTwoLines(400, 320); // false: two lines of 252
 * overflowsTwoLines(600, 320); // true
 */
export function overflowsTwoLines(titleWidth: number, max: number): boolean {
	return titleWidth > max && Math.ceil(titleWidth * 0.6) + 12 > max;
}

/**
 * Places items (in chronological order) in lanes, clustering what does not fit.
 *
 * Without `priority`, greedily from left to right (see the module's comment). With it, the most
 * important first, wherever in the view they are: each item, from the highest priority down
 * (ties in chronological order), takes the first lane in which its footprint meets no other's,
 * so when the lanes are crowded it is the least important events that are counted in clusters
 * (issue 12). The pinned item is placed before any other either way; with `priority`, the bands
 * across the whole view next (in the greedy order they come first, starting before the view).
 *
 * @example
 * layoutLanes([{ x0: 10, x1: 10, labelWidth: 100 }, { x0: 20, x1: 20, labelWidth: 100 }], {
 * 	lanes: 1,
 * 	width: 500
 * }); // one mark in lane 0 and one cluster of 1
 * layoutLanes(sameItems, { lanes: 1, width: 500, priority: [1, 5] }); // the second one labelled
 */
export function layoutLanes(items: ArrayLike<LaneItem>, options: LaneOptions): LaneLayout {
	const { gap = GAP, badgeWidth = defaultBadgeWidth, counts = null } = options;
	const { marks, placed } = options.priority
		? placeByPriority(items, options, options.priority)
		: placeInOrder(items, options);
	return {
		marks,
		clusters: clusterRest(items, placed, badgeWidth, gap, options.width, counts)
	};
}

/** Lays out the footprint (mark and label) of one item, as the lanes reserve it. */
function footprinter(width: number, pad: number) {
	return (item: LaneItem) => {
		// The mark and its label take one stretch of the lane, so no other event's mark or label
		// can be placed over either of them.
		const want = Math.min(item.labelWidth, Math.max(width - 2 * pad, 0));
		const label = placeLabel({ ...item, labelWidth: want }, width, pad);
		const left = Math.min(item.x0 - 6, label.labelX);
		const right = Math.max(item.x1 + 6, label.labelX + label.labelWidth);
		const cut =
			item.long === true || label.labelWidth - (label.over ? 2 * CHIP_PAD : 0) < item.labelWidth;
		return { left, right, ...label, cut };
	};
}

/** The marks placed, and which items got one (1) and which are left to the clusters (0). */
interface Placement {
	marks: PlacedMark[];
	placed: Uint8Array;
}

/** Greedy, left to right: each item takes the first lane free at its left edge. */
function placeInOrder(items: ArrayLike<LaneItem>, options: LaneOptions): Placement {
	const { lanes, width, gap = GAP, pad = PAD, pinned = -1, counts = null } = options;
	const free = new Array<number>(lanes).fill(-Infinity);
	const marks: PlacedMark[] = [];
	const placed = new Uint8Array(items.length);
	const footprint = footprinter(width, pad);

	// The pinned event's footprint is reserved in lane 0 before anything else is placed.
	const reserved = pinned >= 0 && pinned < items.length ? footprint(items[pinned]) : null;

	for (let i = 0; i < items.length; i++) {
		// A mark's footprint starts at least 6 px left of it: when every lane is taken beyond that,
		// no label placement could fit it, so it is counted at once (at 100,000 events, nearly all
		// of them, and this skips placing their labels).
		let lowest = Infinity;
		for (let l = 0; l < lanes; l++) lowest = Math.min(lowest, free[l]);
		const members = counts ? counts[i] : 1;
		const full = i !== pinned && (members > 1 || lowest > items[i].x0 - 6);
		const box = full ? null : footprint(items[i]);
		let lane = -1;
		if (!box) {
			// Counted in a cluster.
		} else if (i === pinned) {
			lane = 0;
		} else {
			for (let l = 0; l < lanes; l++) {
				if (free[l] > box.left) continue;
				if (
					l === 0 &&
					reserved &&
					box.right + gap > reserved.left &&
					box.left < reserved.right + gap
				)
					continue;
				lane = l;
				break;
			}
		}
		if (box && lane >= 0) {
			free[lane] = Math.max(free[lane], box.right + gap);
			placed[i] = 1;
			marks.push(placedMark(i, lane, box));
		}
	}
	return { marks, placed };
}

function placedMark(
	item: number,
	lane: number,
	box: Omit<PlacedMark, 'item' | 'lane'>
): PlacedMark {
	const { labelX, labelWidth, flipped, over, cut } = box;
	return { item, lane, labelX, labelWidth, flipped, over, cut };
}

/**
 * Most important first (after the pinned item and the bands across the whole view): each item,
 * by `priority` (highest first, ties by position), takes the first lane where its footprint,
 * `gap` apart, meets no footprint placed before. Each lane keeps its footprints sorted by left
 * edge, so a check is a binary search; an item whose mark alone finds no room in any lane is
 * counted without placing its label.
 */
function placeByPriority(
	items: ArrayLike<LaneItem>,
	options: LaneOptions,
	priority: ArrayLike<number>
): Placement {
	const { lanes, width, gap = GAP, pad = PAD, pinned = -1 } = options;
	const footprint = footprinter(width, pad);
	const n = items.length;
	// A band across the whole view (April 2010 seen from one of its weeks) comes right after the
	// pinned event: it fits only in a lane still empty, and no zoom into the view would ever
	// uncover it from a cluster, since it covers every part of it.
	const across = (i: number) => +(items[i].x0 <= 0 && items[i].x1 >= width);
	const order = Array.from({ length: n }, (_, i) => i).sort(
		(a, b) =>
			Number(b === pinned) - Number(a === pinned) ||
			across(b) - across(a) ||
			priority[b] - priority[a] ||
			a - b
	);
	// Per lane, the placed footprints' left and right edges, sorted by left edge (they never meet).
	const lefts: number[][] = Array.from({ length: lanes }, () => []);
	const rights: number[][] = Array.from({ length: lanes }, () => []);
	const fits = (l: number, left: number, right: number) => {
		const ls = lefts[l];
		// The first footprint starting at or after `right + gap` and everything after it are clear;
		// the one before it is the only one that may reach over `left`.
		let lo = 0;
		let hi = ls.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ls[mid] < right + gap) lo = mid + 1;
			else hi = mid;
		}
		return lo === 0 || rights[l][lo - 1] + gap <= left;
	};
	const marks: PlacedMark[] = [];
	const placed = new Uint8Array(n);
	for (const i of order) {
		const item = items[i];
		let room = false;
		for (let l = 0; l < lanes && !room; l++) room = fits(l, item.x0 - 6, item.x1 + 6);
		if (!room && i !== pinned) continue;
		const box = footprint(item);
		let lane = i === pinned ? 0 : -1;
		for (let l = 0; l < lanes && lane < 0; l++) if (fits(l, box.left, box.right)) lane = l;
		if (lane < 0) continue;
		const at = lefts[lane].findIndex((x) => x > box.left);
		const k = at < 0 ? lefts[lane].length : at;
		lefts[lane].splice(k, 0, box.left);
		rights[lane].splice(k, 0, box.right);
		placed[i] = 1;
		marks.push(placedMark(i, lane, box));
	}
	// Marks come in chronological order, as the greedy layout gives them.
	marks.sort((a, b) => a.item - b.item);
	return { marks, placed };
}

/** An event's span in UTC ms, as the timeline indexes it; `point` for one known to the day. */
export interface EventSpan {
	start: number;
	end: number;
	point: boolean;
}

/**
 * The `LaneItem`s of the events at `indices`, as the timeline draws them through the scale `x`:
 * a day at the middle of its day, a longer span as a band at least `MIN_BAND` wide (as
 * `bandExtent`), each label
 * as wide as its title wants (`labelWidth`, at most `maxLabel`).
 *
 * @example
 * laneItems([{ start: 0, end: 10, point: true }], [0], (t) => t, () => 50, 320);
 * // [{ x0: 5, x1: 5, labelWidth: 84 }]
 */
export function laneItems(
	spans: readonly EventSpan[],
	indices: readonly number[],
	x: (time: number) => number,
	titleWidth: (index: number) => number,
	maxLabel: number
): LaneItem[] {
	// One shared measure, and no array per item: at 100,000 events in view, allocations count.
	const measure = { titleWidth, maxLabel };
	return indices.map((i) => {
		const s = spans[i];
		if (s.point) {
			const at = x((s.start + s.end) / 2);
			return new Item(at, at, i, measure);
		}
		const x0 = x(s.start);
		const x1 = x(s.end);
		if (x1 - x0 >= MIN_BAND) return new Item(x0, x1, i, measure);
		const centre = (x0 + x1) / 2;
		return new Item(centre - MIN_BAND / 2, centre + MIN_BAND / 2, i, measure);
	});
}

/**
 * A `LaneItem` whose label width is worked out when first asked for: the lanes never ask for
 * most of a crowded view's (they are counted in clusters), so their titles are never measured.
 */
class Item implements LaneItem {
	#width = -1;
	constructor(
		readonly x0: number,
		readonly x1: number,
		private readonly index: number,
		private readonly measure: { titleWidth: (index: number) => number; maxLabel: number }
	) {}
	#long = false;
	get labelWidth(): number {
		if (this.#width < 0) {
			const title = this.measure.titleWidth(this.index) + 6;
			this.#width = labelWidth(title, this.measure.maxLabel);
			this.#long = overflowsTwoLines(title, this.measure.maxLabel);
		}
		return this.#width;
	}
	get long(): boolean {
		void this.labelWidth;
		return this.#long;
	}
}
