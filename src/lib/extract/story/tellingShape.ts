/**
 * Whether an article's telling of an event is news or the page around the news, by the shape of
 * its sentence (issue 12): a running story's pages carry readers' letters and comments, photo
 * captions and comment stamps that name a day without reporting what happened on it. They may
 * still count for their day (the story had pictures and readers that day), but none of them
 * should be the day's top event. Read from the structure of the sentence and the language
 * layer's tags, never from the words of one outlet:
 *
 * 1. a writer speaking as "I" or "we" outside quotation marks is a letter, a comment or a
 *    column, not a report (a reporter quotes others' "we");
 * 2. a sentence in the present tense whose last words are a full date set after its place, with
 *    no preposition ("… wears a mask in Mexico City April 27, 2009.") is a wire photo's caption:
 *    a report says "on Monday", in the past; so is a sentence that points at its picture ("In
 *    this June 1, 2010 file photo, workers …", "FILE - …"), whatever its tense;
 * 3. a line of a comment page's controls ("Posted by … | Report abuse") is a stamp;
 * 4. a newspaper's note on the article itself, where it was printed ("A version of this article
 *    appeared on p12 of the News section on Monday 3 March 2025", "… appears in print on March 4,
 *    2025, on Page A1") or when it was corrected ("This article was amended on 5 March 2025"), is a
 *    note: its day is the paper's (the article was printed or mended then), not the story's.
 */
import { groupTense, isFinite } from '../grammar';
import { tag, type Word } from '../language';

/** What kind of page furniture a telling is. */
export type Furniture = 'first person' | 'caption' | 'stamp' | 'note';

/** A writer's own first person, as a subject or a possessive: "I", "we", "my". */
const WRITER = new Set(['i', 'we', 'me', 'my']);
/** Whether a text has one of those words at all (before it is tagged). */
const WRITER_WORD = /\b(?:i|we|me|my)\b/i;

const MONTH =
	'(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A full date closing the sentence: "April 27, 2009." or "27 April 2009". */
const CLOSING_DATE = new RegExp(
	`(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\s*[.)]?\\s*$`
);
/**
 * A caption pointing at its picture: "In this … photo" (wire style), or the "FILE -" mark a wire
 * puts before the caption of an archive picture.
 */
const POINTS_AT_PICTURE =
	/^\W*FILE\s*[-–—]|\bin\s+this\b[^.!?]{0,60}?\b(?:photo(?:graph)?|picture|image)\b/i;
/** The controls of a comment page, beside a separator bar. */
const STAMP = /\|[^|]*\b(?:report\s+abuse|permalink|recommend)\b|\bposted\s+by\b[^|]*\|/i;
/** Where the article was printed: "A version (of this article) appeared on p12 / in print / in the …". */
const PRINT_NOTE =
	/\b(?:[Aa]\s+version(?:\s+of\s+this\s+(?:article|story))?|[Tt]his\s+(?:article|story))\s+(?:appeared|appears)\s+(?:in\s+print\b|on\s+[Pp](?:age)?\.?\s*[A-Z]?\d|in\s+the\s+[A-Z])/;
/** When it was mended: "This article was amended on …", "This story has been corrected to …". */
const AMENDED_NOTE =
	/\b[Tt]his\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated)\s+(?:on|to|since)\b/;

/**
 * The kind of page furniture `text` (a quote's words) is, or null for a sentence of news.
 *
 * @example
 * furnitureOf('I was at the station on Monday and saw no one.'); // 'first person'
 * furnitureOf('The council closed the station on Monday.'); // null
 */
export function furnitureOf(text: string): Furniture | null {
	if (STAMP.test(text)) return 'stamp';
	if (PRINT_NOTE.test(text) || AMENDED_NOTE.test(text)) return 'note';
	if (POINTS_AT_PICTURE.test(text)) return 'caption';
	// The tagger (the costly part) only for a sentence that may be furniture by its grammar: one
	// with a first-person word, or one closing on a full date. Most of a story's tellings are neither.
	const writer = WRITER_WORD.test(text);
	const date = CLOSING_DATE.exec(text);
	if (!writer && !date) return null;
	const words = tag(text);
	if (writer && speaksAsWriter(words)) return 'first person';
	if (date && captionDate(date, words) && presentOnly(words)) return 'caption';
	return null;
}

/**
 * Whether the sentence's closing date (`date`) is set after its place as a caption sets it, not
 * brought in by a preposition as a report would ("since June 4, 1998", "on March 3, 2025").
 */
function captionDate(date: RegExpExecArray, words: readonly Word[]): boolean {
	let before: Word | undefined;
	for (const word of words) if (word.end <= date.index) before = word;
	return before !== undefined && before.pos !== 'ADP' && before.pos !== 'SCONJ';
}

/**
 * Whether a first-person pronoun stands outside quotation marks. A closing mark with no opening
 * one before it closes a quotation begun in an earlier sentence: what came before it was quoted.
 * An "I" after a name is a numeral ("World War I", "Elizabeth I").
 */
function speaksAsWriter(words: readonly Word[]): boolean {
	let quoted = false;
	let writer = false;
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		const mark = quotationMark(words, i);
		if (mark === 'open') quoted = true;
		else if (mark === 'close') {
			if (!quoted) writer = false;
			quoted = false;
		} else if (
			!quoted &&
			word.pos === 'PRON' &&
			WRITER.has(word.lower) &&
			!(word.text === 'I' && words[i - 1]?.pos === 'PROPN')
		)
			writer = true;
	}
	return writer;
}

/** Whether `words[i]` opens or closes a quotation, or is no quotation mark. */
function quotationMark(words: readonly Word[], i: number): 'open' | 'close' | null {
	const text = words[i].text;
	if (text === '“') return 'open';
	if (text === '”') return 'close';
	if (text !== '"') return null;
	// A straight mark opens when nothing is glued to its left: after a space, a bracket or the start.
	const before = words[i - 1];
	return !before || before.end < words[i].start || before.text === '(' ? 'open' : 'close';
}

/** Whether the sentence has finite verbs and every one of them is in the present tense. */
function presentOnly(words: readonly Word[]): boolean {
	let finite = 0;
	for (let i = 0; i < words.length; i++) {
		if (!isFinite(words, i)) continue;
		finite++;
		if (groupTense(words, i) !== 'present') return false;
	}
	return finite > 0;
}
