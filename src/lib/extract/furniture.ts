/**
 * Page furniture: the parts of a pasted web page that are not the story. Publication lines,
 * "Follow X on …", subscription pitches and their bullet lists yield no events.
 */

const FURNITURE = [
	/^(?:published|updated|posted|last\s+updated|first\s+published|modified)\b\s*(?:on)?\s*:?/i,
	/^follow\s+.{1,80}\s+on\s+/i,
	/^(?:[•·▪■►*-]\s*)/
];

// Pitch words count only in short lines: "support the troops" in a story is news.
const PITCH =
	/\b(?:subscribe|subscription|unlock|sign\s+up|newsletter|log\s+in|advertisement|autoplay|no\s+ads|share\s+this|read\s+more|click\s+here|support\s+(?:our|the|just)\b|all\s+rights\s+reserved|copyright\s+©?|©)/i;

/** True when a paragraph is page furniture rather than news. */
export function isFurniture(paragraph: string): boolean {
	const text = paragraph.trim();
	return FURNITURE.some((pattern) => pattern.test(text)) || (text.length < 160 && PITCH.test(text));
}
