/**
 * Page furniture: the parts of a pasted web page that are not the story. Publication lines,
 * datelines, timestamps and bylines on a line of their own, photo captions and credits, fact
 * boxes, "Follow X on …", subscription pitches and their bullet lists, and the footers that
 * close a page ("Reporting by …", "This discussion is now closed") yield no events.
 */
import { isChronologyEntry, isDatelineLine } from './dateline';
import { hasVerb } from './grammar';

// A publication line: "Updated 9:15 p.m. ET", "Published on Tuesday 27 April 2010".
const STAMP =
	/^(?:published|updated|posted|last\s+updated|first\s+published|modified)\b\s*(?:on)?\s*:?/i;

const FURNITURE = [
	/^follow\s+.{1,80}\s+on\s+/i,
	// Captions and credits: "Photograph: …", "(Photo: …)", "REUTERS/Jane Doe", "in this
	// handout photograph taken on …".
	/^\(?(?:photo(?:graph)?|picture|image|caption|pictured|illustration|video)\s*(?:credit)?\s*:/i,
	/\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty\s+Images|Handout)\s*\/\s*\p{Lu}/u,
	/\b(?:AP|Reuters|AFP)\s+Photo\b/,
	/\bin\s+this\s+(?:\w+\s+){0,2}(?:photo|photograph|picture|image|video\s+grab)\b/i,
	// Footers: the wire's credits and a page's comment and letters notices.
	/^\(?(?:reporting|additional\s+reporting|writing|editing|compiled|research)\s+by\b/i,
	/\b(?:letters\s+for\s+publication|this\s+discussion\s+is\s+now\s+closed|we\s+welcome\s+comments|comments\s+on\s+our\s+articles)\b/i
];

// A list's item: a pitch's bullets ("• Unlimited access"), unless it is a chronology's entry
// ("* April 22 - The rig sinks"), which dates a happening of the story.
const BULLET = /^(?:[•·▪■►*-]\s*)/;

// Pitch words count only in short lines: "support the troops" in a story is news.
const PITCH =
	/\b(?:subscribe|subscription|unlock|sign\s+up|newsletter|log\s+in|advertisement|autoplay|no\s+ads|share\s+this|read\s+more|click\s+here|support\s+(?:our|the|just)\b|all\s+rights\s+reserved|copyright\s+©?|©)/i;

// A fact box's line or a heading: short, no sentence end, no verb ("Born May 22 1936",
// "Morphine", "Given by tablets or injection").
const SHORT = 12;

/** True when a paragraph is page furniture rather than news. */
export function isFurniture(paragraph: string): boolean {
	const text = paragraph.trim();
	// A stamp glued before the story ("Updated 9:15 p.m. ET. Firefighters battled …") leaves
	// the story's sentences news: a short stamp is furniture unless a sentence with a verb
	// follows it. A blog's list of posts ("Posted by … on June 1 … Posted by …") stays furniture.
	if (STAMP.test(text)) {
		const [stamp, ...rest] = text.split(/[.!?]\s+(?=["'“‘]?\p{Lu})/u);
		const after = rest.join(' ');
		return !(
			stamp.split(/\s+/).length <= 8 &&
			after &&
			hasVerb(after) &&
			!/\b(?:posted|updated|published)\s+(?:by|on|at)\b/i.test(after)
		);
	}
	if (FURNITURE.some((pattern) => pattern.test(text))) return true;
	if (BULLET.test(text) && !isChronologyEntry(text)) return true;
	if (text.length < 160 && PITCH.test(text)) return true;
	if (isDatelineLine(text)) return true;
	return !/[.!?]["'”’)]*$/.test(text) && text.split(/\s+/).length <= SHORT && !hasVerb(text);
}
