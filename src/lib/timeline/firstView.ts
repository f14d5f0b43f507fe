/**
 * The window a timeline opens on. Fitting every event is right when they spread out; but when
 * most of them sit in a short stretch and a few lie far off (an article about last week that
 * also mentions 1948), fitting them all crushes the stretch into a counted pile. Then the first
 * view is the narrowest window holding most of the events, and the counts at the view's edges
 * ("‹ 3 earlier") say where the rest are.
 *
 * When the events carry an importance (issue 12), the first view frames the story's key events
 * (`keyEvents`) rather than most of all events: a lone outlier among them cannot widen it, and
 * a crowd of minor events elsewhere cannot pull it away from them (`keyView`).
 *
 * Pure: it lays the events out with `composeLayout`, as the timeline would, to see how much of
 * them each candidate window shows apart.
 */
import { keyEvents } from './keyEvents';
import { composeLayout, type LayoutEvents } from './layout';
import type { EventSpan } from './lanes';
import { fitDomain, timeScale } from './scales';
import type { SpanIndex } from './viewRange';

/** What `firstView` needs to know about the timeline: its events, as the layout takes them, and… */
export interface FirstViewInput extends LayoutEvents {
	/** The domain that fits every event (`fitDomain`), in UTC ms. */
	domain: [number, number];
	/** The view's width in pixels, its number of lanes, and the widest a label may be. */
	width: number;
	lanes: number;
	maxLabel: number;
	/** Thin rows for long spans, as the timeline gives them (`composeLayout`). Default 0. */
	spanRows?: number;
}

export interface FirstViewOptions {
	/**
	 * The shares of the events a window must hold to be the first view, most first: "most of
	 * them". Default 0.9, 0.8, 0.67 and 0.51.
	 */
	shares?: readonly number[];
	/** How many times narrower than the whole a window must be to be worth it. Default 4. */
	minZoom?: number;
	/**
	 * Up to this many events every count of "most of them" is tried (all but one, all but two,
	 * …), not only `shares`, so that a few outliers are left out and no more. Default 100.
	 */
	tryEvery?: number;
	/** Room left inside each side of a window, as a share of it, for labels. Default 0.08. */
	margin?: number;
}

/**
 * The first view: `null` for everything (the fitted domain), or a narrower window `[from, to]`
 * (UTC ms) when that shows the events better: more of them apart (`legible`), labelled in the
 * lanes or in smaller counts, rather than in one pile.
 *
 * Everything is shown when every event can be read that way; otherwise each candidate is the
 * narrowest window holding most of the events (all but one, all but two, … down to just over
 * half; for large datasets, `shares` of them), by their spans, with a margin for labels,
 * kept only when it is at least `minZoom` times narrower than the whole (so events spread evenly
 * always open on everything) and shows more apart than the whole does. The one showing the most
 * wins, the one holding more events on a tie.
 *
 * @example
 * // Twenty events in one week of January 2024 and one in 1948, 1,000 px wide, four lanes:
 * firstView(input); // about [2023-12-31, 2024-01-09]: the week, with "‹ 1 earlier"
 */
export function firstView(
	input: FirstViewInput,
	{
		shares = [0.9, 0.8, 0.67, 0.51],
		minZoom = 4,
		tryEvery = 100,
		margin = 0.08
	}: FirstViewOptions = {}
): [number, number] | null {
	const { spans, index, domain, width, importance } = input;
	const n = spans.length;
	if (!(width > 0) || !(domain[1] > domain[0])) return null;
	if (importance) {
		// As without importance: when every event can be read in the whole, it is the first view.
		if (legible(input, domain).marks === n) return null;
		return keyView(spans, importance, domain, { margin, long: input.long ?? null });
	}
	if (n < 3) return null;
	// The candidates first (one pass each): when none is narrow enough, nothing is laid out.
	const candidates: [number, number][] = [];
	const counts =
		n <= tryEvery
			? Array.from({ length: n - 1 - Math.ceil(0.51 * n) + 1 }, (_, i) => n - 1 - i)
			: shares.map((share) => Math.ceil(share * n));
	for (const k of new Set(counts.map((k) => Math.max(2, k)))) {
		if (k >= n) continue;
		const [from, to] = narrowest(index, k);
		const window = fitDomain(from, to, margin);
		if ((window[1] - window[0]) * minZoom <= domain[1] - domain[0]) candidates.push(window);
	}
	if (!candidates.length) return null;
	const whole = legible(input, domain);
	if (whole.marks === n) return null;
	let best: { window: [number, number]; shown: number } | null = null;
	for (const window of candidates) {
		const shown = legible(input, window).total;
		if (shown > whole.total && (!best || shown > best.shown)) best = { window, shown };
	}
	return best?.window ?? null;
}

