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
 * The article cut at every edge of a quote, so each quote is a run or a sequence of runs of its
 * own (the editor marks, and lets a reader pick, each one). With `join`, a run goes on across
 * edges where the events quoting the text stay the same, so overlapping or touching quotes of
 * one event make one run (the detail panel highlights them as one). Spans are clipped to the
 * text; empty ones are ignored. Runs are never empty, so their starts are unique keys.
 *
 * @example
 * quoteRuns('abcdef', [{ start: 1, end: 3, id: 'x' }, { start: 2, end: 4, id: 'y' }]);
 * // 'a' [], 'b' ['x'], 'c' ['x', 'y'], 'd' ['y'], 'ef' []
 * quoteRuns('abcd', [{ start: 0, end: 2, id: 'x' }, { start: 2, end: 4, id: 'x' }], { join: true });
 * // 'abcd' ['x']
 */
export function quoteRuns(
	text: string,
	quotes: readonly QuoteSpan[],
	{ join = false }: { join?: boolean } = {}
): QuoteRun[] {
	// Each quote opens at its start and closes at its end; at one offset, closings come first.
	const edges: { at: number; quote: number; open: boolean }[] = [];
	quotes.forEach((q, quote) => {
		const start = Math.max(0, q.start);
		const end = Math.min(text.length, q.end);
		if (end <= start) return;
		edges.push({ at: start, quote, open: true }, { at: end, quote, open: false });
	});
	edges.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
	// The quotes open over the text between two edges, by their place in `quotes`.
	const open = new Set<number>();
	const runs: QuoteRun[] = [];
	let at = 0;
	let ids: string[] = [];
	const close = (end: number) => {
		if (end <= at) return;
		const last = runs[runs.length - 1];
		if (join && last && sameIds(last.ids, ids)) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else runs.push({ start: at, end, text: text.slice(at, end), ids });
		at = end;
	};
	for (let e = 0; e < edges.length;) {
		const position = edges[e].at;
		close(position);
		for (; e < edges.length && edges[e].at === position; e++) {
			if (edges[e].open) open.add(edges[e].quote);
			else open.delete(edges[e].quote);
		}
		// Each event once, in the order of its first quote covering the run.
		ids = [...new Set([...open].sort((a, b) => a - b).map((q) => quotes[q].id))];
	}
	close(text.length);
	return runs;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}
