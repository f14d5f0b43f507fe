/**
 * Paragraphs and sentences of an article as offsets into its exact text, so that every quote is
 * a slice of the source. An abbreviation ("U.S.", "Oct.", "Gen.", "Calif.") does not end a
 * sentence, as the language layer's tokenizer reads them, nor does a title before a name that
 * compromise knows and the tokenizer does not ("Rear Adm.", "Cmdr.", "Supt."); a lone lower-case
 * letter does ("their 401(k)s. The rules").
 */
import nlp from 'compromise';
import { isDatelineLine } from './dateline';
import { isAbbreviation as abbreviation } from './language';
import { isSpace } from './scan';

/** A stretch of the source: `text === source.slice(start, end)`. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

/**
 * Paragraphs: runs of text between blank lines (or single newlines), trimmed. A line that goes
 * on with the line before is no paragraph of its own (`wrapped`).
 */
export function paragraphs(text: string): Span[] {
	const lines: Span[] = [];
	const pattern = /[^\n]+/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(text))) {
		const span = trimSpan(text, match.index, match.index + match[0].length);
		if (span) lines.push(span);
	}
	// Joined by their offsets, then sliced once: a run of wrapped lines costs no more than one.
	const spans: Span[] = [];
	let start = 0;
	for (let k = 0; k < lines.length; k++) {
		if (k === 0 || !wrapped(text, lines[k - 1], lines[k])) start = lines[k].start;
		if (k + 1 < lines.length && wrapped(text, lines[k], lines[k + 1])) continue;
		spans.push({ start, end: lines[k].end, text: text.slice(start, lines[k].end) });
	}
	return spans;
}

/**
 * Whether the line `next` goes on with the line `last` right above it: no paragraph opens on a
 * comma, a closing bracket or a word in lower case ("Rep. Ann Lee (D-Mass.)" / ", who chairs
 * …"), nor inside a bracket the line before left open ("Acme Corp (ACME." / "N) said on
 * Friday"): a copy whose sentences were put one a line broke there, as a reader can tell. A
 * blank line between is a paragraph break whatever follows.
 */
function wrapped(text: string, last: Span, next: Span): boolean {
	if (/\n[ \t\u00a0]*\n/.test(text.slice(last.end, next.start))) return false;
	if (/^[,;:)\]]|^\p{Ll}/u.test(next.text)) return true;
	return openBracket(last.text.slice(-40)) && /^[^()]{1,40}\)/.test(next.text);
}

/** Whether `text` leaves a round bracket open: "Acme Corp (ACME." */
function openBracket(text: string): boolean {
	const open = text.lastIndexOf('(');
	return open >= 0 && text.indexOf(')', open) < 0;
}

/** Sentences of every paragraph, trimmed, in order; `paras` spares finding the paragraphs again. */
export function sentences(text: string, paras: Span[] = paragraphs(text)): Span[] {
	const spans: Span[] = [];
	for (const paragraph of paras) {
		let from = paragraph.start;
		// An end mark, optional closing quotes or brackets, then space and a capital or opening quote.
		// Wire copy opens quotes with two backticks: ``The type of lifestyle …''
		const pattern = /[.!?]["'”’)\]]*(?=\s+(?:``|["“'‘(])?[A-Z0-9])/g;
		let match: RegExpExecArray | null;
		while ((match = pattern.exec(paragraph.text))) {
			const at = paragraph.start + match.index;
			if (match[0][0] === '.' && isAbbreviation(text, at)) continue;
			// "SPRINGFIELD, Ill. (AP) —": a dateline's state, not the end of a sentence.
			if (AGENCY.test(text.slice(at + 1, at + 12))) continue;
			// "Acme Corp (ACME.\nN) said": a full stop inside a bracket that closes a few words
			// on ends no sentence.
			if (
				match[0][0] === '.' &&
				openBracket(text.slice(Math.max(from, at - 40), at)) &&
				/^[^()]{1,40}\)/.test(text.slice(at + 1, at + 42))
			)
				continue;
			const end = at + match[0].length;
			const span = trimSpan(text, from, end);
			if (span) spans.push(span);
			from = end;
		}
		const last = trimSpan(text, from, paragraph.end);
		if (last) spans.push(last);
	}
	return spans;
}

