/**
 * The step that keeps the verb the date hangs on within a title's length: a subject with a
 * participle phrase on its noun ("The commission set up to investigate the spill began its
 * hearings on Monday") left the length step nothing to cut but that verb, and the title a noun
 * phrase without one. A prepositional phrase on the noun stays ("Oil from the spill in the Gulf
 * of Mexico"): it names what the headline is about, and readers (and the story benchmark's
 * reference titles) keep it.
 */
import { isFinite, isPastForm, isVerb } from '../grammar';
import type { Word } from '../language';
import { isComma, keptWords, leaveOut, type Draft, type TitleStep } from './draft';
import { MAX_WORDS } from './length';

/**
 * When the title is over the length and the verb its date hangs on (the nearest finite verb
 * before the date, else the first after it) would end it with fewer than two words after its
 * group, what stands between the subject's noun and that verb goes when it is a participle phrase
 * on the noun ("set up to investigate the spill"), never a stretch with a comma, a conjunction, a
 * relative pronoun or a clause's own verb.
 */
export const dateVerb: TitleStep = {
	name: 'dateVerb',
	// Not passed over for a chronology's entry or a caption: it acts only on a verb found by its
	// form, and leaves out a phrase with no verb of a clause in it.
	run(draft) {
		const { words } = draft;
		const all = keptWords(draft).filter((i) => words[i].pos !== 'PUNCT');
		if (all.length <= MAX_WORDS) return;
		const verb = anchor(draft, all);
		// A verb by its form as well as its tag: an auxiliary, a past form, a present in "-s"
		// ("offshore oil drilling accidents" has no verb "oil", whatever the tagger says).
		if (
			verb < 0 ||
			!(words[verb].pos === 'AUX' || isPastForm(words[verb]) || /s$/.test(words[verb].lower))
		)
			return;
		// The verb's group: an adverb before it ("also began"), auxiliaries and verbs after it.
		let start = all.indexOf(verb);
		while (start > 0 && words[all[start - 1]].pos === 'ADV') start--;
		let end = all.indexOf(verb);
		while (end + 1 < all.length && isVerb(words[all[end + 1]])) end++;
		if (end + 2 < MAX_WORDS) return;
		const noun = all.findIndex((i) => /^(?:NOUN|PROPN)$/.test(words[i].pos));
		if (noun < 0 || noun >= start) return;
		// The noun's own words: "presidential commission", "Gulf of Mexico"'s "Gulf".
		let head = noun;
		while (head + 1 < start && /^(?:NOUN|PROPN)$/.test(words[all[head + 1]].pos)) head++;
		const from = all[head + 1];
		const to = all[start];
		if (from === undefined || from >= to || !modifier(words, from, to)) return;
		leaveOut(draft, from, to);
	}
};

/**
 * The verb the date hangs on, among the kept words `all`: the nearest finite verb before the
 * date, else the first after it; -1 when none.
 */
function anchor(draft: Draft, all: readonly number[]): number {
	const { words, date } = draft;
	const finite = all.filter((i) => isFinite(words, i));
	const before = finite.filter((i) => i < date.first);
	return before.length ? before[before.length - 1] : (finite.find((i) => i >= date.last) ?? -1);
}

/**
 * Whether words `from` to `to - 1` are a participle phrase on the noun before them: a participle
 * with a preposition or "to" after it ("set up to investigate", "killed in"), with no comma,
 * conjunction, relative pronoun or other verb of a clause in it.
 */
function modifier(words: readonly Word[], from: number, to: number): boolean {
	const first = words[from];
	const participle =
		first.pos === 'VERB' &&
		(isPastForm(first) || first.lower === first.lemma) &&
		/^(?:ADP|PART)$/.test(words[from + 1]?.pos ?? '');
	if (!participle) return false;
	for (let i = from + (participle ? 1 : 0); i < to; i++) {
		const word = words[i];
		if (isComma(word) || /^(?:CCONJ|SCONJ)$/.test(word.pos)) return false;
		if (/^(?:that|which|who|whom|whose)$/.test(word.lower)) return false;
		if (isFinite(words, i)) return false;
	}
	return true;
}
