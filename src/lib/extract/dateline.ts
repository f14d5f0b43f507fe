/**
 * Datelines: what opens a wire story before its first sentence. "BRUSSELS (Reuters) - ",
 * "NEW ORLEANS -- ", "LONDON | Tue Apr 27, 2010 4:08 am EDT LONDON (Reuters) - ", a timestamp
 * ("Wednesday, May 5, 2010; 12:54 PM", "Tuesday 28 April 2009 18.17 BST") or a byline ("By
 * Jane Doe and John Roe"). Pasted pages often glue them to the headline before and the lede
 * after, on one line. A dateline gives the publication date and place; it is never a happening
 * nor part of a title.
 */
import * as chrono from 'chrono-node';

const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
// A time and its zone: "4:08 am EDT", "18.17 BST", "12:54 PM" (not "12:54 PM BP said").
const CLOCK = '\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:[A-Z]{1,3}T|UTC|GMT)\\b)?';
// "Tue Apr 27, 2010 4:08 am EDT", "Wednesday, May 5, 2010; 12:54 PM", "Tuesday 28 April 2009
// 18.17 BST", "Oct 21, 2011 7:47am EDT".
const STAMP = `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})(?:[;,]?\\s+${CLOCK})?`;
// A place in capitals: "BRUSSELS", "MEXICO CITY/GENEVA", "O'SMACH".
const PLACE = "\\p{Lu}[\\p{Lu}.'/-]+(?:\\s+\\p{Lu}[\\p{Lu}.'/-]+){0,3}";
const WIRES = '(?:Reuters|AP|AFP|UPI|Xinhua|Bloomberg|CNN|dpa|IANS|PTI)';
const AGENCY = `(?:${WIRES}|[\\p{Lu}]{2,6})`;
/** A wire agency's name alone ("Reuters", "AFP"): a byline's affiliation that is a publisher. */
export const WIRE_NAMES = new RegExp(`^${WIRES}$`);
const DASH = '(?:--|[—–_-])';

// "LONDON | Tue Apr 27, 2010 4:08 am EDT " (a headline may come before it on the line).
// "ORLANDO, Florida | Fri May 1", "KUALA LUMPUR, April 27 | Mon Apr 27": a state, a country or
// the day may follow the place.
const PIPED = new RegExp(
	`^(?:[^|\\n]{0,200}?\\s)??(${PLACE})(?:,\\s*(?:\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2})?)?(?:,?\\s*${MONTH}\\.?\\s+\\d{1,2})?\\s*\\|\\s*(${STAMP})\\s*`,
	'u'
);
// "Wednesday, May 5, 2010; 12:54 PM ": a timestamp that names its weekday or its time, which a
// page may say is its last update ("22 June 2010 Last updated at 05:09 GMT ").
const UPDATED = '(?:Last\\s+updated\\s+(?:at\\s+)?)?';
const TIMESTAMP = new RegExp(
	`^\\s*(?:(?:Updated|Posted|Published|Last\\s+updated)\\s*:?\\s*)?((?:${WEEKDAY},?\\s+)(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})(?:[;,]?\\s+${UPDATED}${CLOCK})?|(?:${MONTH}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})[;,]?\\s+${UPDATED}${CLOCK})\\s*`,
	'u'
);
// "BRUSSELS (Reuters) - ", "DUBAI, Oct 21 (Reuters) - ", "NEW ORLEANS -- ", "VENICE, La. -- ",
// "O'SMACH, Cambodia (AP)_ "; a photo credit glued before it ("AP VENICE, La. --").
const WIRE = new RegExp(
	`^\\s*(?:(?:AP|AFP|Reuters|REUTERS|Getty\\s+Images)\\s+)?(${PLACE}(?:,\\s+\\p{Lu}[\\p{L}.' -]*?)?)(?:,\\s+${MONTH}\\.?\\s+\\d{1,2})?\\s*(?:\\((${AGENCY})\\))?\\s*${DASH}(?:\\s+|$)`,
	'u'
);
// A mixed-case place needs its agency: "Washington (CNN) -- ", "Mexico City (Reuters) The";
// an agency the pattern does not know needs its dash too: "The World Health Organization (WHO)
// raised" is the story, and so is a phrase that opens on an article ("The Associated Press (AP)
// reported").
const WIRE_AGENCY = new RegExp(
	`^\\s*(?!(?:The|A|An)\\s)(\\p{Lu}[\\p{L}.' -]*(?:,\\s+\\p{Lu}[\\p{L}.' -]*)*)\\s*(?:\\((${WIRES})\\)\\s*${DASH}?|\\((\\p{Lu}{2,6})\\)\\s*${DASH})\\s*`,
	'u'
);
// "March 10 (Reuters) - ", "Sept 9 -- ": a dateline that gives the day without the place, as
// wires send it to subscribers; the story after it opens on a capital ("June 3 - 5 are" is none).
// Only a lede opens on one: further down, "April 22 - The rig sinks" is a chronology's entry,
// whose day is the happening's.
const DAY_ONLY = new RegExp(
	`^\\s*(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})\\s*(?:\\(${AGENCY}\\))?\\s*${DASH}\\s+(?=[\\p{Lu}"“‘'])`,
	'u'
);
// "* April 22 - The rig sinks.", "May 3: Troops enter the city.": a chronology's entry, its day
// before the happening it dates (a list's bullet may come first). Anywhere in an article.
const ENTRY = new RegExp(
	`^\\s*(?:\\\\?[*•·▪■►-]\\s*)?(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?\\s*(?:${DASH}|:)\\s+(?=[\\p{Lu}"“‘'])`,
	'u'
);

