/**
 * A title for an article pasted without its headline, from its lede: the first sentence's main
 * clause, as a journalist would cut it for a headline, not its first ten words cut off wherever
 * they stop ("StatesWest Airlines said it withdrew its offer because the carrier…").
 *
 * The steps, in order:
 * 1. the lede is the first line that is not a wire dateline alone, without a dateline it opens on;
 * 2. its first sentence, without its full stop, is cut into stretches at commas, semicolons and
 *    dashes, and before a conjunction that subordinates an adverbial clause ("because", "after",
 *    "while"; not "that", "whether" or "if", which open what was said or asked: the news itself);
 * 3. the main clause is the first stretch with a verb that opens on neither a preposition, a
 *    conjunction nor a verb: those open a phrase before the main clause ("In a move that stunned
 *    investors, the bank …", "Turning its back on …, the convention voted …") or go on from a
 *    subject left behind ("…, was killed on Thursday"), and a stretch without a verb is a list's
 *    item or an aside ("Gaddafi, a fugitive since August,"); with none, the whole sentence;
 * 4. a title longer than a headline is cut at a word that can end one (not "the", "of", "and",
 *    "to"), and says so with an ellipsis; it starts on a capital.
 */
import { datelineOf, isDatelineLine } from './dateline';
import { tag, type Word } from './language';
import { sentences } from './sentences';

/** The longest title a lede gives whole, in words. */
const MAX_WORDS = 16;
/** Where a longer one is cut, in words. */
const CUT_AT = 12;

/** Conjunctions that open a complement, what was said or asked: part of the main clause. */
const COMPLEMENT = new Set(['that', 'whether', 'if']);
/** Tags a main clause does not open on (see step 3). */
const OPENERS = new Set(['ADP', 'SCONJ', 'VERB', 'AUX', 'CCONJ']);
/** Tags a headline does not end on: articles, prepositions, conjunctions, auxiliaries, "to". */
const DANGLING = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PRON']);

/**
 * The lede's title (empty for a text without words).
 *
 * @example
 * leadTitle('WASHINGTON _ The economy created jobs at a robust pace in January.');
 * // 'The economy created jobs at a robust pace in January'
 */
export function leadTitle(text: string): string {
	const lines = text.split('\n').map((line) => line.trim());
	const line = lines.find((l) => l && !isDatelineLine(l)) ?? '';
	const lede = line.slice(datelineOf(line, true)?.end ?? 0).trim();
	const [first] = sentences(lede);
	if (!first) return '';
	const sentence = lede.slice(first.start, first.end).replace(/[.!?]+["”’')]*$/, '');
	const words = tag(sentence).filter((w) => w.pos !== 'SPACE');
	const clause = stretches(words).find(isMainClause) ?? words;
	const kept = clause.filter(isWord).length <= MAX_WORDS ? clause : cut(clause);
	const title = spanOf(sentence, kept);
	return capitalized(title) + (kept === clause ? '' : '…');
}

/** The sentence's words in stretches, between punctuation and before adverbial conjunctions. */
function stretches(words: readonly Word[]): Word[][] {
	const out: Word[][] = [[]];
	for (const w of words) {
		if (/^[,;—–-]+$/.test(w.text)) out.push([]);
		else {
			if (w.pos === 'SCONJ' && !COMPLEMENT.has(w.lower) && out.at(-1)!.length) out.push([]);
			out.at(-1)!.push(w);
		}
	}
	return out.filter((s) => s.some(isWord));
}

const isMainClause = (stretch: readonly Word[]) =>
	!OPENERS.has(stretch[0].pos) && stretch.some((w) => w.pos === 'VERB' || w.pos === 'AUX');

/** The first `CUT_AT` words, less those a headline cannot end on. */
function cut(clause: readonly Word[]): Word[] {
	let end = 0;
	for (let seen = 0; end < clause.length && seen < CUT_AT; end++) if (isWord(clause[end])) seen++;
	while (end > 1 && (DANGLING.has(clause[end - 1].pos) || !isWord(clause[end - 1]))) end--;
	return clause.slice(0, end);
}

const isWord = (w: Word | undefined) => !!w && w.pos !== 'PUNCT' && w.pos !== 'SYM';

/** The text from the first of `words` to the last, as the sentence has it. */
const spanOf = (sentence: string, words: readonly Word[]) =>
	words.length ? sentence.slice(words[0].start, words[words.length - 1].end) : '';

/** A title starts on a capital, even when the clause it keeps started mid-sentence. */
const capitalized = (title: string) => title.charAt(0).toUpperCase() + title.slice(1);
