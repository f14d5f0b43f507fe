/**
 * The writer's or broadcaster's own "we" frames the news, and is no part of it: "Today we
 * learned that the space agency has taken a giant leap forward" is titled with the agency.
 */
import { isFinite } from '../grammar';
import { firstKept, kept, type TitleStep } from './draft';
import { FIRST_PERSON } from './pronouns';

/**
 * "We learned that …", "I understand that …": a clause that opens on an unnamed "I" or "we"
 * (no speaker read: the article's own voice) and its verb, followed by a "that" clause, is
 * titled with the "that" clause: what was learned is the happening.
 */
export const narrator: TitleStep = {
	name: 'narrator',
	reshapes: true,
	run(draft) {
		if (draft.speaker || draft.quoted || draft.lead) return;
		const { words } = draft;
		const first = firstKept(draft);
		if (!FIRST_PERSON.has(words[first]?.lower ?? '') || draft.as.has(first)) return;
		let verb = first + 1;
		while (words[verb]?.pos === 'ADV') verb++;
		if (!isFinite(words, verb) || words[verb].pos !== 'VERB') return;
		// Past the date left out: "We learned on Tuesday that …".
		let that = verb + 1;
		while (that < draft.to && !kept(draft, that)) that++;
		if (words[that]?.lower !== 'that' || words[that].pos !== 'SCONJ') return;
		// The "that" clause has a verb of its own within the kept clause.
		for (let i = that + 2; i < draft.to; i++)
			if (isFinite(words, i)) {
				draft.from = that + 1;
				return;
			}
	}
};
