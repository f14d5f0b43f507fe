/**
 * The row of clusters under the lanes: the events the lanes could not hold (`layoutLanes`),
 * counted on badges, each badge under where its members are seen, the row kept within the view.
 *
 * Apart from `lanes.ts` (which places the labelled marks) so that each stays a few hundred lines.
 * Pure arithmetic on pixels; it needs of an item (`LaneItem`) only its mark's extent, so it
 * imports nothing from the lanes.
 */

/** Events that did not fit in the lanes, shown as one badge with their count. */
export interface Cluster {
	/** Position of the earliest and latest member in the items. */
	first: number;
	last: number;
	count: number;
	/** Left of the badge and its width. */
	x: number;
	width: number;
	/** Extent of the members' marks. */
	x0: number;
	x1: number;
	/**
	 * Extent of the members' centres: where they are, to zoom into. A year-long member's band can
	 * span the whole view while its centre, and the other members, sit in one spot (issue 15); a
	 * band reaching past an edge is centred on its part in view (`clusterRest`).
	 */
	c0: number;
	c1: number;
}

/**
 * Room for "+1,234" in a 12 px font with padding. Plain arithmetic: it runs once per clustered
 * event, and `toLocaleString` there cost 170 ms a frame at 10,000 events (scripts/bench.ts); even
 * a string of the digits per event shows at 100,000.
 */
export function defaultBadgeWidth(count: number): number {
	let digits = 1;
	for (let n = Math.floor(count); n >= 10; n /= 10) digits++;
	return 22 + 7.5 * (digits + Math.floor((digits - 1) / 3));
}

/**
 * A row of cluster badges (left to right) moved within `[0, width]`: a badge centred near an edge
 * would be cut by it ("+17,550" at a phone's left edge). Each keeps `gap` from the next, less in a
 * row too full for its gaps; in a row too full for its badges, the left edge and the order win.
 * Pure.
 *
 * @example
 * fitRow([{ x: -20, width: 60 }, { x: 970, width: 60 }], 1000); // x: 0, then 940
 */
export function fitRow<T extends { x: number; width: number }>(
	row: readonly T[],
	width: number,
	gap = 8
): T[] {
	const out = row.map((badge) => ({ ...badge }));
	// A row too full for its gaps closes them up first.
	const widths = out.reduce((sum, badge) => sum + badge.width, 0);
	if (out.length > 1) gap = Math.max(0, Math.min(gap, (width - widths) / (out.length - 1)));
	let limit = width;
	for (let k = out.length - 1; k >= 0; k--) {
		out[k].x = Math.min(out[k].x, limit - out[k].width);
		limit = out[k].x - gap;
	}
	let start = 0;
	for (const badge of out) {
		badge.x = Math.max(badge.x, start);
		start = badge.x + badge.width + gap;
	}
	return out;
}

/**
 * The clusters counting the items not `placed`, in chronological order: each joins the badge
 * being built when its centre is under it, or starts the next one, right of the last. An item
 * counts for `counts[i]` events (a folded column's), else one.
 *
 * An item's centre is that of its part within the view, `width` wide (every item meets it): a
 * band reaching past an edge is seen, and counted, where it lies on screen. Its own centre can
 * lie off screen (April 2010 seen from the week of the 18th has its centre on the 15th), and a
 * badge there would be pushed to the edge and zoom away from the view (issue 15).
 *
 * @example
 * clusterRest([{ x0: -500, x1: 300, labelWidth: 90 }], new Uint8Array(1), () => 30, 8, 400);
 * // [{ count: 1, c0: 150, c1: 150, x: 135, … }]: under its part in view, not at -100
 */
export function clusterRest(
	items: ArrayLike<{ x0: number; x1: number }>,
	placed: Uint8Array,
	badgeWidth: (count: number) => number,
	gap: number,
	width: number,
	counts: ArrayLike<number> | null = null
): Cluster[] {
	const clusters: Cluster[] = [];
	for (let i = 0; i < items.length; i++) {
		if (placed[i]) continue;
		const members = counts ? counts[i] : 1;
		const item = items[i];
		const centre = (Math.max(item.x0, 0) + Math.min(item.x1, width)) / 2;
		const open = clusters[clusters.length - 1];
		if (open && centre <= open.x + open.width + gap) {
			open.count += members;
			open.last = i;
			open.x0 = Math.min(open.x0, item.x0);
			open.x1 = Math.max(open.x1, item.x1);
			open.c0 = Math.min(open.c0, centre);
			open.c1 = Math.max(open.c1, centre);
			open.width = badgeWidth(open.count);
		} else {
			const w = badgeWidth(members);
			const previousEnd = open ? open.x + open.width + gap : -Infinity;
			clusters.push({
				first: i,
				last: i,
				count: members,
				x: Math.max(centre - w / 2, previousEnd),
				width: w,
				x0: item.x0,
				x1: item.x1,
				c0: centre,
				c1: centre
			});
		}
	}
	return clusters;
}