/**
 * Whether `paragraph` opens as a chronology's entry: a day, a dash or colon, the happening.
 *
 * @example
 * isChronologyEntry('* April 22 - The rig sinks.'); // true
 * isChronologyEntry('June 3 - 5 are expected'); // false
 */
export function isChronologyEntry(paragraph: string): boolean {
	return ENTRY.test(paragraph);
}

// "By Niu Shuping and Ken Wills", "By JANE DOE, Associated Press", "By Jane Doe, The Daily
// Planet": on a line of its own, or before the lede.
// Words that open a sentence, not a name: the lede after a byline starts on one.
const NAME =
	"(?!(?:The|A|An|In|On|At|It|He|She|They|We|This|That|After|As|When|But|And|For|With|From|US|U\\.S\\.)\\b)\\p{Lu}[\\p{L}.'-]*";
const BYLINE = new RegExp(
	`^\\s*By\\s+((?:${NAME}\\s+){0,2}${NAME}(?:\\s+and\\s+(?:${NAME}\\s+){0,2}${NAME})?)(?:,\\s+((?:The\\s+)?(?:${NAME}\\s*){1,4}))?(?:\\s+|$)`,
	'u'
);

/**
 * A byline at the start of `text`. A byline ends its line or comes before a lede, which opens on
 * a capital; "By Friday the rebels had taken the city" goes on in lower case: it is the story.
 * Before a lede, what follows "By" is no time either ("By Monday Reuters had learned"): a byline
 * on a line of its own may be "By May Lee".
 */
function bylineOf(text: string): RegExpExecArray | null {
	const byline = BYLINE.exec(text);
	if (!byline) return null;
	const next = text.slice(byline[0].length);
	if (!next.trim() || next.startsWith('\n')) return byline;
	if (/^\p{Ll}/u.test(next)) return null;
	return chrono.parse(byline[1]).length === 0 ? byline : null;
}

/** What opens a paragraph before its story: where the story starts, the place and the stamp. */
export interface Dateline {
	/** Offset in the paragraph where the story starts. */
	end: number;
	place?: string;
	/** The publication date and time as written: "Tue Apr 27, 2010 4:08 am EDT". */
	stamp?: { start: number; text: string };
	/** The wire named in brackets: "Reuters" in "BRUSSELS (Reuters) -". */
	agency?: string;
	/** The names of a byline as written: "Jane Doe and John Roe". */
	byline?: string;
	/** What follows a byline's names after a comma: "Associated Press", "Staff Writer". */
	affiliation?: string;
}

