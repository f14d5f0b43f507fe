/**
 * The step for a sentence that opens on a participle phrase: "Founded in 1983, Northgate grew
 * into a lender", "Elected in 2019, the mayor resigned on Monday". The phrase is no part of
 * the main clause's happening; when it holds the date, it is the happening, told of the main
 * clause's subject ("Northgate was founded").
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { isSaying } from './attribution';
import { isComma, leaveOut, type Draft, type TitleStep } from './draft';
import { nounStart } from './phrase';

/**
 * An opening past or present participle ("Founded", "Born", "Hit", "Speaking") up to its comma,
 * followed by a subject and its finite verb: the phrase is left out; when the date is in a
 * past participle's phrase, the title is the subject with "was" (or "were") and the phrase
 * ("Northgate was founded in 1983", the date left out after).
 */
export const participleOpener: TitleStep = {
	name: 'participleOpener',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		let first = draft.from;
		while (first < draft.to && (draft.out.has(first) || words[first].pos === 'PUNCT')) first++;
		const word = words[first];
		if (!word || word.pos !== 'VERB') return;
		// "Hit by rising rates": a past participle that has the form of its lemma, as a
		// preposition after it shows.
		const past = isPastForm(word) || (word.lower === word.lemma && words[first + 1]?.pos === 'ADP');
		if (!past && !/ing$/.test(word.lower)) return;
		const comma = phraseEnd(words, first, draft.to);
		if (comma < 0) return;
		// The clause step may have ended the clause at a relative word: the main verb is
		// looked for in the sentence.
		const verb = mainVerb(words, comma + 1, words.length);
		if (verb < 0) return;
		// The main subject: the noun phrase after the comma, up to a relative clause on it
		// ("the block where the girl was found had passed") or its verb.
		const end = nounPhraseEnd(words, comma + 1, verb);
		const subject = comma + 1;
		const dated = draft.date.first >= first && draft.date.first < comma;
		// "Asked on the radio Friday whether …, the chief said the response was fast": the
		// question's date is the answer's; the speaker's clause is the title.
		if (end >= 0 && dated && isSaying(words[verb]) && (word.lemma === 'ask' || isSaying(word))) {
			leaveOut(draft, draft.from, comma + 1);
			draft.from = comma + 1;
			return;
		}
		// "Take the bus, he said": a quotation before its speaker, read by `attributionAfter`.
		if (end < 0 || isSaying(words[verb])) return;
		if (!dated) {
			leaveOut(draft, draft.from, comma + 1);
			return;
		}
		// "Speaking on Monday, the minister said": the date of a present participle is the
		// main clause's too.
		if (!past) {
			leaveOut(draft, draft.from, comma + 1);
			return;
		}
		told(draft, subject, end, first, comma);
	}
};

/**
 * "The motion, tabled by the opposition on May 28, was rejected on Thursday": a past participle
 * aside on a noun that holds the date is the happening, told of that noun ("Motion was tabled
 * by the opposition"); the clause it interrupts is another day's.
 */
export const participleAside: TitleStep = {
	name: 'participleAside',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		for (let i = draft.from + 1; i < draft.date.first; i++) {
			const word = words[i + 1];
			if (!isComma(words[i]) || word?.pos !== 'VERB' || !isPastForm(word)) continue;
			if (!/^(?:NOUN|PROPN)$/.test(words[i - 1].pos)) continue;
			let close = i + 2;
			while (close < draft.to && !isComma(words[close])) close++;
			if (close >= draft.to || draft.date.last > close) continue;
			// The verb it interrupted comes right after it.
			let after = close + 1;
			while (words[after]?.pos === 'ADV') after++;
			if (!isFinite(words, after)) continue;
			const noun = nounStart(words, draft.from, i);
			if (noun < 0) continue;
			told(draft, noun, i, i + 1, close);
			return;
		}
	}
};

/**
 * Tells the participle phrase from `first` to `to - 1` of the noun phrase from `subject` to
 * `end - 1`: "Northgate was founded …", "Two senators were elected …".
 */
function told(draft: Draft, subject: number, end: number, first: number, to: number): void {
	const { words } = draft;
	const head = words[end - 1];
	const plural = head.pos === 'NOUN' && head.lower !== head.lemma;
	const text = draft.text.slice(words[subject].start, words[end - 1].end);
	draft.lead = `${text} ${plural ? 'were' : 'was'} `;
	draft.as.set(first, words[first].lower);
	draft.from = first;
	draft.to = to;
}

/** The comma that ends the participle phrase opened at `first`, or -1 when a verb comes first. */
function phraseEnd(words: readonly Word[], first: number, to: number): number {
	// "Asked whether the city had done enough,": the verbs of the question are its own.
	let question = false;
	for (let i = first + 1; i < to; i++) {
		if (isComma(words[i])) return i;
		if (/^(?:whether|if)$/.test(words[i].lower)) question = true;
		if ((isFinite(words, i) && !question) || /^[;:.!?]$/.test(words[i].text)) return -1;
	}
	return -1;
}

/** The first finite verb from `from`, within twelve words, or -1. */
function mainVerb(words: readonly Word[], from: number, to: number): number {
	for (let i = from; i < to && i < from + 13; i++) {
		if (isComma(words[i])) return -1;
		if (isFinite(words, i)) return i;
	}
	return -1;
}

/**
 * Where the noun phrase from `from` ends (after its last noun, before `verb`): determiners,
 * adjectives, numbers, nouns and names, a possessive; -1 when it holds no noun, or is followed
 * by anything but its verb or a relative word ("where", "who", "that", "which").
 */
function nounPhraseEnd(words: readonly Word[], from: number, verb: number): number {
	const relative = /^(?:where|who|whom|which|that|whose|when)$/;
	let i = from;
	while (
		i < verb &&
		!relative.test(words[i].lower) &&
		(/^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(words[i].pos) || /^['’]s$/.test(words[i].lower))
	)
		i++;
	let end = i;
	while (end > from && !/^(?:NOUN|PROPN)$/.test(words[end - 1].pos)) end--;
	if (end === from) return -1;
	const next = words[i];
	if (i === verb || relative.test(next.lower)) return end;
	return -1;
}
