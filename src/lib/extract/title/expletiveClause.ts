/**
 * "The agency said on Monday it was likely that 12 pupils had caught the virus", "It emerged on
 * Wednesday a part of the slick had reached the current": an "it" that stands for nothing says
 * what happened in the clause its verb introduces. Left as it was, the title is "It was likely"
 * (and a later step names the "it": "Agency was likely"), or "It emerged a part…". A passive
 * ("it was decided that …") is left to `complement`: the deciding is what happened.
 */
import { isFinite } from '../grammar';
import { clauseAt, clauseStarts, relativeThat } from './clauses';
import { expletive } from './context';
import { QUOTE_MARK } from './phrase';
import { firstKept, isComma, isNoun, type TitleStep } from './draft';

/**
 * A clause that opens on an "it" said of nothing (`expletive`), then its verb group (an
 * adjective, an adverb and the date among it), then a clause of its own (after "that" or not):
 * the title is that clause, to its end.
 */
// The words of a noun phrase.
const NOUN_PHRASE = /^(?:DET|NUM|NOUN|PROPN|ADJ|PRON|PART)$/;

export const expletiveClause: TitleStep = {
	name: 'expletiveClause',
	reshapes: true,
	run(draft) {
		const { words, date } = draft;
		const it = firstKept(draft);
		if (it < 0 || draft.as.has(it) || !expletive(words, it)) return;
		// The date with its preposition ("on Wednesday").
		const lead = words[date.first - 1]?.pos === 'ADP' ? 1 : 0;
		const dated = (i: number) => i >= date.first - lead && i < date.last;
		// Past the verb group: "was likely", "emerged on Wednesday", "is now clear"; one lexical
		// verb at most ("it could take months" has its own).
		let k = it + 1;
		let verbs = 0;
		while (
			words[k] &&
			(dated(k) ||
				/^(?:AUX|ADV|ADJ)$/.test(words[k].pos) ||
				QUOTE_MARK.test(words[k].text) ||
				/^(?:not|n['’]t)$/.test(words[k].lower) ||
				(words[k].pos === 'VERB' && verbs++ === 0))
		)
			k++;
		// "It was decided that …" says what was done: the deciding is the happening.
		for (let i = it + 1; i < k; i++)
			if (words[i].pos === 'VERB' && words[i - 1].lemma === 'be') return;
		// "it was likely that X"; without "that", the clause follows the verb or its date
		// straight on ("it emerged on Wednesday a part …"), not an adjective's "how much".
		if (words[k]?.lower === 'that') k++;
		else if (!(words[k - 1]?.pos === 'VERB' || dated(k - 1))) return;
		if (QUOTE_MARK.test(words[k]?.text ?? '')) return;
		// Its subject, a noun phrase ("a part of the slick"), past a relative clause on it ("12
		// pupils who had returned from Peru"), then its finite verb: no "24 hours before …", no
		// "all the time, said …".
		const starts = clauseStarts(words);
		let verb = k;
		while (verb < words.length && !isFinite(words, verb)) {
			const word = words[verb];
			const next = words[verb + 1];
			if (/^(?:who|whom|which)$/.test(word.lower) || relativeThat(words, verb))
				verb = Math.max(verb + 1, clauseAt(starts, words.length, verb)[1]);
			else if (isComma(word) && /^(?:who|whom|which)$/.test(next?.lower ?? '')) verb++;
			else if (
				NOUN_PHRASE.test(word.pos) ||
				(word.lower === 'of' && NOUN_PHRASE.test(next?.pos ?? ''))
			)
				// "a part of the slick"; not "24 hours before engineers could tell".
				verb++;
			else return;
		}
		if (!isFinite(words, verb) || !words.slice(k, verb).some((w) => isNoun(w))) return;
		draft.from = k;
		draft.to = clauseAt(starts, words.length, verb)[1];
	}
};
