/**
 * "…, the office said Friday", "…, said James Whitfield", "according to a report": the
 * attribution after what was said, and whether a clause is only one (`statement.ts`).
 */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { aboutDate, isSaying, subjectBefore } from './attribution';
import { trailingClause } from './clauses';
import {
	isComma,
	isDoubleQuote,
	isNoun,
	kept,
	leaveOut,
	type Draft,
	type TitleStep
} from './draft';

/**
 * "…, the office said Friday", "…, said James Whitfield", "…," NetChoice's counsel, Chris
 * Marchese, said Monday, "…, according to a report Friday": an attribution after what was said
 * is left out (several, from the last), and when the date was in it the title is what was said.
 */
export const attributionAfter: TitleStep = {
	name: 'attributionAfter',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		// A quotation closed before the attribution: everything after its closing mark.
		const quote = closingQuote(draft);
		if (quote >= 0) {
			const verb = findSaying(draft, quote);
			if (verb >= 0 && isTail(draft, quote, verb)) {
				draft.speaker = nameNear(draft, quote, verb);
				draft.to = quote;
				draft.quoted = true;
			}
		} else if (opensQuotation(draft)) {
			// '"We have agreed today a framework that should …," Lee told reporters': a clause
			// that an earlier step ended inside the quotation is still the speaker's.
			const whole = { ...draft, to: words.length };
			const end = closingQuote(whole);
			const verb = end >= 0 ? findSaying(whole, end) : -1;
			if (verb >= 0 && isTail(whole, end, verb)) {
				draft.speaker = nameNear(whole, end, verb);
				draft.quoted = true;
			}
		}
		// An attribution ends the sentence: "…, announced yesterday | that he will withdraw" is
		// no attribution but a statement's start.
		// A participle may follow ("…, Meissner said Wednesday, adding that …").
		// So may a clause of its own ("…, police said Friday, though the search went on").
		const participle = /ing$/.test(words[draft.to - 1]?.lower ?? '');
		if (!participle && !trailingClause(words, draft.to))
			for (let i = draft.to; i < words.length; i++) if (words[i].pos !== 'PUNCT') return;
		for (let c = draft.to - 1; c > draft.from; c--) {
			if (!isComma(words[c]) || !kept(draft, c)) continue;
			const tail = c + 1;
			// "according to …" up to the next comma or the end.
			if (words[tail]?.lower === 'according' && words[tail + 1]?.lower === 'to') {
				let end = tail + 2;
				while (end < draft.to && !isComma(words[end])) end++;
				leaveOut(draft, c, end);
				continue;
			}
			const verb = findSaying(draft, tail);
			if (verb < 0 || !isTail(draft, tail, verb)) continue;
			const subject = subjectBefore(words, tail, verb);
			if (subject < 0 && verb === tail) {
				// "…, the county governor, Amina Said, told reporters": the speaker is named before
				// the verb, in noun phrases between commas.
				const named = apposedSpeaker(draft, c);
				if (named) {
					draft.speaker ??= named.speaker;
					draft.to = named.comma;
					c = named.comma;
					continue;
				}
			}
			draft.speaker ??= subject >= 0 ? { from: subject, to: verb } : afterVerb(draft, verb);
			draft.to = c;
		}
	}
};

/**
 * The speaker named in noun phrases between commas before the comma at `comma` ("…, the county
 * governor, Amina Said, | told reporters"), with the comma that opens them; undefined when the
 * words before it are no noun phrase.
 */
function apposedSpeaker(
	draft: Draft,
	comma: number
): { speaker: { from: number; to: number }; comma: number } | undefined {
	let found: { speaker: { from: number; to: number }; comma: number } | undefined;
	let end = comma;
	for (let c = comma - 1; c > draft.from; c--) {
		if (!isComma(draft.words[c])) continue;
		if (!nounPhrase(draft.words, c + 1, end)) break;
		found = { speaker: { from: c + 1, to: end }, comma: c };
		end = c;
		// Two phrases at most: a role and a name, in either order.
		if (found.speaker.to < comma) break;
	}
	return found;
}

