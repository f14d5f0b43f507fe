/**
 * Asides left out of the clause: between commas, dashes or brackets, and a trailing phrase
 * without a verb after the clause is done.
 */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { isMonth } from './kind';
import { pairedDash } from './clauses';
import { isSaying, subjectBefore } from './attribution';
import { firstVerb, isComma, isNoun, kept, leaveOut, type Draft, type TitleStep } from './draft';
import { hasFinite, holdsDate, insideNounPhrase, isDash, names, nounStart } from './phrase';

const OPENING = /^[([]$/;
const CLOSING = /^[)\]]$/;

/**
 * "Gaddafi, a fugitive since August, was killed": an aside between commas (a noun phrase on the
 * noun before it, an age, a relative clause), between dashes or in brackets, is left out. When
 * the date is in the aside, the aside is what the date says: "Gaddafi, a fugitive since
 * August" is titled "Gaddafi, a fugitive".
 */
export const asides: TitleStep = {
	name: 'asides',
	run(draft) {
		const { words } = draft;
		for (let i = draft.from; i < draft.to; i++) {
			if (!kept(draft, i)) continue;
			const word = words[i];
			if (OPENING.test(word.text)) {
				let close = i + 1;
				while (close < draft.to && !CLOSING.test(words[close].text)) close++;
				if (close < draft.to && !holdsDate(draft, i, close)) leaveOut(draft, i, close + 1);
				continue;
			}
			const dash = isDash(words, i);
			if (!isComma(word) && !dash) continue;
			// "the Dec. 21, 1988, bombing": the date's own commas open no aside.
			if (inDate(draft, i)) continue;
			const close = closingMark(draft, i, dash);
			if (close <= i + 1) continue;
			// "a deep, narrow channel", "the Portland, Ore., airport": the noun phrase goes on.
			if (!dash && insideNounPhrase(words, i)) continue;
			// "Spending will rise slightly, Mr. Marous said, from …", "If holders wait, he added,
			// they can expect …": an attribution between commas is no part of what was said.
			if (saidBetween(draft, i, close)) {
				const verb = words.findIndex((w, k) => k > i && k < close && isSaying(w));
				draft.speaker ??= { from: i + 1, to: verb };
				leaveOut(draft, i, close);
				i = close;
				continue;
			}
			if (trailing(draft, i, close)) {
				// ", down 50 cents", ", having been burned repeatedly", ", two years after the war":
				// a phrase without a verb after the clause is done says no more of what happened.
				leaveOut(draft, i, draft.to);
				return;
			}
			if (!isAside(draft, i, close, dash)) continue;
			// "The minister, speaking to reporters on Wednesday, said": the date of a participle
			// aside is the clause's; the aside goes with it.
			if (
				holdsDate(draft, i, close) &&
				words[i + 1].pos === 'VERB' &&
				/ing$/.test(words[i + 1].lower)
			) {
				leaveOut(draft, i, close < draft.to ? close + 1 : close);
				i = close;
				continue;
			}
			// "an earlier flood in the valley, in 1987, found": an aside that is only the date and
			// its preposition dates the clause, and goes with the date.
			if (onlyDate(draft, i + 1, close)) {
				leaveOut(draft, i, close < draft.to && isComma(words[close]) ? close + 1 : close);
				i = close;
				continue;
			}
			if (holdsDate(draft, i, close)) {
				// The aside is the happening: the noun it describes and the aside itself.
				const noun = nounStart(words, draft.from, i);
				if (noun >= 0 && !hasFinite(words, i + 1, close) && words[i + 1].pos !== 'VERB') {
					draft.from = noun;
					draft.to = close;
					draft.nominal = true;
					return;
				}
				continue;
			}
			// "Its founder, Louis Marchand, opened the club": the name, not what it is called; a
			// name after a name and title stays ("NetChoice's counsel, Chris Marchese, said").
			if (names(words, i + 1, close)) {
				if (!subjectOpens(draft, i)) continue;
				leaveOut(draft, draft.from, i + 1);
				draft.out.add(close);
			} else leaveOut(draft, i, close < draft.to ? close + 1 : close);
			i = close;
		}
	}
};

/**
 * The mark that closes an aside opened at `open`: the next dash for a dash; for a comma, the
 * first comma after which the clause goes on with a verb (a relative clause may hold commas of
 * its own: "which peaked on April 9, 2023,"), else the next comma.
 */
function closingMark(draft: Draft, open: number, dash: boolean): number {
	const { words } = draft;
	let first = -1;
	for (let j = open + 1; j < draft.to; j++) {
		// "since 1987, a flood -- caused by the storms -- has reached": a comma's aside does not
		// end at a pair of dashes, an aside of its own inside the clause.
		if (!dash && isDash(words, j) && pairedDash(words, j) > 0) {
			j = pairedDash(words, j);
			continue;
		}
		if (dash ? isDash(words, j) : isComma(words[j]) || isDash(words, j)) {
			if (dash) return j;
			if (first < 0) first = j;
			if (!/^(?:which|who|whom|whose)$/.test(words[open + 1]?.lower ?? '')) return j;
			let after = j + 1;
			while (words[after]?.pos === 'ADV') after++;
			if (isFinite(words, after)) return j;
		}
	}
	return first >= 0 ? first : draft.to;
}

