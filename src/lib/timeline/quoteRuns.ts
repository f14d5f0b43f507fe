/**
 * An article cut into runs of text at its quotes' edges, each run knowing which events quote it:
 * the one segmenter behind every view that highlights quotes in an article (the detail panel's
 * article, and the editor's, where a reader selects words to quote). The runs' texts concatenate
 * to the article exactly, so each renders as text (never as HTML) and offsets map back to it.
 *
 * One sweep over the quotes' edges, sorted: O(q log q) for q quotes, whatever their overlaps, so
 * an article quoted by hundreds of events costs no more than its quotes.
 */

/** A quote's half-open span of UTF-16 offsets in the article, and the event it belongs to. */
export interface QuoteSpan {
	start: number;
	end: number;
	/** The event quoting it. */
	id: string;
}

/** A run of the article: its span, its text, and the events quoting it (none: plain text). */
export interface QuoteRun {
	start: number;
	end: number;
	text: string;
	/** Ids of the events quoting every character of the run, in the order their quotes come. */
	ids: string[];
}

/**
 * The article cut into maximal runs: a new run starts only where the set of events quoting the
 * text changes, so overlapping or touching quotes of one event make one run. Spans are clipped to
 * the text; empty ones are ignored. Runs are never empty, so their starts are unique keys.
 *
 * @example
 * quoteRuns('abcdef', [{ start: 1, end: 3, id: 'x' }, { start: 2, end: 4, id: 'y' }]);
 * // 'a' [], 'b' ['x'], 'c' ['x', 'y'], 'd' ['y'], 'ef' []
 */
export function quoteRuns(text: string, quotes: readonly QuoteSpan[]): QuoteRun[] {
	// Each quote opens at its start and closes at its end; at one offset, closings come first.
	const edges: { at: number; quote: number; open: boolean }[] = [];
	quotes.forEach((q, quote) => {
		const start = Math.max(0, q.start);
		const end = Math.min(text.length, q.end);
		if (end <= start) return;
		edges.push({ at: start, quote, open: true }, { at: end, quote, open: false });
	});
	edges.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
	// How many open quotes each event has, and where it first comes in `quotes` (for the order).
	const open = new Map<string, number>();
	const firstAt = new Map<string, number>();
	quotes.forEach((q, i) => {
		if (!firstAt.has(q.id)) firstAt.set(q.id, i);
	});
	const runs: QuoteRun[] = [];
	let at = 0;
	let ids: string[] = [];
	const close = (end: number) => {
		if (end <= at) return;
		const last = runs[runs.length - 1];
		if (last && sameIds(last.ids, ids)) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else runs.push({ start: at, end, text: text.slice(at, end), ids });
		at = end;
	};
	for (let e = 0; e < edges.length;) {
		const position = edges[e].at;
		close(position);
		for (; e < edges.length && edges[e].at === position; e++) {
			const id = quotes[edges[e].quote].id;
			const count = (open.get(id) ?? 0) + (edges[e].open ? 1 : -1);
			if (count) open.set(id, count);
			else open.delete(id);
		}
		ids = [...open.keys()].sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
	}
	close(text.length);
	return runs;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}
