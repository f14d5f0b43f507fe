/**
 * Growing the label of the event the reader is on (selected, or focused by the keyboard) so that
 * more of its title, all of it where there is room, can show, over no other event's mark.
 *
 * Apart from `lanes.ts`, and loaded with the detail panel (`onDemand.svelte.ts`): only a reader
 * who opens or focuses an event needs it. Until it has loaded, that label keeps its two lines.
 */
import { CHIP_PAD, INSET, type LaneItem, type PlacedMark } from './lanes';

/** How `expandLabel` may grow the label of the event the reader is on. */
export interface ExpandOptions {
	/** How many lanes there are. */
	lanes: number;
	/** Width of the visible area. */
	width: number;
	/** The width the title needs on one line. */
	titleWidth: number;
	/** Free pixels kept between neighbours in a lane. Default 8 (as `layoutLanes`). */
	gap?: number;
	/**
	 * How many lines of title a label holds when it spans one lane, two lanes, …: its length is
	 * how many lanes it may reach down through. Default `[2, 6]` (58 px lanes, 13 px titles).
	 */
	lines?: readonly number[];
	/** How far the label's highlight is drawn past its box on each side. Default 5. */
	halo?: number;
}

/** The label of the event the reader is on, grown to show more of its title. */
export interface ExpandedLabel {
	/** Left of the label box, and its width. */
	labelX: number;
	labelWidth: number;
	/** How many lanes the label spans, from its own down: 1 keeps it in its own lane. */
	depth: number;
	/** Positions (in the items) of the events whose labels it covers: they must be hidden. */
	covers: number[];
}

/**
 * How many lines a title `titleWidth` wide takes in a label `width` wide: one when it fits, else
 * as `labelWidth` reckons (two lines hold a title in `0.6 * titleWidth + 12`).
 *
 * @example
 * titleLines(400, 252); // 2
 */
export function titleLines(titleWidth: number, width: number): number {
	if (titleWidth <= width) return 1;
	return Math.max(2, Math.ceil((titleWidth * 1.2) / Math.max(width - 12, 1)));
}

/** The part of its lane a mark covers, as drawn: a dot with its ring, or the band. */
function markExtent(item: LaneItem): [number, number] {
	return item.x1 === item.x0 ? [item.x0 - 6, item.x0 + 6] : [item.x0, item.x1];
}

/**
 * Grows the label of the selected (or focused) event so that more of its title (all of it, when
 * there is room) can show, without ever lying over another event's mark, or over a label that is
 * not then hidden.
 *
 * The label keeps its side of the mark (so it does not jump) and widens into the free part of
 * its lane, up to the width its title needs on one line, or on two. A title that still needs more
 * lines may reach down through the lanes below (`lines` says how many each depth holds) where no
 * other event's mark lies under it, narrower if it must be to pass them; the labels it would cover
 * there are named in `covers`, for the caller to hide while it is expanded. Of these shapes the
 * one that shows the most of the title wins, the shallowest on a tie. A label over its own band
 * (on a chip) keeps its box and only reaches down. The caller clamps the title to the lines the
 * chosen depth holds, so a title longer than that is cut, never drawn over a neighbour.
 *
 * @example
 * // A lone point whose label was cut: widened to the right until its title fits on one line.
 * expandLabel({ marks: [{ item: 0, lane: 0, labelX: 109, labelWidth: 150, flipped: false,
 *   over: false, cut: true }], items: [{ x0: 100, x1: 100, labelWidth: 300 }], at: 0,
 *   lanes: 2, width: 1000, titleWidth: 400 }); // labelX 109, labelWidth 400, depth 1
 */
export function expandLabel({
	marks,
	items,
	at,
	lanes,
	width,
	titleWidth,
	gap = 8,
	lines = [2, 6],
	halo = 5
}: ExpandOptions & {
	/** The layout, from `layoutLanes`. */
	marks: readonly PlacedMark[];
	/** The items it was laid out from. */
	items: ArrayLike<LaneItem>;
	/** Position in `marks` of the event to expand. */
	at: number;
}): ExpandedLabel {
	const self = marks[at];
	const own: [number, number] = [self.labelX, self.labelX + self.labelWidth];
	// A title that its label already holds stays as it is.
	if (titleLines(titleWidth, self.labelWidth - (self.over ? 2 * CHIP_PAD : 0)) <= lines[0])
		return { labelX: own[0], labelWidth: own[1] - own[0], depth: 1, covers: [] };
	const meets = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
	const ownLeft = Math.min(markExtent(items[self.item])[0], self.labelX);
	// The title on one line if the view could hold it, else on two (as `labelWidth` sets).
	const need = titleWidth <= width - 2 * gap ? titleWidth : Math.ceil(titleWidth * 0.6) + 12;
	// How far the label's growing end may go: set by the view, then lane by lane going down.
	let limit = self.flipped ? INSET : width - INSET;
	let best: ExpandedLabel = { labelX: own[0], labelWidth: own[1] - own[0], depth: 1, covers: [] };
	let bestShown = -1;
	for (let depth = 1; depth <= lines.length && self.lane + depth <= lanes; depth++) {
		const lane = self.lane + depth - 1;
		let blocked = false;
		for (const other of marks) {
			if (other === self || other.lane !== lane) continue;
			// In its own lane the neighbours keep their whole footprint (mark and label) and a gap;
			// below, only their marks (their labels are hidden), with the highlight's halo.
			const [m0, m1] = markExtent(items[other.item]);
			const [o0, o1] =
				depth === 1
					? [Math.min(m0, other.labelX) - gap, Math.max(m1, other.labelX + other.labelWidth) + gap]
					: [m0 - halo, m1 + halo];
			if (depth > 1 && meets([o0, o1], own)) blocked = true;
			if (depth === 1 && o1 <= ownLeft + gap) limit = self.flipped ? Math.max(limit, o1) : limit;
			else if (depth === 1) limit = self.flipped ? limit : Math.min(limit, o0);
			else if (self.flipped && o1 <= own[0]) limit = Math.max(limit, o1);
			else if (!self.flipped && o0 >= own[1]) limit = Math.min(limit, o0);
		}
		if (blocked) break;
		if (self.over && depth === 1) limit = self.flipped ? own[0] : own[1];
		const box: [number, number] = self.flipped
			? [Math.min(own[0], Math.max(limit, own[1] - need)), own[1]]
			: [own[0], Math.max(own[1], Math.min(limit, own[0] + need))];
		const w = box[1] - box[0];
		// How much of the title shows: the lines this depth holds, each about (w - 12) / 1.2 wide.
		const shown = Math.min(
			titleWidth,
			titleLines(titleWidth, w) <= lines[depth - 1]
				? titleWidth
				: (lines[depth - 1] * (w - 12)) / 1.2
		);
		if (shown > bestShown + 0.5) {
			bestShown = shown;
			best = { labelX: box[0], labelWidth: w, depth, covers: [] };
		}
		if (shown >= titleWidth) break;
	}
	// The labels below that the chosen box lies over.
	const span: [number, number] = [best.labelX - halo, best.labelX + best.labelWidth + halo];
	for (const m of marks)
		if (m.lane > self.lane && m.lane < self.lane + best.depth)
			if (meets(span, [m.labelX - halo, m.labelX + m.labelWidth + halo])) best.covers.push(m.item);
	return best;
}
