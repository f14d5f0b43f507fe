/**
 * Splits an article into runs of plain and quoted text, so the detail panel can wrap each quoted
 * span in `<mark>` while rendering everything as text (never as HTML).
 */

/** A run of the article: quoted (highlighted) or not. */
export interface Segment {
	text: string;
	quoted: boolean;
	/** Offset of the run in the article. */
	start: number;
}

/**
 * The article cut at the quotes' offsets; overlapping or touching quotes merge into one run.
 *
 * @example
 * highlightSegments('abcdef', [{ start: 1, end: 3 }]);
 * // [{ text: 'a', quoted: false, start: 0 }, { text: 'bc', quoted: true, start: 1 }, { text: 'def', quoted: false, start: 3 }]
 */
export function highlightSegments(
	text: string,
	ranges: readonly { start: number; end: number }[]
): Segment[] {
	const sorted = ranges
		.map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
		.filter((r) => r.end > r.start)
		.sort((a, b) => a.start - b.start);
	const merged: { start: number; end: number }[] = [];
	for (const r of sorted) {
		const last = merged[merged.length - 1];
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ ...r });
	}
	const out: Segment[] = [];
	let at = 0;
	for (const r of merged) {
		if (r.start > at) out.push({ text: text.slice(at, r.start), quoted: false, start: at });
		out.push({ text: text.slice(r.start, r.end), quoted: true, start: r.start });
		at = r.end;
	}
	if (at < text.length) out.push({ text: text.slice(at), quoted: false, start: at });
	return out;
}
