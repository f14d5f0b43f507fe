/** A title opens and ends on words that lead somewhere. */
import { isFinite, isPastForm, isVerb } from '../grammar';
import { isComma, isNoun, keptWords, leaveOut, type Draft, type TitleStep } from './draft';
import { insideNounPhrase, isDash, PARTICLES } from './phrase';

const WH = /^(?:how|what|why|whether|where)$/;
const BULLET = /^[\\*•·▪■►]+$/;

/**
 * No title opens on an article or a conjunction, nor ends on a word that leads nowhere (a
 * preposition, an article, a conjunction, an auxiliary, "its"); a verb keeps its particle.
 */
export const ends: TitleStep = {
	name: 'ends',
	run(draft) {
		const { words } = draft;
		let all = keptWords(draft);
		for (const i of all) {
			const word = words[i];
			// A list's bullet ("* The 1918 pandemic …", "\\* ", "• ") opens no title either.
			if (
				word.pos === 'PUNCT' ||
				// "$3 million" keeps its currency.
				(word.pos === 'SYM' && !(words[i + 1]?.pos === 'NUM' && words[i + 1].start === word.end)) ||
				BULLET.test(word.text) ||
				// "(warned) that changing winds could drive …": the clause, not its "that".
				// (the tagger may read it as a pronoun; one before its own verb is a subject).
				(word.lower === 'that' &&
					(word.pos === 'SCONJ' || word.pos === 'PRON') &&
					!draft.as.has(i) &&
					!isFinite(words, i + 1)) ||
				word.pos === 'CCONJ' ||
				(word.pos === 'DET' && /^(?:the|a|an)$/.test(word.lower))
			)
				draft.out.add(i);
			else break;
		}
		all = keptWords(draft);
		// A full stop goes even after the one verb a borrowed subject leads ("Ferry" + "sank.").
		for (let k = all.length - 1; k > 1 || (k === 1 && words[all[k]].pos === 'PUNCT'); k--) {
			const word = words[all[k]];
			if (!dangling(draft, all, k) || (word.pos === 'PUNCT' && /^[%)]$/.test(word.text))) break;
			draft.out.add(all[k]);
		}
		if (draft.cut) cutBack(draft);
		unmatched(draft);
		shortTail(draft);
	}
};

/**
 * "(Acme) confirmed" opens on its name: no bracket the title does not open stays; and a bracket
 * the title opens but does not close ("set for 2 p.m. EDT (…") ends it, before the bracket.
 */
function unmatched(draft: Draft): void {
	let open = 0;
	let opened = -1;
	for (const i of keptWords(draft)) {
		const text = draft.words[i].text;
		if (text === '(') {
			if (open++ === 0) opened = i;
		} else if (text === ')' && open-- === 0) {
			draft.out.add(i);
			open = 0;
		}
	}
	if (open > 0 && opened > draft.from) {
		leaveOut(draft, opened, draft.to);
		const all = keptWords(draft);
		for (let k = all.length - 1; k > 1 && dangling(draft, all, k); k--) draft.out.add(all[k]);
	}
}

/**
 * Whether the kept word `all[k]` leads nowhere at the end of a title: a preposition, an
 * article, a conjunction, an auxiliary, "its"; a verb keeps its particle.
 */