/**
 * The dateline that opens `paragraph`, or null. Several may follow each other ("LONDON | Tue
 * Apr 27, 2010 4:08 am EDT LONDON (Reuters) - "): all are read, in one pass from the start. A
 * day without a place ("March 10 (Reuters) -") is read only in the article's `lede`.
 *
 * @example
 * datelineOf('BRUSSELS (Reuters) - Leaders met.'); // { end: 21, place: 'BRUSSELS' }
 */
export function datelineOf(paragraph: string, lede = false): Dateline | null {
	// Each pattern is anchored at the start and tried on the first stretch only: the story
	// after a dateline is never read by them.
	const head = paragraph.slice(0, 400);
	let at = 0;
	let found: Dateline | null = null;
	for (let round = 0; round < 4; round++) {
		const rest = head.slice(at);
		// A pattern is tried only when its bar or bracket is there to be matched: most
		// paragraphs have neither, and the patterns' leading spans are costly to fail (issue 12).
		const piped = round === 0 && rest.includes('|') ? PIPED.exec(rest) : null;
		const stamp = piped ? null : TIMESTAMP.exec(rest);
		const wire =
			piped || stamp
				? null
				: (WIRE.exec(rest) ??
					(rest.includes('(') ? WIRE_AGENCY.exec(rest) : null) ??
					(lede ? DAY_ONLY.exec(rest) : null));
		const byline = piped || stamp || wire ? null : bylineOf(rest);
		const match = piped ?? stamp ?? wire ?? byline;
		if (!match || !match[0].trim()) break;
		found ??= { end: 0 };
		if (piped) {
			found.place = piped[1].trim();
			found.stamp = { start: at + piped[0].indexOf(piped[2]), text: piped[2] };
		} else if (stamp) found.stamp ??= { start: at + stamp[0].indexOf(stamp[1]), text: stamp[1] };
		else if (wire) {
			if (wire[1]) found.place ??= wire[1].trim();
			const agency = wire[2] ?? wire[3];
			if (agency) found.agency ??= agency;
		} else if (byline) {
			found.byline ??= byline[1].trim();
			if (byline[2]) found.affiliation ??= byline[2].trim();
		}
		at += match[0].length;
		found.end = at;
	}
	return found;
}

/**
 * Where the story of `paragraph` starts: past its dateline and the spaces after it (0 without
 * one). `lede` as `datelineOf` takes it.
 *
 * @example
 * storyStart('GENEVA (Reuters) - Talks stalled.'); // 19
 */
export function storyStart(paragraph: string, lede = false): number {
	const end = datelineOf(paragraph, lede)?.end ?? 0;
	return end && end + (/^\s*/.exec(paragraph.slice(end))?.[0].length ?? 0);
}

/** Whether the whole of `line` is furniture of the dateline kind (a dateline, stamp, byline). */
export function isDatelineLine(line: string): boolean {
	const text = line.trim();
	if (!text) return false;
	const dateline = datelineOf(text);
	return dateline !== null && dateline.end >= text.length;
}

/**
 * The publication stamp of a dateline among the first lines of `text` ("LONDON | Tue Apr 27,
 * 2010 4:08 am EDT", "Fri Oct 21, 2011 7:47am EDT" on a line of its own), with its offset in
 * `text`; null when none of the first five lines opens on one.
 */
export function datelineStamp(
	text: string
): { start: number; text: string; place?: string } | null {
	let at = 0;
	for (let line = 0; line < 5 && at < text.length; line++) {
		const newline = text.indexOf('\n', at);
		const end = newline < 0 ? text.length : newline;
		const dateline = datelineOf(text.slice(at, Math.min(end, at + 400)));
		if (dateline?.stamp)
			return { start: at + dateline.stamp.start, text: dateline.stamp.text, place: dateline.place };
		if (newline < 0) break;
		at = newline + 1;
	}
	return null;
}
