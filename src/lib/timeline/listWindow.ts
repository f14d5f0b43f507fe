/**
 * Which rows of a long list to put in the DOM: the ones on screen and a screen's worth either
 * side, the first and the last (so Tab into the list from above lands on the first event, and
 * Shift+Tab from below on the last), and the neighbours of the row with the keyboard focus (so
 * Tab and Shift+Tab go on to the next and previous events, in order). What lies between is a gap
 * of the rows' height, so the page keeps its length and its scrollbar (issue 15: at most 5,000
 * DOM nodes at any size).
 *
 * Pure: heights are measured by the list and kept here, in a Fenwick tree, so the offset of any
 * row and the row at any offset cost O(log n) at 100,000 rows.
 */
import { WHOLE_LIST } from './wholeList';

/** The heights of a list's rows in pixels: measured where known, estimated elsewhere. */
export class RowHeights {
	readonly count: number;
	#estimate: number;
	#measured: Uint8Array;
	#heights: Float64Array;
	/** Fenwick tree of the heights: `#tree[i]` sums a power-of-two run ending at row i - 1. */
	#tree: Float64Array;

	constructor(count: number, estimate: number) {
		this.count = count;
		this.#estimate = estimate;
		this.#measured = new Uint8Array(count);
		this.#heights = new Float64Array(count).fill(estimate);
		this.#tree = new Float64Array(count + 1);
		for (let i = 1; i <= count; i++) {
			this.#tree[i] += estimate;
			const parent = i + (i & -i);
			if (parent <= count) this.#tree[parent] += this.#tree[i];
		}
	}

	/** The height rows not yet measured are taken to have. */
	get estimate(): number {
		return this.#estimate;
	}

	/** Records row `i`'s measured height; returns whether it differed from what was kept. */
	set(i: number, height: number): boolean {
		if (i < 0 || i >= this.count || !(height >= 0)) return false;
		this.#measured[i] = 1;
		const delta = height - this.#heights[i];
		if (Math.abs(delta) < 0.5) return false;
		this.#heights[i] = height;
		for (let j = i + 1; j <= this.count; j += j & -j) this.#tree[j] += delta;
		return true;
	}

	/** Whether row `i` has been measured. */
	measured(i: number): boolean {
		return this.#measured[i] === 1;
	}

	/** The offset of row `i`'s top from the list's top: the sum of the heights before it. */
	offset(i: number): number {
		let sum = 0;
		for (let j = Math.min(Math.max(i, 0), this.count); j > 0; j -= j & -j) sum += this.#tree[j];
		return sum;
	}

	/** The whole list's height. */
	total(): number {
		return this.offset(this.count);
	}

	/** The row at offset `y` from the list's top (clamped to the rows). */
	indexAt(y: number): number {
		if (this.count === 0) return 0;
		let at = 0;
		let rest = y;
		for (let step = 1 << Math.floor(Math.log2(this.count)); step > 0; step >>= 1) {
			const next = at + step;
			if (next <= this.count && this.#tree[next] <= rest) {
				at = next;
				rest -= this.#tree[next];
			}
		}
		return Math.min(at, this.count - 1);
	}
}

/** A run of rows to render, `[start, end)`, or a gap standing in for rows not rendered. */
export type ListPart =
	{ kind: 'rows'; start: number; end: number } | { kind: 'gap'; start: number; end: number };

/** What decides the rows rendered. */
export interface ListWindowInput {
	/** How many rows the list has. */
	count: number;
	/** The list's heights. */
	heights: RowHeights;
	/** The part of the list on screen, in pixels from its top (may lie outside it). */
	viewport: [number, number];
	/** Pixels rendered beyond each end of the viewport. Default one viewport height. */
	overscan?: number;
	/** The row with the keyboard focus, or -1. Default -1. */
	focused?: number;
	/** Rows kept either side of the focused one. Default 2. */
	around?: number;
	/**
	 * Lists of at most this many rows are rendered whole. Default {@link WHOLE_LIST}: a short
	 * list costs little, and the browser's find-in-page and a reader scrolling fast see every
	 * entry with no gap being filled in.
	 */
	whole?: number;
}

export { WHOLE_LIST };

