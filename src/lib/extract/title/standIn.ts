/** "the organization" stands for the name given before it in the sentence. */
import { isFinite } from '../grammar';
import { firstKept, type TitleStep } from './draft';
import { isOrganisationWord, kindOf } from './kind';

// Common nouns that stand for a name given before them: "the Islamic State … after the
// organization seized", "Acme … the company said". What they mean, not their part of speech.
const STAND_INS = new Set([
	'organization',
	'organisation',
	'group',
	'militia',
	'movement',
	'company',
	'party',
	'alliance',
	'firm',
	'bank',
	'agency'
]);

/**
 * "Troops help prevent the Islamic State from resurging after the organization seized large
 * parts of Iraq": a title whose subject is "the organization" names what it stands for, the
 * last name given with "the" before it in the sentence.
 */
export const standIn: TitleStep = {
	name: 'standIn',
	run(draft) {
		if (draft.lead) return;
		const first = firstKept(draft);
		const { words } = draft;
		let noun = first;
		if (words[noun]?.lower === 'the') noun++;
		if (!STAND_INS.has(words[noun]?.lower ?? '') || !isFinite(words, noun + 1)) return;
		let name = '';
		const dated = (i: number) =>
			(i >= draft.date.first && i < draft.date.last) ||
			draft.others.some((o) => words[i].start >= o.start && words[i].end <= o.end);
		for (let i = 0; i < noun - 1; i++) {
			if (words[i].pos !== 'PROPN' || words[i - 1]?.pos === 'PROPN' || dated(i)) continue;
			let end = i + 1;
			while (end < noun && words[end].pos === 'PROPN' && !dated(end)) end++;
			const text = draft.text.slice(words[i].start, words[end - 1].end);
			// "told BP chief Tony Hayward that the company had": the name of the stand-in's kind,
			// the nearest before it, with "the" or without (never a person's). "The Department of
			// Homeland Security" or "the Environmental Protection Agency" is no "company": a name
			// whose own head is another organisation word is another kind of body.
			if (words[i - 1]?.lower !== 'the' && kindOf(text).person) continue;
			if (otherBody(words[end - 1].lower, words[noun].lower)) continue;
			name = text;
		}
		if (!name) return;
		for (let i = first; i <= noun; i++) draft.out.add(i);
		draft.lead = `${name} `;
	}
};

// Stand-ins any organisation may be called by.
const ANY_BODY = new Set(['organization', 'organisation', 'group']);

/** Whether a name whose last word is `head` is a body other than a `standIn` is: "Agency" for "company". */
function otherBody(head: string, standIn: string): boolean {
	return !ANY_BODY.has(standIn) && head !== standIn && isOrganisationWord(head);
}
