/**
 * Draft event titles: headlines of the happening a date marks, built by an ordered list of small
 * steps over the tagged sentence (as the time-expression pipeline is, `../pipeline.ts`). Each
 * step narrows the clause, leaves words out or names what a word stands for; the order is
 * commented with its reason. Editors refine titles through corrections; event ids are derived
 * from them, so every step is deterministic.
 *
 * @example
 * draftTitle('Gaddafi, a fugitive since August, was killed on Thursday.', 42, 50);
 * // 'Gaddafi was killed'
 */
import { reportedSpeech } from './attribution';
import { attributionAfter } from './attributionAfter';
import { dateClause, whenClause } from './clauses';
import { comparison } from './comparison';
import { complement } from './complement';
import { earlierLead, earlierSubject } from './context';
import { longSubject } from './subject';
import { otherDates } from './dates';
import { objectPronoun } from './objectPronoun';
import { participleAside, participleOpener } from './participle';
import { participleAfter } from './participleAfter';
import {
	firstKept,
	isNoun,
	keepsVerb,
	keptWords,
	makeDraft,
	render,
	type Draft,
	type Offsets,
	type TitleStep
} from './draft';
import { isFinite } from '../grammar';
import { borrowedSubject } from './borrowedSubject';
import { relativePronoun } from './relativePronoun';
import { speakerPronoun } from './speakerPronoun';
import { quotedSpeaker } from './quotedSpeaker';
import { continuedQuotation } from './continuedQuotation';
import { standIn } from './standIn';
import { statementDate } from './statement';
import { subjectPronoun } from './subjectPronoun';
import { governingSubject } from './governingSubject';
import { asides } from './asides';
import { chronologyEntry } from './chronologyEntry';
import { colonSpeaker } from './colonSpeaker';
import { narrator } from './narrator';
import { placeClause } from './placeClause';
import { dateline } from './dateline';
import { gluedSentence } from './gluedSentence';
import { datedNoun } from './datedNoun';
import { dateVerb } from './dateVerb';
import { cleft } from './cleft';
import { expletiveClause } from './expletiveClause';
import { flaw, namesNothing } from './gate';
import { ends } from './ends';
import { headline } from './headlineText';
import { namedPronoun } from './namedPronoun';
import { leadingAdverbial } from './leadingAdverbial';
import { length } from './length';
import { theDate } from './theDate';
import { datedParticiple } from './datedParticiple';

