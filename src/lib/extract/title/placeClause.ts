/**
 * A "where" clause that is the title is told with its place: "a hospital in Leeds, where he
 * died on Monday" is "He died in a hospital in Leeds", not "Where he died".
 */
import { isFinite } from '../grammar';
import type { Word } from '../language';
import { firstKept, isComma, isNoun, keptWords, type TitleStep } from './draft';
import { nounStart } from './phrase';

/**
 * "…, where he died on Monday night": a title that opens on "where", after a comma and the noun
 * phrase it stands for, with a subject and its verb of its own, leaves out "where" and puts the
 * place after the clause ("in a hospital in Leeds"). The pronoun steps after it name the
 * subject.
 */
export const placeClause: TitleStep = {
	name: 'placeClause',
	run(draft) {
		const { words } = draft;
		const first = firstKept(draft);
		if (words[first]?.lower !== 'where' || draft.as.has(first) || !isComma(words[first - 1]))
			return;
		const place = placeBefore(words, first - 1);
		if (!place) return;
		const kept = keptWords(draft).filter((i) => i > first && words[i].pos !== 'PUNCT');
		const verb = kept.findIndex((i) => isFinite(words, i));
		// A subject of its own before the verb: "where he died", not "where was it".
		if (verb < 1 || !kept.slice(0, verb).some((i) => isNoun(words[i]) || words[i].pos === 'PRON'))
			return;
		const last = kept[kept.length - 1];
		draft.out.add(first);
		draft.as.set(last, `${draft.as.get(last) ?? words[last].text} in ${place}`);
	}
};

/**
 * The noun phrase that ends at `comma`, with the place phrase on its noun ("a hospital in
 * Leeds"); undefined when no noun ends there.
 */
function placeBefore(words: readonly Word[], comma: number): string | undefined {
	let start = nounStart(words, 0, comma);
	if (start < 0) return undefined;
	// "a hospital in Leeds": one phrase of place on a noun before it.
	if (/^(?:in|at|near|outside)$/.test(words[start - 1]?.lower ?? '')) {
		const before = nounStart(words, 0, start - 1);
		if (before >= 0) start = before;
	}
	const text = words
		.slice(start, comma)
		.map((w, k) => (k > 0 && words[start + k - 1].end < w.start ? ' ' : '') + w.text)
		.join('');
	return text.replace(/^(?:The|A|An)\b/, (article) => article.toLowerCase());
}