function dangling(draft: Draft, all: readonly number[], k: number): boolean {
	const { words } = draft;
	const word = words[all[k]];
	return (
		word.pos === 'PUNCT' ||
		isDash(words, all[k]) ||
		word.pos === 'DET' ||
		word.pos === 'CCONJ' ||
		word.pos === 'SCONJ' ||
		(word.pos === 'PART' && !/^n['’]t$|^not$/.test(word.lower)) ||
		word.pos === 'AUX' ||
		(word.pos === 'PRON' &&
			/^(?:its|his|her|their|our|my|your|that|which|who)$/.test(word.lower)) ||
		(word.pos === 'ADP' && !(PARTICLES.test(word.lower) && words[all[k - 1]].pos === 'VERB')) ||
		// A cut after "the next" or "a new": an adjective whose noun was cut away.
		(draft.cut === true && word.pos === 'ADJ' && words[all[k - 1]].pos === 'DET')
	);
}

/**
 * A title cut short ends on what its last phrase named: "fined $87m for failing…" becomes
 * "fined $87m…", "a campaign on how…" "a campaign…". When going back would reach a word that
 * names nothing (the verb, in "vowed to pay all necessary…"), the cut stays where it was;
 * only a figure may go back to its verb.
 */
function cutBack(draft: Draft): void {
	const { words } = draft;
	const all = keptWords(draft);
	let k = all.length - 1;
	while (k > 1 && (cutShort(draft, all[k]) || dangling(draft, all, k))) k--;
	// Never back past the verb: "robots were attempting…" keeps its verb.
	if (all[k] < titleVerb(draft)) return;
	const cut = all.slice(k + 1);
	// "Shares fell 59…": a verb may end a title that loses only the figure.
	const figure = cut.every((i) => words[i].pos === 'NUM') && isFinite(words, all[k]);
	if (!cut.length || !(/^(?:NOUN|PROPN|NUM|PRON)$/.test(words[all[k]].pos) || figure)) return;
	for (const i of cut) draft.out.add(i);
}

/**
 * Whether word `i`, last before a cut, leads on to what was cut: "fined $87m for failing…",
 * "a campaign on how…", "its best initial…" (an adjective or adverb without its noun, a verb
 * form that is not the clause's own verb, a "how"), or "fell 59…" (a number without what it
 * counts). The clause's first finite verb stays: a title keeps its verb.
 */
function cutShort(draft: Draft, i: number): boolean {
	const { words } = draft;
	const word = words[i];
	if (WH.test(word.lower)) return true;
	if (word.pos === 'ADJ') return true;
	// "will rise slightly" ends well; "a very…" does not.
	if (word.pos === 'ADV') return !isVerb(words[i - 1]);
	// "…to compare how much is spent…": a verb group of a clause that a "how" opens after
	// the title's verb, cut from what follows it ("that its test was used…" stays).
	if (word.pos === 'VERB')
		return (
			(!isFinite(words, i) && (/ing$/.test(word.lower) || isPastForm(word))) ||
			(words[i - 1]?.pos === 'AUX' &&
				isPastForm(word) &&
				words.slice(titleVerb(draft) + 1, i - 1).some((w) => WH.test(w.lower)))
		);
	// "a forecast showing a "61…": a figure after its article (a quotation mark between), what
	// it counts cut away.
	let article = i - 1;
	while (article > 0 && words[article].pos === 'PUNCT') article--;
	if (word.pos === 'NUM' && words[article]?.pos === 'DET') return true;
	return word.pos === 'NUM' && i + 1 === draft.to && /^(?:NOUN|SYM)$/.test(words[i + 1]?.pos ?? '');
}

/**
 * "The rig sank, two days", "…killed 11 workers, they": a comma followed by one or two words
 * without a verb, at the end, is the start of a phrase the title lost; the title ends before
 * the comma.
 */
function shortTail(draft: Draft): void {
	const { words } = draft;
	const all = keptWords(draft).filter((i) => words[i].pos !== 'PUNCT' || isComma(words[i]));
	let comma = all.length - 1;
	while (comma >= 0 && !isComma(words[all[comma]])) comma--;
	// Two words at least before it, a borrowed subject's among them ("The tanker" + "sank").
	if (comma < 0 || comma + draft.lead.split(/\s+/).filter(Boolean).length < 2) return;
	const tail = all.slice(comma + 1);
	// Names stay ("Paris, France", "the Newark, N.J., airport"), as does an apposition ("the
	// former ruler, a fugitive").
	if (
		tail.length === 0 ||
		tail.length > 2 ||
		words[all[comma - 1]]?.pos === 'PROPN' ||
		// "a deep, narrow channel": a comma between adjectives leads to their noun.
		insideNounPhrase(words, all[comma]) ||
		(words[tail[0]].pos === 'DET' && isNoun(words[all[comma - 1]])) ||
		tail.some((i) => isFinite(words, i) || words[i].pos === 'PROPN')
	)
		return;
	for (const i of [all[comma], ...tail]) draft.out.add(i);
}

/**
 * The title's verb: its first kept finite verb, not one attached to the word before it
 * ("remote-controlled robots were attempting" is "were"); -1 when none.
 */
function titleVerb(draft: Draft): number {
	const { words } = draft;
	return (
		keptWords(draft).find((i) => isFinite(words, i) && words[i - 1]?.end !== words[i].start) ?? -1
	);
}