/** Whether words `from` to `to - 1` are one noun phrase: "the governor of the county". */
function nounPhrase(words: readonly Word[], from: number, to: number): boolean {
	if (to - from < 1 || to - from > 8) return false;
	const phrase = words.slice(from, to);
	return (
		phrase.some(isNoun) &&
		phrase.every(
			(w) =>
				/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(w.pos) ||
				/^['’]s$/.test(w.lower) ||
				(w.pos === 'ADP' && w.lower === 'of')
		)
	);
}

/** Whether the clause opens where a quotation does: its first word is a double quotation mark's. */
function opensQuotation(draft: Draft): boolean {
	let i = draft.from;
	while (i < draft.to && draft.words[i].pos === 'PUNCT' && !isDoubleQuote(draft.words[i])) i++;
	return isDoubleQuote(draft.words[i]) || isDoubleQuote(draft.words[draft.from - 1]);
}

/** The comma and closing quotation mark that end a quotation before its attribution, or -1. */
function closingQuote(draft: Draft): number {
	const { words } = draft;
	for (let i = draft.from + 1; i < draft.to - 1; i++) {
		const word = words[i];
		// ",'' said", ",” Meissner said", ',\" she said'.
		if (/^(?:['’”"]|'')$/.test(word.text) && isComma(words[i - 1])) return i - 1;
	}
	return -1;
}

/** The speaker of a quotation: the name nearest the verb, before it or after it. */
function nameNear(
	draft: Draft,
	from: number,
	verb: number
): { from: number; to: number } | undefined {
	const { words } = draft;
	let end = verb;
	while (end > from && !isNoun(words[end - 1])) end--;
	let start = end;
	while (
		start > from &&
		(isNoun(words[start - 1]) ||
			/^['’]s$/.test(words[start - 1].lower) ||
			words[start - 1].pos === 'ADJ' ||
			words[start - 1].pos === 'DET')
	)
		start--;
	if (start < end) return { from: start, to: end };
	return afterVerb(draft, verb);
}

/**
 * Whether words from `tail` to the clause's end are an attribution: a verb of saying with its
 * speaker and setting ("in a statement Monday"), but no object of its own ("the company
 * reported sales") and no other verb.
 */
function isTail(draft: Draft, tail: number, verb: number): boolean {
	const { words } = draft;
	let count = 0;
	for (let i = tail; i < draft.to; i++) {
		if (i !== verb && isFinite(words, i) && words[i].pos !== 'AUX') return false;
		if (words[i].pos !== 'PUNCT' && !aboutDate(draft, i)) count++;
	}
	// After the verb: the date, a setting, the speaker's name ("said James Whitfield"), or "the
	// spokesman" after "said"; a common noun is an object.
	let i = verb + 1;
	let named = false;
	while (i < draft.to) {
		const word = words[i];
		// "…, adding that the bond matters": what follows a comma is no part of it.
		if (isComma(word) && !named) break;
		if (aboutDate(draft, i) || word.pos === 'PUNCT' || word.pos === 'ADV' || word.pos === 'PROPN') {
			named ||= word.pos === 'PROPN' && !aboutDate(draft, i);
			i++;
			continue;
		}
		// "said Bernard Tolbert, special agent": the speaker's title after the name.
		if (named && /^(?:ADJ|NOUN|DET)$/.test(word.pos)) {
			i++;
			continue;
		}
		if (word.pos === 'ADP' || word.pos === 'SCONJ') break;
		if (words[verb].lemma === 'say' && i === verb + 1 && word.pos === 'DET') break;
		// "told reporters", "told the BBC": the one told, not what was said.
		if (words[verb].lemma === 'tell' && i === verb + 1 && /^(?:DET|NOUN|PROPN)$/.test(word.pos)) {
			while (i < draft.to && /^(?:DET|ADJ|NOUN|PROPN)$/.test(words[i].pos)) i++;
			continue;
		}
		return false;
	}
	return count <= 14;
}

/**
 * Whether the clause from `from` is only an attribution: its speaker (or none, the speaker
 * named before the comma), a verb of saying and the setting ("police said on Thursday", "told
 * reporters").
 */
export function attributionTail(draft: Draft, from: number): boolean {
	const verb = findSaying(draft, from);
	if (verb < 0 || !isTail(draft, from, verb)) return false;
	// "said on Tuesday the verdict was …": what was said follows, no attribution.
	for (let i = verb + 1; i < draft.to; i++) if (isFinite(draft.words, i)) return false;
	return verb === from || subjectBefore(draft.words, from, verb) === from;
}

function findSaying(draft: Draft, from: number): number {
	for (let i = from; i < draft.to; i++) if (isSaying(draft.words[i])) return i;
	return -1;
}

/** "said James Whitfield, a neighbour": the speaker after the verb. */
function afterVerb(draft: Draft, verb: number): { from: number; to: number } | undefined {
	let to = verb + 1;
	while (to < draft.to && isNoun(draft.words[to]) && !aboutDate(draft, to)) to++;
	return to > verb + 1 ? { from: verb + 1, to } : undefined;
}
