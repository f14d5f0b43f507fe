/** What comes before the subject (an adverbial, a subordinator) is no part of the title. */
import { subjectBefore, subjectPastAside } from './attribution';
import { relativeThat } from './clauses';
import { firstVerb, isComma, kept, keptWords, leaveOut, type Draft, type TitleStep } from './draft';

/**
 * "Then, after extending its offer four times, IMA lowered its offer", "In New York Stock
 * Exchange composite trading Friday, Aetna closed at $60", "after fighters captured the town":
 * what comes before the subject (an adverbial up to its comma, a subordinator) is left out.
 */
export const leadingAdverbial: TitleStep = {
	name: 'leadingAdverbial',
	run(draft) {
		const { words } = draft;
		const verb = firstVerb(draft);
		if (verb < 0) return;
		// "During the crisis, the country's president, Lee, resigned": a subject named in
		// apposition before its verb's comma, whose first comma is the adverbial's.
		const named = subjectBefore(words, draft.from, verb, draft.out);
		const aside = named < 0 ? subjectPastAside(words, verb) : undefined;
		const subject = aside && aside.from > draft.from ? apposedFrom(draft, aside.from) : named;
		let comma = -1;
		if (subject >= 0)
			for (let i = draft.from; i < subject; i++) if (kept(draft, i) && isComma(words[i])) comma = i;
		if (
			comma >= 0 &&
			!listComma(draft, comma, verb) &&
			!entrySubject(draft) &&
			!phraseAfter(draft, comma)
		)
			leaveOut(draft, draft.from, comma + 1);
		// A subordinator or conjunction that opens the clause: "after", "when", "and", "that".
		const all = keptWords(draft);
		const first = words[all[0]];
		if (
			first &&
			(first.pos === 'SCONJ' ||
				first.pos === 'CCONJ' ||
				first.lower === 'when' ||
				/^(?:after|before|since|until|as|because|while)$/.test(first.lower)) &&
			all[0] < verb &&
			// "the rig that had burned": a relative "that" stands for its noun (`relativePronoun`).
			!relativeThat(words, all[0])
		)
			draft.out.add(all[0]);
	}
};

/**
 * Whether the comma at `comma` opens a phrase on a noun before it, not the subject: "Hundreds of
 * people in the village of Alba, near the border with Spain, had fallen ill" (what follows the
 * comma opens on a preposition, and no subject does), when what is before it opens on a noun
 * phrase, not an adverbial ("In early trading, …").
 */
function phraseAfter(draft: Draft, comma: number): boolean {
	const { words } = draft;
	let next = comma + 1;
	while (next < draft.to && !kept(draft, next)) next++;
	const first = keptWords(draft)[0];
	return (
		words[next]?.pos === 'ADP' &&
		first !== undefined &&
		/^(?:NOUN|PROPN|DET|NUM|ADJ)$/.test(words[first].pos) &&
		!datedStretch(draft, comma)
	);
}

/**
 * Whether a chronology's entry opens on its subject: on a noun phrase, not an adverbial (a
 * preposition, a subordinator, an adverb, a participle: "After sharp declines, BP shares rise").
 * Entries are written in the present ("The rig sinks", "BP shares plunge"), whose verbs the
 * tagger often reads as nouns, so the verb found may be a later one and the subject before it
 * is no guide: "The rig, valued at $560 million, sinks and a slick is seen".
 */
function entrySubject(draft: Draft): boolean {
	const first = draft.words[keptWords(draft)[0]];
	return draft.entry === true && !!first && !/^(?:ADP|SCONJ|ADV|VERB)$/.test(first.pos);
}

/**
 * Whether the comma at `comma` separates the items of a list subject ("Chief Executive Parag
 * Agrawal, Chief Financial Officer Ned Segal and …"): only a noun phrase before it, and an "and"
 * or "or" after it before the verb.
 */
function listComma(draft: Draft, comma: number, verb: number): boolean {
	const { words } = draft;
	// "Last week, the Food and Drug Administration said": a date is no item of a list, and the
	// "and" after it is inside a name.
	if (datedStretch(draft, comma)) return false;
	for (let i = draft.from; i < comma; i++)
		if (kept(draft, i) && !/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(words[i].pos)) return false;
	for (let i = comma + 1; i < verb; i++)
		if (words[i].pos === 'CCONJ' && /^(?:and|or)$/.test(words[i].lower)) return true;
	return false;
}

/**
 * Whether the kept words before the comma at `comma` are all a date's: the title's own or one
 * of the others the extractor found in the sentence ("Last week,", "On Monday,").
 */
function datedStretch(draft: Draft, comma: number): boolean {
	const { words } = draft;
	const dates = [
		{ start: words[draft.date.first]?.start ?? -1, end: words[draft.date.last - 1]?.end ?? -1 },
		...draft.others
	];
	const stretch = [];
	for (let i = draft.from; i < comma; i++) if (kept(draft, i)) stretch.push(words[i]);
	return (
		stretch.length > 0 &&
		stretch.every((w) => dates.some((d) => w.start >= d.start && w.end <= d.end))
	);
}

/**
 * Where a subject named in apposition starts: the noun phrase before the name's comma ("the
 * country's president, | Lee,"), or the name itself when none is there.
 */
function apposedFrom(draft: Draft, name: number): number {
	const comma = name - 1;
	if (!isComma(draft.words[comma])) return name;
	const from = subjectBefore(draft.words, draft.from, comma, draft.out);
	return from >= 0 ? from : name;
}
