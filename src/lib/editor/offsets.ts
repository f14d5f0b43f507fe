/**
 * From what a person selects in the article to exact offsets in the source text, and from the
 * quotes back to highlighted runs of text.
 *
 * The article is rendered as plain text in one element, as runs (`<span>` or `<mark>`) whose text
 * nodes concatenate to the source text exactly. An offset is then the length of the text nodes
 * before the selection's boundary plus its offset within its node: no guessing from
 * `Selection.toString()`, which normalises whitespace.
 */

/** A half-open span of UTF-16 offsets. */
export interface Span {
	start: number;
	end: number;
}

/**
 * The offset in the article's text of a DOM boundary point (`node`, `offset`), as a Range gives
 * them. Only text inside run elements (`[data-start]`) counts, so whitespace a template might add
 * between runs cannot shift an offset. Null when the point is outside `root`.
 */
export function textOffset(root: Node, node: Node, offset: number): number | null {
	if (!root.contains(node)) return null;
	const doc = root.ownerDocument ?? (root as Document);
	const point = doc.createRange();
	point.setStart(node, offset);
	const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (n) =>
			n.parentElement?.closest('[data-start]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP
	});
	let total = 0;
	for (
		let current = walker.nextNode() as Text | null;
		current;
		current = walker.nextNode() as Text | null
	) {
		if (current === node) return total + offset;
		// Count a text node only when it ends at or before the point.
		if (point.comparePoint(current, current.data.length) > 0) break;
		total += current.data.length;
	}
	return total;
}

/**
 * The span of the article's text that a Range covers, clipped to `root`, or null when the range
 * lies outside it or is empty.
 */
export function rangeSpan(root: Node, range: Range): Span | null {
	const doc = root.ownerDocument ?? (root as Document);
	const whole = doc.createRange();
	whole.selectNodeContents(root);
	if (
		range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0 ||
		range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0
	) {
		return null;
	}
	const startInside = range.compareBoundaryPoints(Range.START_TO_START, whole) >= 0;
	const endInside = range.compareBoundaryPoints(Range.END_TO_END, whole) <= 0;
	const start = startInside ? textOffset(root, range.startContainer, range.startOffset) : 0;
	const end = endInside
		? textOffset(root, range.endContainer, range.endOffset)
		: textOffset(root, root, root.childNodes.length);
	if (start === null || end === null || end <= start) return null;
	return { start, end };
}

/**
 * The span without the whitespace at its edges (a double-click often takes the next space).
 *
 * @example
 * trimSpan('a  word  b', { start: 1, end: 8 }); // { start: 3, end: 7 }
 */
export function trimSpan(text: string, span: Span): Span | null {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return end > start ? { start, end } : null;
}

/** A run of the article: its text and the quotes (by event id) that cover it. */
export interface Run {
	start: number;
	end: number;
	text: string;
	/** Ids of the events quoting this run, in the order given; empty for unquoted text. */
	ids: string[];
}

/**
 * The text cut into runs at every quote boundary, each run knowing which events quote it. The
 * runs' texts concatenate to `text` exactly.
 *
 * @example
 * runsOf('abcdef', [{ id: 'x', start: 1, end: 3 }]).map((r) => r.text); // ['a', 'bc', 'def']
 */
export function runsOf(text: string, quotes: readonly (Span & { id: string })[]): Run[] {
	const cuts = new Set([0, text.length]);
	for (const q of quotes) {
		if (q.start < q.end && q.end <= text.length) {
			cuts.add(q.start);
			cuts.add(q.end);
		}
	}
	const points = [...cuts].sort((a, b) => a - b);
	const runs: Run[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i];
		const end = points[i + 1];
		const ids = [
			...new Set(
				quotes.filter((q) => q.start <= start && end <= q.end && q.start < q.end).map((q) => q.id)
			)
		];
		runs.push({ start, end, text: text.slice(start, end), ids });
	}
	return runs;
}
