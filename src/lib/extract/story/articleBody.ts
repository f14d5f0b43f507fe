/**
 * Where an article's body begins. A page copied whole opens on its header: the headline, a
 * standfirst, then the lines that say when it was published and by whom ("Published: …",
 * "Updated: …", "By …", a wire's stamp). Those lines close the header; what follows is the
 * story, whose opening words (its lede) say what the article is about. A text with no such
 * line near its start is all body (a wire story, an article pasted from its first sentence).
 */
import { isFurniture } from '../furniture';

/** How far into the text the header may reach: a headline, a standfirst and a few stamps. */
const HEADER_CHARS = 1000;
/** At most this many paragraphs before the body. */
const HEADER_PARAGRAPHS = 6;

/**
 * The UTF-16 offset at which `text`'s body begins: just after the last publication, byline or
 * stamp line among its first paragraphs, or 0 when there is none.
 *
 * @example
 * bodyStart('Council cuts budget\n\nPublished: May 2, 2024\n\nThe council voted…'); // 45
 */
export function bodyStart(text: string): number {
	let start = 0;
	const paragraph = /[^\n]+/g;
	let count = 0;
	for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
		if (m.index >= HEADER_CHARS || ++count > HEADER_PARAGRAPHS) break;
		if (!m[0].trim()) continue;
		if (isStamp(m[0])) start = m.index + m[0].length;
	}
	// The line break after the last stamp belongs to the header too.
	while (start > 0 && start < text.length && /\s/.test(text[start])) start++;
	return start;
}

/** A line of the header that says when or by whom: furniture that is not a sentence of news. */
function isStamp(line: string): boolean {
	const text = line.trim();
	return text.length < 200 && isFurniture(text);
}