/**
 * Whether the comma at `open` starts the clause's last stretch without a verb ("…, or 29 cents
 * a share, for the quarter ended Aug. 26"), after a clause with its subject, verb and more.
 */
function trailing(draft: Draft, open: number, close: number): boolean {
	if (!isComma(draft.words[open])) return false;
	const { words } = draft;
	// ", surrounded by his family", ", adding that …": a participle opens a phrase, no clause.
	// A verb of saying is an attribution's (", told reporters"), read by `attributionAfter`.
	const next = words[open + 1];
	if (isSaying(next) && isFinite(words, open + 1)) return false;
	const from = next?.pos === 'VERB' ? open + 2 : open + 1;
	if (hasFinite(words, from, draft.to)) return false;
	// Not a name in apposition at the end ("…, said James Whitfield" is read elsewhere).
	if (close >= draft.to && names(words, open + 1, close)) return false;
	// The clause before has its subject and verb, and something after the verb.
	const verb = firstVerb(draft);
	return verb >= 0 && verb < open - 1 && subjectBefore(words, draft.from, verb, draft.out) >= 0;
}

/** Whether only a subject noun phrase stands between the clause's start and `comma`. */
function subjectOpens(draft: Draft, comma: number): boolean {
	const { words } = draft;
	let i = draft.from;
	while (i < comma && draft.out.has(i)) i++;
	if (i >= comma) return false;
	const phrase = words.slice(i, comma);
	return (
		phrase.every((w) => /^(?:DET|ADJ|NOUN|PRON|NUM)$/.test(w.pos)) &&
		phrase.some((w) => w.pos === 'NOUN') &&
		!phrase.some((w) => w.pos === 'PROPN')
	);
}

/**
 * Whether words `open + 1` to `close - 1` are an aside: after a noun, and either a relative
 * clause ("which provided the space") or a phrase without a verb ("a fugitive since August",
 * "52 years old") followed by the verb it interrupted. A place after a place ("Newark, N.J.,")
 * or a list item is no aside.
 */
function isAside(draft: Draft, open: number, close: number, dash: boolean): boolean {
	const { words } = draft;
	const first = words[open + 1];
	const before = words[open - 1];
	if (!first || !before) return false;
	// A pair of dashes around words without a verb of their own (a participle may open them).
	if (dash)
		return (
			pairedDash(words, open) === close ||
			!words.slice(open + 1, close).some((_, k) => isFinite(words, open + 1 + k))
		);
	if (/^(?:which|who|whom|whose)$/.test(first.lower)) return true;
	if (!isNoun(before) && before.pos !== 'NUM') return false;
	if (first.pos === 'CCONJ') return false;
	// A place after a place ("Newark, N.J.,", "Nairobi, Kenya,") is part of the name.
	if (before.pos === 'PROPN' && names(words, open + 1, close)) return false;
	if (words.slice(open + 1, close).some((_, k) => isFinite(words, open + 1 + k))) return false;
	// The verb it interrupted comes right after it.
	let after = close + 1;
	while (words[after]?.pos === 'ADV') after++;
	return isFinite(words, after);
}

/**
 * Whether words `from` to `to - 1` are the date and at most a preposition before it, or a list
 * of dates that holds it ("-- in February, March and on April 1 --", the other dates the
 * extractor found, with their prepositions and conjunctions): the days of what the clause says.
 */
function onlyDate(draft: Draft, from: number, to: number): boolean {
	const { first, last } = draft.date;
	const lead = from < first && draft.words[from].pos === 'ADP' ? from + 1 : from;
	if (lead === first && to === last) return true;
	if (!holdsDate(draft, from, to)) return false;
	const dated = (w: Word) => draft.others.some((d) => w.start >= d.start && w.end <= d.end);
	return draft.words
		.slice(from, to)
		.every(
			(w, k) =>
				(from + k >= first && from + k < last) ||
				dated(w) ||
				isMonth(w.text) ||
				/^(?:ADP|CCONJ|PUNCT)$/.test(w.pos)
		);
}

/** Whether the comma at `i` is the date's: inside it, or closing a date on a noun after it. */
function inDate(draft: Draft, i: number): boolean {
	const { first, last } = draft.date;
	if (i > first && i < last) return true;
	return i === last && draft.words[first - 1]?.pos === 'DET' && isNoun(draft.words[i + 1]);
}

/**
 * Whether words `open + 1` to `close - 1`, between two commas, are a speaker and a verb of
 * saying only ("Mr. Marous said", "he added", "officials said Friday").
 */
function saidBetween(draft: Draft, open: number, close: number): boolean {
	const { words } = draft;
	if (!isComma(words[open]) || !isComma(words[close]) || close >= draft.to) return false;
	let i = open + 1;
	while (i < close && (isNoun(words[i]) || /^(?:DET|ADJ)$/.test(words[i].pos))) i++;
	if (i === open + 1 || !isSaying(words[i]) || !isFinite(words, i)) return false;
	for (let k = i + 1; k < close; k++)
		if (words[k].pos !== 'ADV' && !holdsDate(draft, k, k + 1)) return false;
	return true;
}
