/** A title opens and ends on words that lead somewhere. */
import { isFinite } from '../grammar';
import { keptWords, type TitleStep } from './draft';
import { DASH, PARTICLES } from './phrase';

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
				word.pos === 'SYM' ||
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
		for (let k = all.length - 1; k > 1; k--) {
			const word = words[all[k]];
			const dangling =
				word.pos === 'PUNCT' ||
				DASH.test(word.text) ||
				word.pos === 'DET' ||
				word.pos === 'CCONJ' ||
				word.pos === 'SCONJ' ||
				(word.pos === 'PART' && !/^n['’]t$|^not$/.test(word.lower)) ||
				word.pos === 'AUX' ||
				(word.pos === 'PRON' &&
					/^(?:its|his|her|their|our|my|your|that|which|who)$/.test(word.lower)) ||
				(word.pos === 'ADP' && !(PARTICLES.test(word.lower) && words[all[k - 1]].pos === 'VERB')) ||
				// A cut after "the next" or "a new": an adjective whose noun was cut away.
				(draft.cut && word.pos === 'ADJ' && words[all[k - 1]].pos === 'DET');
			if (!dangling || (word.pos === 'PUNCT' && /^[%)]$/.test(word.text))) break;
			draft.out.add(all[k]);
		}
	}
};
