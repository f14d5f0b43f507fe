/**
 * The step that reads a cleft sentence: "It was on 18 March 1967 that the tanker struck the
 * rock" says the tanker struck the rock that day; "It was … that" only points at the date, and
 * left in it titles "It was that the tanker struck" (and a later step names the "It").
 */
import { isFinite } from '../grammar';
import { clauseAt, clauseStarts } from './clauses';
import type { TitleStep } from './draft';

/** Words that may place the date between "it was" and it ("shortly after midnight on"). */
const MAX_BEFORE = 6;

/**
 * A clause that opens on "it" and a form of "be", then the date (its preposition before it),
 * then "that" or "when": the title is the clause that follows, to its end.
 */
export const cleft: TitleStep = {
	name: 'cleft',
	reshapes: true,
	run(draft) {
		const { words, date } = draft;
		const it = draft.from;
		if (words[it]?.lower !== 'it' || words[it + 1]?.lemma !== 'be') return;
		// Before the date, at most a few words that place it, and no verb: "It was on …", "It
		// was shortly after midnight on …", "It was late in the evening of …".
		let i = it + 2;
		const limit = i + MAX_BEFORE;
		while (i < date.first && i < limit && /^(?:ADV|ADP|DET|NOUN|NUM|ADJ)$/.test(words[i].pos)) i++;
		if (i !== date.first) return;
		let that = date.last;
		if (words[that]?.text === ',') that++;
		if (!/^(?:that|when)$/.test(words[that]?.lower ?? '')) return;
		// To the end of the clause of the first verb after it (the clause step ended at "that").
		let verb = that + 1;
		while (verb < words.length && !isFinite(words, verb)) verb++;
		if (verb >= words.length) return;
		const [, to] = clauseAt(clauseStarts(words), words.length, verb);
		draft.from = that + 1;
		draft.to = to;
	}
};
