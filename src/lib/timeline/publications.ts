/**
 * The publication marks of the axis: one per day on which sources were published, never one per
 * source. A running story has dozens of sources, several a day (a morning report, its update, a
 * follow-up), and the contract allows two of them the same date, or one as `2024-01-08` and one as
 * `2024-01-08T00:00`: one mark per source stacked labels over each other and gave Svelte's keyed
 * list the same key twice (issue 17). A day's mark is keyed by its day, so the keys are unique by
 * construction, and it counts its sources.
 *
 * Pure: the axis places the labels (`placePublicationLabels`) and draws them.
 */
import { dateLabel } from '$lib/data/partialDate';
import { publishedMs } from './scales';

/** A day (or, for a source dated only to its month or year, that month or year) of publication. */
export interface PublicationMark {
	/** What the sources state of their date down to the day: `2024-01-08`, `2024-01` or `2024`. */
	key: string;
	/** Where the mark is drawn: the earliest stated publication time of that day, in UTC ms. */
	ms: number;
	/** The day as a reader writes it: "Jan. 8, 2024" (or the month or year as stated). */
	label: string;
	/** How many sources were published that day. */
	count: number;
}

/**
 * One mark per publication day, in time order, keyed by the day: sources published the same day,
 * at any times, share it. A publication date that cannot be read is left out.
 *
 * @example
 * publicationMarks([{ published: '2024-01-08' }, { published: '2024-01-08T10:19' }]);
 * // [{ key: '2024-01-08', ms: Date.UTC(2024, 0, 8), label: 'Jan. 8, 2024', count: 2 }]
 */
export function publicationMarks(sources: readonly { published: string }[]): PublicationMark[] {
	const byKey = new Map<string, PublicationMark>();
	for (const { published } of sources) {
		const ms = publishedMs(published);
		if (!Number.isFinite(ms)) continue;
		const key = published.slice(0, 10);
		const mark = byKey.get(key);
		if (mark) {
			mark.count++;
			mark.ms = Math.min(mark.ms, ms);
		} else byKey.set(key, { key, ms, label: statedLabel(key), count: 1 });
	}
	return [...byKey.values()].sort((a, b) => a.ms - b.ms);
}

/** "Jan. 8, 2024" for a day; the month or year as stated otherwise ("2024-01" stays as written). */
function statedLabel(key: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(key)
		? dateLabel({ date: key, start: key, end: key, precision: 'day' })
		: key;
}

/** What a mark's label says: "Published Jan. 8, 2024", or "3 published Jan. 8, 2024". */
export function publicationText(mark: PublicationMark): string {
	return mark.count === 1 ? `Published ${mark.label}` : `${mark.count} published ${mark.label}`;
}

/** A publication mark's label on the axis, before placement: its mark's pixel and its width. */
export interface PublicationLabelBox {
	x: number;
	width: number;
	/** How many sources it counts: the busier day keeps its label when two collide. */
	count: number;
}

/** Where a publication label is drawn, or null when it does not fit. */
export interface PlacedPublicationLabel {
	/** The anchor point's x and the SVG `text-anchor` it is drawn with. */
	x: number;
	anchor: 'start' | 'middle' | 'end';
}

/**
 * Places the labels of the publication marks in view along one row between `left` and `right`:
 * each centred on its mark, or starting or ending at it near an edge, kept `gap` pixels from its
 * neighbours. Where two would collide, the day with more sources (then the earlier) keeps its
 * label; the other's mark is still drawn, without a label. So a story with sources on many
 * nearby days shows a line for each and as many dates as can be read.
 *
 * @example
 * placePublicationLabels([{ x: 100, width: 120, count: 1 }, { x: 150, width: 120, count: 3 }], 0, 1000);
 * // [null, { x: 150, anchor: 'middle' }]
 */
export function placePublicationLabels(
	labels: readonly PublicationLabelBox[],
	left: number,
	right: number,
	gap = 10
): (PlacedPublicationLabel | null)[] {
	const placed: [number, number][] = [];
	const out: (PlacedPublicationLabel | null)[] = labels.map(() => null);
	const order = labels.map((_, i) => i).sort((a, b) => labels[b].count - labels[a].count || a - b);
	for (const i of order) {
		const { x, width } = labels[i];
		const anchor = x + width / 2 + 6 > right ? 'end' : x - width / 2 < left ? 'start' : 'middle';
		const from = anchor === 'end' ? x - 4 - width : anchor === 'start' ? x + 4 : x - width / 2;
		const to = from + width;
		if (from < left - 0.5 || to > right + 0.5) continue;
		if (placed.some(([a, b]) => from < b + gap && to + gap > a)) continue;
		placed.push([from, to]);
		out[i] = { x: anchor === 'end' ? x - 4 : anchor === 'start' ? x + 4 : x, anchor };
	}
	return out;
}
