/**
 * "The envoy left for Cairo on Sunday, arriving on Monday for talks with the president": a
 * present participle phrase after its main clause, holding the date while the main clause holds
 * another, is that date's happening, told of the main clause's subject ("Envoy arriving for
 * talks with the president"). The main clause is the other date's.
 */
import { isFinite } from '../grammar';
import { isSaying } from './attribution';
import { isComma, type TitleStep } from './draft';
import { hasFinite } from './phrase';
import { sentenceSubject } from './sentenceSubject';

export const participleAfter: TitleStep = {
	name: 'participleAfter',
	reshapes: true,
	run(draft) {
		const { words, date } = draft;
		let comma = date.first - 1;
		while (comma > draft.from && !isComma(words[comma])) {
			// A verb between the comma and the date: the date is that verb's clause's.
			if (isFinite(words, comma)) return;
			comma--;
		}
		const verb = words[comma + 1];
		if (comma <= draft.from || verb?.pos !== 'VERB' || verb.lower === verb.lemma) return;
		// "…, saying on Monday that …": the date of a saying is read by the attribution steps.
		if (!/ing$/.test(verb.lower) || isSaying(verb)) return;
		const main = words.findIndex((_, i) => i >= draft.from && i < comma && isFinite(words, i));
		if (main < 0) return;
		// The main clause holds a date of its own.
		const start = words[draft.from].start;
		const end = words[comma].start;
		if (!draft.others.some((o) => o.start >= start && o.end <= end)) return;
		let to = date.last;
		while (to < draft.to && !isComma(words[to]) && !/^[;:.!?]$/.test(words[to].text)) to++;
		if (hasFinite(words, comma + 1, to)) return;
		const subject = sentenceSubject(draft, main);
		if (!subject) return;
		draft.lead = `${subject.text} `;
		draft.from = comma + 1;
		draft.to = to;
		// A participle phrase is a headline without a finite verb (`gate.ts`).
		draft.nominal = true;
	}
};
