/**
 * Search: which events a reader's words find, and where in each title they are, so that the
 * timeline and the list can mark them. Pure and small (the reader's page loads it when the search
 * box is first used).
 *
 * An event is found when every word of the query begins a word of its title, summary or quotes
 * (so "strike" finds "strikes"), or, for words in double quotes, when the phrase is there as
 * written. Case, accents and the shape of apostrophes and quotation marks do not matter: "sadr"
 * finds "Sadr", "cafe" finds "Café", "coalition's" finds "coalition’s".
 */

/** A query as read: its words and its quoted phrases, folded (see `fold`). */
export interface Query {
	words: string[];
	phrases: string[];
}

/** What a search looks through: an event's words. */
export interface Searchable {
	id: string;
	title: string;
	summary?: string;
	quotes: readonly { text: string }[];
}

/**
 * Text folded for matching: lower case, accents dropped, curly quotes and apostrophes straight,
 * dashes as hyphens. Folding keeps the length of every character that is not an accent, so a
 * match in folded text is at the same place in the original once accents are counted (`foldMap`).
 *
 * @example
 * fold('Café “Noir”'); // 'cafe "noir"'
 */
export function fold(text: string): string {
	return foldMap(text).folded;
}

/**
 * Folded text and, for each of its UTF-16 units, where the character it came from starts and
 * ends in the text (a ligature folds to two letters, both within its one character).
 */
function foldMap(text: string): { folded: string; from: number[]; until: number[] } {
	let folded = '';
	const from: number[] = [];
	const until: number[] = [];
	let at = 0;
	for (const char of text) {
		const plain = char
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
			.replace(/[\u201c\u201d\u2033]/g, '"')
			.replace(/[\u2010-\u2015]/g, '-')
			.toLowerCase();
		folded += plain;
		// One entry per UTF-16 unit, as the offsets of matches in the folded text count.
		for (let unit = 0; unit < plain.length; unit++) {
			from.push(at);
			until.push(at + char.length);
		}
		at += char.length;
	}
	return { folded, from, until };
}

/**
 * The words and quoted phrases of what a reader typed, folded; empty when there is nothing to
 * look for.
 *
 * @example
 * parseQuery('strike "prime minister"'); // { words: ['strike'], phrases: ['prime minister'] }
 */
export function parseQuery(typed: string): Query {
	const phrases: string[] = [];
	const rest = fold(typed).replace(/"([^"]*)"?/g, (_, phrase: string) => {
		const clean = phrase.replace(/\s+/g, ' ').trim();
		if (clean) phrases.push(clean);
		return ' ';
	});
	return { words: wordsOf(rest), phrases };
}

/** Whether a query looks for anything. */
export function isEmptyQuery(query: Query): boolean {
	return query.words.length === 0 && query.phrases.length === 0;
}

// Words are runs of letters, digits and inner apostrophes or hyphens ("coalition's", "al-Sadr").
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

function wordsOf(text: string): string[] {
	return [...text.matchAll(WORD)].map((m) => m[0]);
}

/**
 * Whether an event's words hold everything a query asks for.
 *
 * @example
 * matches(event, parseQuery('strike baghdad')); // true when both words begin words of the event
 */
export function matches(event: Searchable, query: Query): boolean {
	if (isEmptyQuery(query)) return true;
	const text = fold(
		[event.title, event.summary ?? '', ...event.quotes.map((q) => q.text)].join('\n')
	);
	// A compound word is found by its parts too: "saidi" finds "al-Saidi".
	const words = wordsOf(text).flatMap((w) => (/['-]/.test(w) ? [w, ...w.split(/['-]/)] : [w]));
	return (
		query.words.every((word) => words.some((w) => w.startsWith(word))) &&
		query.phrases.every((phrase) => text.replace(/\s+/g, ' ').includes(phrase))
	);
}

/** A stretch of a text, `[start, end)` in UTF-16 units. */
export interface Range {
	start: number;
	end: number;
}

/**
 * Where a query's words and phrases are in a text (a title, a quote), in order and merged where
 * they touch, as offsets into the text as written: for marking them.
 *
 * @example
 * matchRanges('Strikes hit Baghdad', parseQuery('strike')); // [{ start: 0, end: 6 }]
 */
export function matchRanges(text: string, query: Query): Range[] {
	if (isEmptyQuery(query)) return [];
	const { folded, from, until } = foldMap(text);
	const ranges: Range[] = [];
	for (const match of folded.matchAll(WORD)) {
		const word = match[0];
		const hit = query.words
			.filter((w) => word.startsWith(w))
			.sort((a, b) => b.length - a.length)[0];
		if (hit) ranges.push({ start: match.index, end: match.index + hit.length });
	}
	for (const phrase of query.phrases) {
		let at = folded.indexOf(phrase);
		while (at >= 0) {
			ranges.push({ start: at, end: at + phrase.length });
			at = folded.indexOf(phrase, at + 1);
		}
	}
	ranges.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Range[] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
		else merged.push({ ...r });
	}
	return merged.map((r) => ({ start: from[r.start], end: until[r.end - 1] }));
}

/** A text cut into runs, each marked or not, for rendering as text with `<mark>`s. */
export function markedRuns(text: string, ranges: Range[]): { text: string; marked: boolean }[] {
	const runs: { text: string; marked: boolean }[] = [];
	let at = 0;
	for (const r of ranges) {
		if (r.start > at) runs.push({ text: text.slice(at, r.start), marked: false });
		runs.push({ text: text.slice(r.start, r.end), marked: true });
		at = r.end;
	}
	if (at < text.length) runs.push({ text: text.slice(at), marked: false });
	return runs;
}
