/**
 * "The agency acknowledged 11 years ago in a report that its rules had not kept pace": a verb
 * whose clause ends where its "that" clause starts says nothing without it. The title takes
 * what was acknowledged, suggested or found, and leaves out what stood between the verb and its
 * "that" ("in a report").
 */
import { isFinite, isVerb } from '../grammar';
import type { Word } from '../language';
import { isSaying } from './attribution';
import { clauseAt, clauseStarts, relativeThat } from './clauses';
import { expletive } from './context';
import { isNoun, keptWords, leaveOut, type TitleStep } from './draft';

/** Whether word `i` is the "to" of an infinitive: "expected to say". */
function infinitiveMark(words: readonly Word[], i: number): boolean {
	return words[i]?.lower === 'to' && words[i].pos === 'PART' && isVerb(words[i + 1]);
}

export const complement: TitleStep = {
	name: 'complement',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		const that = words[draft.to];
		// The tagger reads a "that" after a date as a pronoun too ("announce on Wednesday that
		// only a quarter … was"): one with a subject of its own after it opens the clause all the
		// same; one with its verb right after it is a relative pronoun.
		if (that?.lower !== 'that' || relativeThat(words, draft.to)) return;
		if (that.pos !== 'SCONJ' && !isNoun(words[draft.to - 1]) && !isVerb(words[draft.to - 1]))
			return;
		// The clause's verb, with nothing after it but the date and a phrase that opens on a
		// preposition ("acknowledged 11 years ago in a report"): no object of its own.
		const kept = keptWords(draft);
		const verb = kept.findIndex((i) => isFinite(words, i));
		// With its subject: "Today showed that …" is read by the fallback, with its date.
		// The date with its preposition ("on Tuesday").
		const lead = words[draft.date.first - 1]?.pos === 'ADP' ? 1 : 0;
		const dated = (i: number) => i >= draft.date.first - lead && i < draft.date.last;
		// An "it" said of nothing is no subject of its own: "It was decided on Monday that …".
		const subject = kept.slice(0, verb).some((i) => isNoun(words[i]) && !dated(i));
		if (verb < 0 || !(subject || expletive(words, kept[0]))) return;
		let k = verb + 1;
		// Past the rest of its verb group ("was decided", "is expected to say").
		while (
			k < kept.length &&
			(isVerb(words[kept[k]]) || infinitiveMark(words, kept[k])) &&
			!dated(kept[k])
		)
			k++;
		while (k < kept.length && dated(kept[k])) k++;
		if (k < kept.length && words[kept[k]].pos !== 'ADP') return;
		// "rose by 4% to 448p, indicating that …": the "that" clause is a later verb's, one
		// that opens a phrase of its own after a comma.
		if (kept.slice(k).some((i) => isVerb(words[i]) && words[i - 1]?.text === ',')) return;
		// "Police said on Tuesday that …" is reported speech, read by its own step.
		// ("is expected to say on Wednesday that …" is not: its finite verb is the expecting).
		if (k === kept.length && isSaying(words[kept[verb]])) return;
		// To the end of the clause of its first verb ("that, before the fires, programs grew").
		let next = draft.to + 1;
		while (next < words.length && !isFinite(words, next)) next++;
		if (next >= words.length) return;
		const [, to] = clauseAt(clauseStarts(words), words.length, next);
		if (k < kept.length) leaveOut(draft, kept[k], draft.to);
		draft.to = to;
	}
};