/**
 * How much of the events the window `[from, to]` shows apart: how many labelled marks and
 * counted clusters the lanes draw in it (a pile of events drawn as one count shows less than the
 * same events spread over several, some labelled, some counted).
 *
 * @example
 * legible(input, input.domain); // e.g. 7: six labelled events and one "+12"
 */
export function legible(
	input: FirstViewInput,
	[from, to]: [number, number]
): { marks: number; clusters: number; total: number } {
	const { width, lanes, maxLabel, spanRows = 0 } = input;
	const x = timeScale([from, to], [0, width]);
	const { marks, clusters } = composeLayout(input, x, { lanes, width, maxLabel, spanRows });
	return { marks: marks.length, clusters: clusters.length, total: marks.length + clusters.length };
}

/** The shares of the key events' summed importance a first view is tried with, least first. */
const KEY_SHARES = [0.51, 0.67, 0.8, 0.9, 1];

/**
 * The first view of a story whose events carry an importance: where its key events are.
 *
 * Its key events (`keyEvents`; of them, the day-level news, not the long spans drawn apart as
 * background, unless those are all there is) are framed by their importance: the narrowest
 * window holding just over half of their summed scores, then widened to hold two thirds, four
 * fifths, nine tenths and all of it for as long as each step at most doubles the window. So the
 * view opens where most of the story's weight lies and takes in the key events near it, while a
 * key event far off (an old year the articles keep recalling, a date to come) is left to the edge
 * counts rather than crushing the rest. Every window it gives holds key events whole, so the
 * first view never shows none of them; one not a third narrower than the whole gives `null`.
 *
 * @example
 * // Key events in the first week of June 2025, one of them in 1971:
 * keyView(spans, importance, domain); // about the week, with "‹ 2 earlier"
 */
export function keyView(
	spans: readonly EventSpan[],
	importance: Float64Array,
	domain: [number, number],
	{ margin = 0.08, long = null }: { margin?: number; long?: Uint8Array | null } = {}
): [number, number] | null {
	const all = keyEvents(Array.from(importance, (v) => (v < 0 ? {} : { importance: v })));
	const news = long ? all.filter((i) => !long[i]) : all;
	const key = news.length ? news : all;
	if (!key.length) return null;
	const total = key.reduce((sum, i) => sum + importance[i], 0);
	let best: [number, number] | null = null;
	for (const share of KEY_SHARES) {
		const window = fitDomain(...heaviest(key, spans, importance, share * total), margin);
		if (best && window[1] - window[0] > 2 * (best[1] - best[0])) break;
		best = window;
	}
	if (!best || (best[1] - best[0]) * 1.5 > domain[1] - domain[0]) return null;
	return best;
}

/**
 * The narrowest stretch `[start, end]` holding whole a run of the events `key` (positions into
 * `spans`, in order of start) whose importance adds up to at least `mass`.
 */
function heaviest(
	key: readonly number[],
	spans: readonly EventSpan[],
	importance: Float64Array,
	mass: number
): [number, number] {
	let best: [number, number] = [spans[key[0]].start, spans[key[key.length - 1]].end];
	for (let a = 0; a < key.length; a++) {
		let sum = 0;
		let end = -Infinity;
		for (let b = a; b < key.length; b++) {
			sum += importance[key[b]];
			end = Math.max(end, spans[key[b]].end);
			if (end - spans[key[a]].start >= best[1] - best[0]) break;
			if (sum >= mass * (1 - 1e-9)) {
				best = [spans[key[a]].start, end];
				break;
			}
		}
	}
	return best;
}

/**
 * The narrowest stretch `[start, end]` holding `k` events whole: over every run of `k` events
 * in order of start, from the first one's start to the latest end among them (a running maximum
 * over a sliding window, with a monotonic queue).
 */
export function narrowest({ starts, ends }: SpanIndex, k: number): [number, number] {
	const n = starts.length;
	const queue: number[] = [];
	let head = 0;
	let best: [number, number] = [-Infinity, Infinity];
	for (let i = 0; i < n; i++) {
		while (queue.length > head && ends[queue[queue.length - 1]] <= ends[i]) queue.pop();
		queue.push(i);
		const first = i - k + 1;
		if (first < 0) continue;
		if (queue[head] < first) head++;
		const end = ends[queue[head]];
		if (end - starts[first] < best[1] - best[0]) best = [starts[first], end];
	}
	return best;
}
