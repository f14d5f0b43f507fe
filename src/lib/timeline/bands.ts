/**
 * Groups as bands of lanes (issue 16): when a dataset's events name groups, the timeline lays
 * each group out in a band of its own, one above the other, in the order the groups first appear
 * in the dataset (the order its author wrote them, as the legend and the filter chips list them),
 * and the events with no group in a band of their own, last. Each band has a header row for its
 * name, its lanes, and a row for the clusters of the events its lanes cannot hold.
 *
 * Pure arithmetic: which band each event is in and where each band sits, in pixels (how many
 * lanes each band gets is `bandLanes.ts`). A dataset without groups is one band with no header: the timeline as
 * it was before groups.
 */

/** The name of the band of events with no group, in the timeline and the reader's filters. */
export const OTHER_EVENTS = 'Other events';

/** The groups of a dataset's events, as bands. */
export interface GroupBands {
	/** Each band's group, in order; `null` for the events with no group (always last). */
	groups: (string | null)[];
	/** How many events each band holds. */
	counts: number[];
	/** The band of each event, in the order of the events given to `groupBands`' `ordered`. */
	of: Uint16Array;
}

/**
 * The names of the groups the events name, in the order they first appear.
 *
 * @example
 * groupNames([{ group: 'B' }, {}, { group: 'A' }, { group: 'B' }]); // ['B', 'A']
 */
export function groupNames(events: readonly { group?: string }[]): string[] {
	const names = new Set<string>();
	for (const event of events) if (event.group !== undefined) names.add(event.group);
	return [...names];
}

/**
 * The bands of `events` (in the dataset's order, which sets the bands' order), with the band of
 * each event of `ordered` (the same events in the timeline's reading order); null when no event
 * names a group, so the timeline draws one band as it always has.
 *
 * @example
 * groupBands([{ group: 'B' }, {}, { group: 'A' }], [{}, { group: 'A' }, { group: 'B' }]);
 * // { groups: ['B', 'A', null], counts: [1, 1, 1], of: [2, 1, 0] }
 */
export function groupBands(
	events: readonly { group?: string }[],
	ordered: readonly { group?: string }[] = events
): GroupBands | null {
	const names = groupNames(events);
	if (!names.length) return null;
	const band = new Map(names.map((name, i) => [name, i]));
	const counts = new Array<number>(names.length + 1).fill(0);
	const of = new Uint16Array(ordered.length);
	for (let i = 0; i < ordered.length; i++) {
		const group = ordered[i].group;
		of[i] = group === undefined ? names.length : (band.get(group) ?? names.length);
		counts[of[i]]++;
	}
	const groups: (string | null)[] = [...names];
	// The band of events with no group is kept only when some event has none.
	if (counts[names.length]) groups.push(null);
	else counts.pop();
	return { groups, counts, of };
}

/** Where one band sits, in pixels from the top of the timeline's surface. */
export interface BandBox {
	/** Top of the band (its header row, when it has one). */
	top: number;
	/** Top of its first lane. */
	lanesTop: number;
	/** Top of its cluster row. */
	clusterTop: number;
	/** The band's height, header, lanes and cluster row together. */
	height: number;
}

/** The rows a band is made of, in pixels. */
export interface BandMetrics {
	laneHeight: number;
	/** Height of the row that names the band's group; 0 for a band with no name. */
	header: number;
	clusterRow: number;
	/** Height of the thin rows of long spans between the lanes and the cluster row. Default 0. */
	spanRows?: number;
}

/**
 * The bands stacked from the top, from the number of lanes of each: their boxes and the height
 * they take together. Given how many events each band holds (`counts`), a band with a lane for
 * each of them has no cluster row: its lanes always hold them all (the lanes are filled
 * greedily, and a free lane always remains), so the row would stay empty.
 *
 * @example
 * stackBands([2, 1], { laneHeight: 58, header: 22, clusterRow: 30 });
 * // { boxes: [{ top: 0, lanesTop: 22, clusterTop: 138, height: 168 },
 * //           { top: 168, lanesTop: 190, clusterTop: 248, height: 110 }], height: 278 }
 * stackBands([2, 1], metrics, [5, 1]).boxes[1].height; // 80: one event, no cluster row
 */
export function stackBands(
	lanes: readonly number[],
	{ laneHeight, header, clusterRow, spanRows = 0 }: BandMetrics,
	counts?: readonly number[]
): { boxes: BandBox[]; height: number } {
	let top = 0;
	const boxes = lanes.map((n, b) => {
		const clusters = counts && counts[b] <= n ? 0 : clusterRow;
		const height = header + n * laneHeight + spanRows + clusters;
		const clusterTop = top + header + n * laneHeight + spanRows;
		const box = { top, lanesTop: top + header, clusterTop, height };
		top += height;
		return box;
	});
	return { boxes, height: top };
}