export const titleSteps: TitleStep[] = [
	// First: a wire dateline is no part of any clause, and would read as a subject.
	dateline,
	// Nor is a headline, caption or timestamp glued to the lede without a full stop: the title
	// keeps the side of the seam that holds the date.
	gluedSentence,
	// "* April 22 - The rig sinks.": a chronology's entry is dated whole and is a headline
	// already; no step reshapes it.
	chronologyEntry,
	// A date on a noun after a preposition dates that noun: the title is the noun, whatever
	// the clause around it says ("following the Jan. 6 attack on the Capitol").
	datedNoun,
	// "since Oct. 7, 2023, when Hamas invaded Israel": the when-clause is the happening.
	whenClause,
	// Otherwise the clause that carries the date (or the one it dates), before any step that
	// reads a clause.
	dateClause,
	// "It was on 18 March that the tanker struck": what follows "that" is the happening.
	cleft,
	// A clause that ends on its verb where a "that" clause starts takes what the verb says.
	complement,
	// A clause that is only "police said on Thursday" dates the saying: the title is what was
	// said, the sentence before it (the attribution is left out by `attributionAfter`).
	statementDate,
	// A participle phrase that opens the sentence ("Founded in 1983, Northgate grew") is read
	// before asides: its comma is no aside's, and it may be the happening itself.
	participleOpener,
	// So is a participle aside on a noun that holds the date ("The motion, tabled on May 28,").
	participleAside,
	// And a participle phrase after the main clause that holds the date while the main clause
	// holds another ("left on Sunday, arriving on Monday").
	participleAfter,
	// A comparison with the past ("the first … since Serena Williams in 2017") is read before
	// asides, which would leave out the trailing phrase that holds it with its date.
	comparison,
	// Asides go before reported speech is read ("The Iraqi leader, in an initiative …,
	// announced"); an aside that holds the date is the title.
	asides,
	// A trailing "…, the office said Friday" holds a verb of saying that is not the one that
	// introduces the title's words.
	attributionAfter,
	// "X said Friday (that) Y": Y is the title, X kept for its pronoun.
	reportedSpeech,
	// "Officials said: "We expect …"": a speaker before a colon, when the date is after it.
	colonSpeaker,
	// With the speaker gone: "it was likely that X" says X (before the pronoun steps name "it").
	expletiveClause,
	// The date's lead-in words and the date itself.
	theDate,
	// A participle on the subject that held the date goes with it ("A survey published last
	// month found" had read "Survey published found").
	datedParticiple,
	// Then the dates of other happenings the extractor found ("…, after the crash on Sunday").
	otherDates,
	// After the date is gone: what is left before the subject ("Then, after …,") goes.
	leadingAdverbial,
	// With the clause's first word settled: "we learned that X" in the article's own voice is X.
	narrator,
	// And "…, where he died" is "he died in" the place before it, before the pronoun steps
	// name "he".
	placeClause,
	// Needs the clause's first word settled: "it" stands for the speaker that acts, "I" is
	// the speaker's own.
	speakerPronoun,
	// A quotation that is still without its speaker is given one: a claim is someone's.
	quotedSpeaker,
	// A quotation with no attribution of its own goes on from the sentence before, and is its
	// speaker's.
	continuedQuotation,
	// Without a speaker: "when it crested" stands for the sentence's subject.
	subjectPronoun,
	// Else the subject of the verb its clause hangs on: "Brown said he would attend … when he
	// returned", "the service released figures showing that it received".
	governingSubject,
	// An object "it" or "them" stands for an earlier verb's object in the sentence: "found a
	// crack … and repaired it".
	objectPronoun,
	// Only then, a pronoun with nothing in its sentence to stand for: an earlier sentence's
	// subject ("He then tried to walk away" → "Musk then tried to walk away").
	earlierSubject,
	// A relative clause that is the title needs its noun: "sniper shootings that injured".
	relativePronoun,
	// "the organization" stands for the name given before it.
	standIn,
	// A clause that now opens on its verb borrows the sentence's subject.
	borrowedSubject,
	// A borrowed "He" names what it stands for, from an earlier sentence.
	earlierLead,
	// Before the length: a subject too long for its verb to fit keeps its noun or names.
	longSubject,
	// And one whose phrase leaves no room for the verb the date hangs on loses that phrase.
	dateVerb,
	// Last: the length, then the first and last words.
	length,
	ends
];

/**
 * A headline for the happening the date from `start` to `end` of `sentence` marks; `before`
 * are the article's sentences before it, the nearest last (what an opening "He" stands for);
 * `others` the other dates the extractor found in the sentence (left out of the title).
 */
export function draftTitle(
	sentence: string,
	start: number,
	end: number,
	before: readonly string[] = [],
	others: readonly Offsets[] = []
): string {
	const draft = makeDraft(sentence, start, end, before, others);
	for (const step of titleSteps) run(step, draft);
	let title = headline(render(draft));
	const drawn = title;
	// "the country that it is today" → "It is today" says nothing: the sentence's main clause
	// does, when it names something and reads whole, a clause with its verb.
	if (namesNothing(draft)) {
		const main = mainClause(sentence, start, end, before, others);
		if (main && !namesNothing(main) && !flaw(main) && !main.entry && keepsVerb(main))
			return shown(main);
	}
	// Never empty, never a lone word: the sentence itself, without its date, is the fallback. Nor
	// a clause that lost its subject with the date ("Today is Day 36" → "Is Day 36"): the
	// sentence with its date.
	// A noun alone keeps its possessive date ("Sunday's runoff"), and any date on it ("since
	// shortly after the June 4 shooting" is "June 4 shooting", not the sentence without its
	// date, "since shortly shooting"); a date that was the clause's subject ("Today showed
	// that …") stays in it.
	if (words(title) < 2 && (draft.namedByDate || loneNoun(draft))) title = withDate(draft);
	if (words(title) < 2)
		title = fallback(sentence, start, end, {
			keepDate: isFinite(draft.words, draft.date.last)
		});
	else if (opensOnAuxiliary(draft, title))
		title = fallback(sentence, start, end, { keepDate: true });
	// "This is not 1918": the clause with its date, not the sentence it runs on into.
	else if (endsOnCopula(draft)) title = withDate(draft);
	title = (title || 'Untitled event') + (draft.cut && !title.endsWith('…') ? '…' : '');
	// Last, the gate: a title drawn from the steps that is still broken gives way to the next
	// clearest one, when that one is whole.
	const broken = title.replace(/…$/, '') === drawn ? flaw(draft) : undefined;
	if (broken === 'pronoun') return namedPronoun(draft, title) ?? title;
	if (broken) {
		const main = mainClause(sentence, start, end, before, others);
		if (main && !flaw(main)) return shown(main);
	}
	return title;
}

