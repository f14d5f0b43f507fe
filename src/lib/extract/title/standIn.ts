/** "the organization" stands for the name given before it in the sentence. */
import { isFinite } from '../grammar';
import { firstKept, type TitleStep } from './draft';

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
		for (let i = 0; i < noun - 1; i++) {
			if (words[i].lower !== 'the' || words[i + 1]?.pos !== 'PROPN') continue;
			let end = i + 1;
			while (end < noun && words[end].pos === 'PROPN') end++;
			name = draft.text.slice(words[i + 1].start, words[end - 1].end);
		}
		if (!name) return;
		for (let i = first; i <= noun; i++) draft.out.add(i);
		draft.lead = `${name} `;
	}
};
