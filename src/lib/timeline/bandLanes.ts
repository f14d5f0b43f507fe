/**
 * How many lanes each group's band gets (issue 16): as many as its events need, so that a band
 * never counts in a cluster an event that one shared set of lanes would have shown with its label,
 * within the height the bands may take together.
 *
 * A band's need is measured where its events crowd most: at the widest view, the whole domain,
 * each label given the room it may take at any zoom (`bandNeeds`); and it is at most the shared
 * lanes' count: one shared set of lanes shows at most that many events stacked, so a band never
 * needs more to show what they would have shown.
 *
 * Pure arithmetic: the needs depend on the events, the width and the label sizes, never on the
 * zoom, so the bands do not jump while the reader moves; the height is shared fairly when the
 * needs exceed it (`fitBands`, `shareLanes`).
 */
import { GAP, laneItems, PAD } from './lanes';
import type { LayoutEvents } from './layout';
import { timeScale } from './scales';

/**
 * The lanes each band's events need over the whole `domain` at `width` pixels, with at most
 * `most` lanes each (and at least one): `most` when they need more.
 *
 * Each event is given the room its label may take at any zoom: either side of its mark, as the
 * layout sets it beside the right edge of the view (flipped) or anywhere else (to the right).
 * Zooming in only pulls events apart (labels keep their width in pixels while the time between
 * the marks grows), so events whose rooms do not meet here never meet at any zoom. The lanes
 * are counted by giving each room, in order of its left edge, the first lane free there, which
 * takes the fewest lanes rooms can share.
 *
 * @param of the band of each event, in the chronological order of `events.spans`.
 * @example
 * // Two groups' events on one day, three of band 0 and one of band 1, over a month at 1000 px:
 * bandNeeds(events, [0, 0, 1, 0], 2, domain, { most: 4, width: 1000, maxLabel: 320 }); // [3, 1]
 */
export function bandNeeds(
	{ spans, titleWidth }: Pick<LayoutEvents, 'spans' | 'titleWidth'>,
	of: ArrayLike<number>,
	bands: number,
	domain: [number, number],
	{ most, width, maxLabel }: { most: number; width: number; maxLabel: number }
): number[] {
	const members: number[][] = Array.from({ length: bands }, () => []);
	for (let i = 0; i < spans.length; i++) members[of[i]]?.push(i);
	const x = timeScale(domain, [0, width]);
	return members.map((indices) => {
		if (indices.length <= 1) return 1;
		const rooms = laneItems(spans, indices, x, titleWidth, maxLabel).map((item) => {
			const label = PAD + Math.min(item.labelWidth, Math.max(width - 2 * PAD, 0));
			return [item.x0 - label, item.x1 + label] as const;
		});
		rooms.sort((a, b) => a[0] - b[0]);
		const free = new Array<number>(most).fill(-Infinity);
		let used = 1;
		for (const [left, right] of rooms) {
			const lane = free.findIndex((end) => end <= left);
			if (lane < 0) return most;
			free[lane] = right + GAP;
			used = Math.max(used, lane + 1);
		}
		return used;
	});
}

/**
 * Shares `budget` lanes among bands that need `needs` lanes: each gets its need when they fit
 * together; otherwise the bands that need most give up lanes first: each gets its need up to one
 * common level (the highest the budget allows), the lanes left over going one each to the first
 * bands that need more. A band always keeps one lane, even beyond the budget.
 *
 * @example
 * shareLanes([1, 1, 4], 8); // [1, 1, 4]: they fit
 * shareLanes([4, 1, 4, 4], 8); // [3, 1, 2, 2]: the sparse band keeps its one
 */
export function shareLanes(needs: readonly number[], budget: number): number[] {
	const wants = needs.map((n) => Math.max(1, Math.floor(n)));
	const total = (level: number) => wants.reduce((sum, n) => sum + Math.min(n, level), 0);
	if (total(Infinity) <= budget) return wants;
	let level = 1;
	while (level < Math.max(...wants) && total(level + 1) <= budget) level++;
	let left = budget - total(level);
	return wants.map((n) => {
		if (n <= level || left <= 0) return Math.min(n, level);
		left--;
		return level + 1;
	});
}

/** The rows of a band besides its lanes, and the height of a lane, in pixels. */
export interface BandRows {
	laneHeight: number;
	/** The row naming the band's group. */
	header: number;
	/** The row of the clusters of what its lanes cannot hold (none with a lane per event). */
	clusterRow: number;
}

/**
 * The lanes of each band, from what they need (`bandNeeds`) and how many events each holds, so
 * that the bands take at most `height` pixels together: every band its need when that fits,
 * else the most lanes `shareLanes` can give within it. A band with a lane for each of its
 * events has no cluster row (`stackBands`), which the height counts. Each band keeps one lane
 * however little the height.
 *
 * @example
 * fitBands([2, 2, 2, 1], [2, 2, 2, 1], 600, { laneHeight: 58, header: 22, clusterRow: 30 });
 * // [2, 2, 2, 1]: 4 names and 7 lanes, no cluster row, 494 px
 */
export function fitBands(
	needs: readonly number[],
	counts: readonly number[],
	height: number,
	{ laneHeight, header, clusterRow }: BandRows
): number[] {
	const heightOf = (lanes: readonly number[]) =>
		lanes.reduce(
			(sum, n, b) => sum + header + n * laneHeight + (counts[b] > n ? clusterRow : 0),
			0
		);
	let budget = needs.reduce((sum, n) => sum + Math.max(1, n), 0);
	let lanes = shareLanes(needs, budget);
	while (budget > needs.length && heightOf(lanes) > height) lanes = shareLanes(needs, --budget);
	return lanes;
}