/** The index of the span among `spans` (in order, not overlapping) containing offset `at`, or -1. */
export function spanIndexAt(spans: Span[], at: number): number {
	let lo = 0;
	let hi = spans.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (spans[mid].end <= at) lo = mid + 1;
		else if (spans[mid].start > at) hi = mid - 1;
		else return mid;
	}
	return -1;
}

/**
 * A span cut down to at most `max` characters around `from`-`to`, at word boundaries: a quote
 * from a run-on "sentence" (a pasted table, a page without punctuation) stays readable.
 */
export function clip(text: string, span: Span, from: number, to: number, max = 600): Span {
	if (span.end - span.start <= max) return span;
	const room = Math.max(0, max - (to - from)) / 2;
	let start = Math.max(span.start, Math.floor(from - room));
	let end = Math.min(span.end, Math.ceil(to + room));
	while (start > span.start && start < from && !isSpace(text.charCodeAt(start - 1))) start++;
	while (end < span.end && end > to && !isSpace(text.charCodeAt(end))) end--;
	while (start < from && isSpace(text.charCodeAt(start))) start++;
	while (end > to && isSpace(text.charCodeAt(end - 1))) end--;
	return { start, end, text: text.slice(start, end) };
}

/**
 * `span` of `text` from `start` on, when `start` falls inside it; else `span` itself.
 *
 * @example
 * spanFrom('Hi there.', { start: 0, end: 9, text: 'Hi there.' }, 3); // { start: 3, end: 9, text: 'there.' }
 */
export function spanFrom(text: string, span: Span, start: number): Span {
	return start > span.start && start < span.end
		? { start, end: span.end, text: text.slice(start, span.end) }
		: span;
}

const AGENCY = /^\s+\((?:AP|AFP|UPI|Reuters|Xinhua|Bloomberg|CNN)\)/;

function isAbbreviation(text: string, dot: number): boolean {
	const word =
		/(?:^|[^A-Za-z0-9])([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
	// "U.S", "D.C", "a.m": a dotted run; initials are capitals ("J").
	if (/^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]$/.test(word)) return true;
	return word !== '' && (abbreviation(word) || honorific(word));
}

/**
 * Whether `word` with its full stop is a title put before a name ("Adm.", "Cmdr.", "Det."), by
 * compromise's #Honorific: a sentence that ended on it would leave the name it titles to the
 * next ("Coast Guard Rear Adm." / "Sally Brice said"). A capitalised word only, remembered.
 */
function honorific(word: string): boolean {
	if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(word)) return false;
	let known = honorifics.get(word);
	if (known === undefined) {
		const term = nlp(`${word}.`).json()[0]?.terms?.[0] as { tags?: string[] } | undefined;
		known = (term?.tags ?? []).includes('Honorific');
		if (honorifics.size > 10_000) honorifics.clear();
		honorifics.set(word, known);
	}
	return known;
}
const honorifics = new Map<string, boolean>();

function trimSpan(text: string, start: number, end: number): Span | null {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** The first non-empty line, the headline of a pasted article. */
export function firstLine(text: string): string {
	// Not `(\S[^\n]*?)[ \t\u00a0]*$`, whose lazy end retries the trailing spaces at every step:
	// quadratic in a line with a long run of spaces. The line is taken whole, then trimmed.
	return trimEndBlanks(/^[ \t\u00a0]*(\S[^\n\r\u2028\u2029]*)/m.exec(text)?.[1] ?? '');
}

/** `text` without the spaces, tabs and no-break spaces that end it, in one pass from the end. */
export function trimEndBlanks(text: string): string {
	let end = text.length;
	while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u00a0'))
		end--;
	return text.slice(0, end);
}

/**
 * The first line when it reads as a headline: short (at most 20 words) and not a sentence that
 * ends on a full stop ("Flooding forces thousands from homes along the Ohio River"). A wire story
 * pasted without its headline starts on its lede, which is news and no title: empty then.
 */
export function articleHeadline(text: string): string {
	const first = firstLine(text);
	const line = first.replace(/^#+\s*/, '');
	if (/^#/.test(first)) return line;
	// "BUFFALO, N.Y. (AP) --" on a line of its own is the dateline, not a headline.
	if (isDatelineLine(line)) return '';
	const words = line.split(/\s+/).filter(Boolean).length;
	return words <= 20 && !/[.!?]["”’')]*$/.test(line) ? line : '';
}
