/**
 * A comparison with the past ("the first woman to win it in straight sets since Serena Williams
 * in 2017", "its biggest drop since 2008") is no part of the happening: a title ends before it.
 * When the date is the comparison's, the happening is the earlier one it names: "Serena
 * Williams won it in straight sets" (the verb of the infinitive put in the past, by compromise).
 */
import nlp from 'compromise';
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { isComma, isNoun, leaveOut, type Draft, type TitleStep } from './draft';
import { isSuperlative } from './kind';

// The ordinals that make a comparison with "since" ("the first … since"); what they mean, not
// their part of speech. Superlatives ("the biggest drop since") are read by compromise.
const ORDINALS = new Set(['first', 'last', 'only']);

export const comparison: TitleStep = {
	name: 'comparison',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		const since = sinceAt(draft);
		if (since < 0) return;
		const ordinal = ordinalBefore(words, draft.from, since);
		if (ordinal < 0) return;
		const end = phraseEnd(draft, since);
		// The comparison's date is the first after "since" ("since Serena Williams in 2017",
		// "since 2001 on Saturday": 2001).
		const dated = datesAfter(draft, since, end);
		if (dated[0]?.first === draft.date.first) {
			retold(draft, ordinal, since);
			return;
		}
		// The date is elsewhere: the comparison goes, with its own date, up to the title's.
		let stop = dated[0] ? dated[0].last : end;
		// "since the 1990 election": the noun the date is on.
		while (stop < end && /^(?:NOUN|PROPN|ADJ)$/.test(words[stop].pos)) stop++;
		if (draft.date.first > since && draft.date.first < stop) stop = draft.date.first;
		leaveOut(draft, since, stop);
	}
};

/** The dates (the title's and the others) from word `from` to `to`, in order, as word spans. */
function datesAfter(draft: Draft, from: number, to: number): Draft['date'][] {
	const { words } = draft;
	const spans = [draft.date];
	for (const other of draft.others) {
		const first = words.findIndex((w) => w.end > other.start);
		if (first < 0) continue;
		let last = first;
		while (last < words.length && words[last].start < other.end) last++;
		spans.push({ first, last });
	}
	return spans.filter((d) => d.first > from && d.first < to).sort((a, b) => a.first - b.first);
}

/** The first "since" of the clause that opens a phrase, not a clause ("since he left"), or -1. */
function sinceAt(draft: Draft): number {
	const { words } = draft;
	for (let i = draft.from; i < draft.to; i++) {
		if (words[i].lower !== 'since' || draft.out.has(i)) continue;
		if (isFinite(words, i + 1) || isFinite(words, i + 2) || isFinite(words, i + 3)) return -1;
		return i;
	}
	return -1;
}

/**
 * The ordinal or superlative the comparison hangs on ("the first woman to win …", "its
 * biggest drop"), no further back than the clause's start, a comma or a finite verb; or -1.
 */
function ordinalBefore(words: readonly Word[], from: number, since: number): number {
	for (let i = since - 1; i >= from && i > since - 14; i--) {
		const word = words[i];
		if (isComma(word) || isFinite(words, i)) return -1;
		if (ORDINALS.has(word.lower) && words[i - 1]?.pos === 'DET') return i;
		if (word.pos === 'ADJ' && isSuperlative(word.text)) return i;
	}
	return -1;
}

/** Where the "since" phrase ends: at a comma, a clause mark or the clause's end. */
function phraseEnd(draft: Draft, since: number): number {
	const { words } = draft;
	let i = since + 1;
	while (i < draft.to && !isComma(words[i]) && !/^[;:.!?]$/.test(words[i].text)) i++;
	return i;
}

/**
 * "the first woman to win it in straight sets since Serena Williams in 2017", dated 2017:
 * "Serena Williams won it in straight sets"; without a name after "since", the noun the
 * ordinal is on ("Croatian reached a final").
 */
function retold(draft: Draft, ordinal: number, since: number): void {
	const { words } = draft;
	let noun = ordinal + 1;
	while (noun < since && !isNoun(words[noun])) noun++;
	let to = noun;
	while (to < since && isNoun(words[to])) to++;
	// The infinitive on the noun: "to win it in straight sets".
	if (words[to]?.lower !== 'to' || words[to + 1]?.pos !== 'VERB') return;
	const verb = to + 1;
	const name = since + 1;
	let nameEnd = name;
	while (nameEnd < draft.date.first && words[nameEnd].pos === 'PROPN') nameEnd++;
	const who =
		nameEnd > name
			? draft.text.slice(words[name].start, words[nameEnd - 1].end)
			: draft.text.slice(words[noun].start, words[to - 1].end);
	const past = nlp(words[verb].text).verbs().toPastTense().text() || words[verb].text;
	draft.from = verb;
	draft.to = since;
	draft.lead = `${who} `;
	draft.as.set(verb, past);
}