/**
 * The list as runs of rows to render and gaps between them, in order, covering every row once.
 *
 * @example
 * listParts({ count: 1000, heights: new RowHeights(1000, 100), viewport: [50_000, 50_800] });
 * // rows 0, a gap, rows 492-516, a gap, row 999
 */
export function listParts({
	count,
	heights,
	viewport: [top, bottom],
	overscan = bottom - top,
	focused = -1,
	around = 2,
	whole = WHOLE_LIST
}: ListWindowInput): ListPart[] {
	if (count <= 0) return [];
	if (count <= whole) return [{ kind: 'rows', start: 0, end: count }];
	const ranges: [number, number][] = [
		[0, 1],
		[count - 1, count]
	];
	const from = Math.max(0, top - overscan);
	const to = bottom + overscan;
	if (to >= 0 && from <= heights.total())
		ranges.push([heights.indexAt(from), Math.min(count, heights.indexAt(to) + 1)]);
	if (focused >= 0 && focused < count)
		ranges.push([Math.max(0, focused - around), Math.min(count, focused + around + 1)]);
	ranges.sort((a, b) => a[0] - b[0]);
	const parts: ListPart[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		const last = parts[parts.length - 1];
		if (start > at) parts.push({ kind: 'gap', start: at, end: start });
		else if (last?.kind === 'rows' && start <= last.end) {
			last.end = Math.max(last.end, end);
			at = Math.max(at, end);
			continue;
		}
		if (end > Math.max(start, at)) parts.push({ kind: 'rows', start: Math.max(start, at), end });
		at = Math.max(at, end);
	}
	if (at < count) parts.push({ kind: 'gap', start: at, end: count });
	return parts;
}

/** What `followView` tells the list as the reader scrolls, resizes and prints. */
export interface ViewFollower {
	/** The part of the list on screen, in pixels from the list's top. */
	onview(view: [number, number]): void;
	/**
	 * Whether the page is printing: every row must then be in the DOM. Called inside
	 * `beforeprint`, before the print layout is made, so the list must render at once.
	 */
	onprint(printing: boolean, now: boolean): void;
}

/**
 * Follows what of `list` is on screen (scroll and resize, at most once a frame; reported when it
 * moved by a good part of a row) and whether the page prints, until the returned function is
 * called. Only a long list loads this: a short one is always whole.
 */
export function followView(list: HTMLElement, follower: ViewFollower): () => void {
	let frame = 0;
	let view: [number, number] = [Number.NaN, Number.NaN];
	const measure = () => {
		const top = list.getBoundingClientRect().top;
		const next: [number, number] = [-top, window.innerHeight - top];
		if (!(Math.abs(next[0] - view[0]) <= 40 && Math.abs(next[1] - view[1]) <= 40)) {
			view = next;
			follower.onview(next);
		}
	};
	const onscroll = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(measure);
	};
	const print = matchMedia('print');
	const onprint = () => follower.onprint(print.matches, false);
	// `beforeprint` comes before the print layout: every entry must be in it.
	const beforeprint = () => follower.onprint(true, true);
	measure();
	follower.onprint(print.matches, false);
	window.addEventListener('scroll', onscroll, { passive: true });
	window.addEventListener('resize', onscroll, { passive: true });
	window.addEventListener('beforeprint', beforeprint);
	window.addEventListener('afterprint', onprint);
	print.addEventListener('change', onprint);
	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('scroll', onscroll);
		window.removeEventListener('resize', onscroll);
		window.removeEventListener('beforeprint', beforeprint);
		window.removeEventListener('afterprint', onprint);
		print.removeEventListener('change', onprint);
	};
}

/**
 * Records the height of every row of `list` in the DOM (`li[aria-posinset]`) in `heights`;
 * true when one changed, so the gaps must follow.
 */
export function measureRows(list: HTMLElement, heights: RowHeights): boolean {
	let changed = false;
	for (const li of list.querySelectorAll<HTMLElement>(':scope > li[aria-posinset]'))
		changed =
			heights.set(
				Number(li.getAttribute('aria-posinset')) - 1,
				li.getBoundingClientRect().height
			) || changed;
	return changed;
}