/**
 * The sentence's main clause as a title: the sentence without its dateline, a glued headline,
 * its attribution, its dates and what comes before its subject, cut to length.
 */
function mainClause(
	sentence: string,
	start: number,
	end: number,
	before: readonly string[],
	others: readonly Offsets[]
): Draft | undefined {
	const draft = makeDraft(sentence, start, end, before, others);
	for (const step of [
		dateline,
		gluedSentence,
		attributionAfter,
		theDate,
		otherDates,
		leadingAdverbial,
		dateVerb,
		length,
		ends
	])
		step.run(draft);
	return words(headline(render(draft))) < 2 ? undefined : draft;
}

/** The title a draft shows: its words, an ellipsis when cut. */
function shown(draft: Draft): string {
	const title = headline(render(draft));
	return title + (draft.cut && !title.endsWith('…') ? '…' : '');
}

/** Runs the steps named up to and including `last` (for the steps' own specs). */
export function draftAfter(
	sentence: string,
	start: number,
	end: number,
	last: string,
	before: readonly string[] = [],
	others: readonly Offsets[] = []
): Draft {
	const draft = makeDraft(sentence, start, end, before, others);
	for (const step of titleSteps) {
		run(step, draft);
		if (step.name === last) break;
	}
	return draft;
}

/** Runs `step` on `draft`, unless it reshapes sentences and the draft is a chronology's entry. */
function run(step: TitleStep, draft: Draft): void {
	if (!(step.reshapes && draft.entry)) step.run(draft);
}

function fallback(sentence: string, start: number, end: number, { keepDate = false } = {}): string {
	const draft = makeDraft(sentence, start, end);
	for (const step of keepDate
		? [dateline, attributionAfter, length, ends]
		: [dateline, attributionAfter, theDate, length, ends])
		step.run(draft);
	const title = headline(render(draft));
	return words(title) >= 2 ? title : headline(sentence.replace(/\s+/g, ' ').trim());
}

/** Whether the draft is a dated noun phrase (`datedNoun`) of which a lone noun is kept. */
function loneNoun(draft: Draft): boolean {
	const kept = keptWords(draft).filter((i) => draft.words[i].pos !== 'PUNCT');
	return draft.nominal === true && kept.length === 1 && isNoun(draft.words[kept[0]]);
}

/** The draft's clause with its date: "Sunday's runoff" for "awaiting Sunday's runoff". */
function withDate(draft: Draft): string {
	const clause = makeDraft(draft.text, 0, 0);
	clause.from = draft.from;
	clause.to = draft.to;
	ends.run(clause);
	return headline(render(clause));
}

/**
 * Whether `title` opens on a finite auxiliary of the draft's clause (not on a word a step put
 * before it or in its place).
 */
function opensOnAuxiliary(draft: Draft, title: string): boolean {
	const first = firstKept(draft);
	// An auxiliary only ("Was 5,768 barrels", "Is Day 36"): a tagger may read a noun as a verb
	// ("mill dams cut them off"), never as "was" or "has".
	const word = draft.words[first];
	if (first < 0 || draft.as.has(first) || word.pos !== 'AUX' || !isFinite(draft.words, first))
		return false;
	return title.split(/\s/, 1)[0].toLowerCase() === word.lower;
}

/**
 * Whether the title ends on "be" (or its "not") whose complement was the date: "This is not",
 * "It was" for "This is not 1918", "It was the day before Easter": the date is what the clause
 * says, and stays.
 */
function endsOnCopula(draft: Draft): boolean {
	const all = keptWords(draft).filter((i) => draft.words[i].pos !== 'PUNCT');
	let last = all.length - 1;
	if (/^(?:not|n['’]t)$/.test(draft.words[all[last]]?.lower ?? '')) last--;
	const verb = draft.words[all[last]];
	return last > 0 && verb?.lemma === 'be' && all[last] < draft.date.first;
}

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** A headline for "the fourth anniversary of X": X, with "that" dropped ("U.S. airstrike killed …"). */
export function subjectTitle(phrase: string): string {
	const title = headline(
		phrase.replace(/\b(?:that|which|who)\s+/i, '').replace(/^(?:the|a|an)\s+/i, '')
	);
	return title || 'Untitled event';
}
