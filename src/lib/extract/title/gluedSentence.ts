/**
 * A sentence start the page lost bounds the title: pasted pages glue a headline, its standfirst,
 * a caption or a timestamp to the lede with no full stop between ("Ferry passenger in hospital
 * after storm Tuesday 8 May 2012 14.30 BST A passenger was taken to hospital today"), and a
 * title drawn across the seam runs two sentences into one.
 */
import { datelineOf } from '../dateline';
import type { Word } from '../language';
import { keptWords, leaveOut, type TitleStep } from './draft';
import { hasFinite, QUOTE_MARK } from './phrase';

// Words a sentence opens on that the tagger reads as function words: a capital on one of them
// after a word in lower case, with no mark between, is where a sentence began.
const FUNCTION = /^(?:CCONJ|SCONJ|ADP|PRON|DET)$/;
// What a headline or a caption ends on: a noun, a name, an adjective, a number, an adverb (not
// "in", after which a name may follow: "in The Hague").
const HEADLINE_END = /^(?:NOUN|PROPN|ADJ|NUM|ADV)$/;
// A word in capitals only: "BP", "NASA".
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * The title keeps the stretch between lost sentence starts that holds the date (unless that is a
 * byline's stamp): a capitalised function word glued to a word in lower case ("… are safe For
 * the first time …", "… a pandemic But we can't …"), or a timestamp with its time ("Saturday 12
 * May 2012 14.30 BST") in the middle of the sentence.
 */
export const gluedSentence: TitleStep = {
	name: 'gluedSentence',
	run(draft) {
		const { words, date } = draft;
		// The date is itself a timestamp glued after the headline: the headline (and the
		// standfirst after it) is that day's news, not the lede or the photo caption after it.
		if (stampEnd(draft.text, words, date.first, words.length) > date.first) {
			// An editor's headline, as a chronology's entry is: no step reshapes it.
			const headline = keptWords(draft).filter((i) => i < date.first);
			if (headline.length < 3) return;
			leaveOut(draft, date.first, words.length);
			draft.entry = true;
			return;
		}
		// The stretch between the seams around the date.
		let from = 0;
		let to = words.length;
		for (let i = 1; i < words.length; i++) {
			if (i >= date.first && i < date.last) continue;
			const start =
				lostStart(words, i) || headingEnd(words, i)
					? i
					: stampEnd(draft.text, words, i, date.first);
			if (start < 0) continue;
			if (start > date.first) {
				to = i;
				break;
			}
			from = start;
		}
		// Not when the date's side is a byline's stamp ("Jane Doe | 17:45, Wednesday 29 April
		// This week, …"): a time of day or a bar, and no verb.
		if (from === 0 && to === words.length) return;
		const side = draft.text.slice(words[from].start, words[to - 1].end);
		if (!hasFinite(words, from, to) && /\d[:.]\d\d|\|/.test(side)) return;
		leaveOut(draft, 0, from);
		leaveOut(draft, to, words.length);
	}
};

/**
 * Whether word `i` opens a sentence glued to the one before: a function word with a capital
 * ("For", "But", "The", "We"; not "I", nor a word in a name such as "Doctors Without Borders",
 * whose next word has a capital too) right after a headline's last word in lower case.
 */
export function lostStart(words: readonly Word[], i: number): boolean {
	const word = words[i];
	if (!words[i - 1] || words[i - 1].end === word.start) return false;
	// "… watch, prepare, reassure ' A child has …": a headline may end on a quotation.
	const quoted = QUOTE_MARK.test(words[i - 1].text) && i > 1;
	const before = quoted ? words[i - 2] : words[i - 1];
	if (!/^\p{Lu}\p{Ll}*$/u.test(word.text) || word.text === 'I') return false;
	// "… feels a lot better Five-year-old Jo Lee started …": a number spelled with a capital
	// after a word all in lower case opens a sentence (in a name, the word before has a capital
	// too: "Formula One").
	if (word.pos === 'NUM' && /^\p{Ll}+$/u.test(before.text) && HEADLINE_END.test(before.pos))
		return true;
	if (!FUNCTION.test(word.pos)) return false;
	// "… oil spill and BP On 20 April …": a headline may end on an acronym too.
	if (!/[\p{Ll}\d]$/u.test(before.text) && !(ACRONYM.test(before.text) && !quoted)) return false;
	// After a verb, only a word that opens no name: "keeps rising But we", not "reads The Times".
	const verb = before.pos === 'VERB' && /^(?:CCONJ|SCONJ|PRON)$/.test(word.pos);
	// After an object pronoun, a pronoun with a capital: "rather than sit on it They are now"
	// (no pronoun but "I" has a capital inside a sentence).
	const pronoun = before.pos === 'PRON' && word.pos === 'PRON';
	if (!HEADLINE_END.test(before.pos) && !verb && !pronoun) return false;
	const next = words[i + 1];
	return word.pos === 'DET' || word.pos === 'PRON' || !next || !/^\p{Lu}/u.test(next.text);
}

/**
 * Whether word `i` opens a sentence after a heading set in capitals: "NEW CAP FOR LEAKING WELL
 * When engineers removed the cap …". Three words or more in capitals in a row are a heading
 * (an acronym stands alone or in pairs: "the UN and WHO"), and a word with a capital and lower
 * case after them is where the text under it begins.
 */
export function headingEnd(words: readonly Word[], i: number): boolean {
	if (i < 3 || !/^\p{Lu}\p{Ll}+$/u.test(words[i].text)) return false;
	return [1, 2, 3].every((back) => /^\p{Lu}{2,}$/u.test(words[i - back].text));
}

/**
 * Where the lede starts after a timestamp that opens at word `i`, in the middle of the sentence
 * and before word `first`: the first word after "Saturday 12 May 2012 14.30 BST"; -1 when no stamp with a
 * time of day opens there (a date alone in a sentence is no stamp).
 */
function stampEnd(text: string, words: readonly Word[], i: number, first: number): number {
	if (
		i === 0 ||
		i >= first ||
		!/^(?:PROPN|NUM)$/.test(words[i].pos) ||
		words[i - 1].end === words[i].start
	)
		return -1;
	const found = datelineOf(text.slice(words[i].start, words[first]?.start ?? text.length));
	if (!found?.stamp || found.stamp.start !== 0 || !/\d[:.]\d\d/.test(found.stamp.text)) return -1;
	const end = words[i].start + found.end;
	let k = i;
	while (k < first && words[k].start < end) k++;
	return k;
}
