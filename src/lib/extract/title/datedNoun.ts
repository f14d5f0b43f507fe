/** A date on a noun dates that noun: the noun is the title. */
import { isFinite, isPastForm } from '../grammar';
import { tag, type Word } from '../language';
import { clauseAt, clauseStarts } from './clauses';
import { isSpanOfTime } from './kind';
import { isComma, isNoun, type Draft, type TitleStep } from './draft';
import { sentenceSubject } from './sentenceSubject';
import { attached, hasFinite, insideNounPhrase, nounStart } from './phrase';

/**
 * "after the great flood of 1927", "following the Jan. 6, 2021, attack on the U.S. Capitol",
 * "since his Aug. 2 power-grab": a date on a noun after a preposition dates that noun, not the
 * clause around it; the noun (with what names it) is the title.
 */
export const datedNoun: TitleStep = {
	name: 'datedNoun',
	reshapes: true,
	run(draft) {
		const { words, date } = draft;
		const { first, last } = date;
		if (first >= words.length) return;
		const before = words[first - 1];
		// "the great flood of 1927", "since the revolution of 1959": the noun before "of". Not
		// a possessive date, whose noun is after it: "the damage of 2017's Hurricane Maria" is
		// the hurricane's.
		if (
			before?.lower === 'of' &&
			before.pos === 'ADP' &&
			!/^['’]s$/.test(words[last]?.lower ?? '')
		) {
			// "in the early hours of Thursday", "the first days of 2011": a noun that names a span
			// of time is the date's own, no happening; the clause around it is the title.
			if (isSpanOfTime(words[first - 2]?.text ?? '')) return;
			const start = nounStart(words, 0, first - 1);
			if (
				start > 0 &&
				/^(?:ADP|SCONJ)$/.test(words[start - 1].pos) &&
				words[start - 1].lower !== 'of'
			) {
				draft.from = start;
				draft.to = first - 1;
				draft.nominal = true;
			}
			return;
		}
		// "the slowest pace since the Asian financial crisis a decade ago": a time counted back
		// right after a noun that a preposition of time governs dates that noun (a happening,
		// as what comes "since" or "after" is), unless the phrase opens the sentence before its
		// comma ("During the last crisis a decade ago, the president resigned").
		if (words[last - 1]?.lower === 'ago' && /^(?:NOUN|PROPN)$/.test(before?.pos ?? '')) {
			const start = nounStart(words, 0, first);
			const lead = words[start - 1];
			if (start > 0 && TIME_PREPOSITIONS.test(lead.lower) && !opening(words, start - 1, last)) {
				draft.from = start;
				draft.to = first;
				draft.nominal = true;
			}
			return;
		}
		// "its record high set on Aug. 6", "The warehouse, built in 1911,", "with a decision
		// expected by June": a noun and the participle that dates it.
		const verb = first - 2;
		if (
			words[first - 1]?.pos === 'ADP' &&
			words[verb]?.pos === 'VERB' &&
			(isPastForm(words[verb]) || words[verb].lower === words[verb].lemma) &&
			!isFinite(words, verb)
		) {
			const comma = isComma(words[verb - 1]) ? 1 : 0;
			const start = nounStart(words, 0, verb - comma);
			if (start >= 0) {
				draft.from = start;
				draft.to = verb + 1;
				draft.nominal = true;
				if (comma) draft.out.add(verb - 1);
				return;
			}
		}
		// "compared with earnings of $6.1 million a year ago": what the date's figure is, said of
		// the sentence's subject ("Net income was $3 million").
		const compared = comparison(words, first);
		if (compared >= 0) {
			draft.from = compared;
			draft.to = first;
			draft.nominal = true;
			figureOf(draft, compared);
			return;
		}
		// "the Jan. 6, 2021, attack on the Capitol", "his Aug. 2 power-grab".
		let after = last;
		// The comma that closes a year after its day ("Jan. 6, 2021, attack"); any other comma
		// ends the phrase ("On a recent Wednesday morning, Lee drove …" dates no "Lee").
		if (isComma(words[after]) && words[last - 1]?.pos === 'NUM') after++;
		// "awaiting Sunday's runoff", "from Monday night's fire": a date in the possessive is
		// the noun's own, wherever the noun stands (a possessive subject is its clause's).
		// In the subject ("Details about Thursday's meeting will be settled"), the clause is
		// about the noun: it keeps the title.
		const possessive = /^['’]s$/.test(words[after]?.lower ?? '') && hasFinite(words, 0, first);
		if (possessive) after++;
		if (!/^(?:NOUN|ADJ|PROPN)$/.test(words[after]?.pos ?? '')) return;
		let start = first;
		// "the Spanish 1918 flu pandemic": a name may stand between the article and the date.
		while (
			start > 0 &&
			(/^(?:DET|ADJ)$/.test(words[start - 1].pos) ||
				(words[start - 1].pos === 'PROPN' && /^(?:DET|ADJ)$/.test(words[start - 2]?.pos ?? '')))
		)
			start--;
		if (words[start - 1]?.pos === 'PRON') start--;
		if ((start === first && !possessive) || start === 0) return;
		// After a preposition, or a verb form used as one ("following", "including"); a
		// possessive date after a verb not in the past (its object: "are awaiting Sunday's
		// runoff"; "halted Saturday's cleanup" is Saturday's halting); a date between "the" or
		// "a" and its noun, the object of any verb ("could eclipse the 1989 Exxon Valdez
		// disaster", "reopened the 1985 murder case"): the verb's happening is not of that day.
		const lead = words[start - 1];
		// "In his June 15 speech, Obama faulted the plan", "At the 2010 games, Spain won": a
		// phrase that holds its clause's happening and opens the sentence (or follows its comma)
		// dates that clause; the clause is the title.
		if (holding(words, start - 1, after)) return;
		const object = possessive
			? !pastVerb(words, start)
			: words[start].pos === 'DET' && /^(?:the|a|an)$/.test(words[start].lower);
		// "since the March 2001 bombing": the tagger reads "since" or "after" before a noun as a
		// subordinator too.
		const preposition =
			lead.pos === 'ADP' || (lead.pos === 'SCONJ' && TIME_PREPOSITIONS.test(lead.lower));
		if (!preposition && !(lead.pos === 'VERB' && (object || /ing$/.test(lead.lower)))) return;
		const attributive = !possessive && lead.pos === 'VERB' && !/ing$/.test(lead.lower);
		let end = after;
		// "his Aug. 2 power-grab": a word joined by a hyphen is the noun's, whatever its tag.
		while (
			end < words.length &&
			(/^(?:NOUN|ADJ|PROPN)$/.test(words[end].pos) || attached(words, end))
		)
			end++;
		// "that killed one person": a relative clause on the noun is what it did.
		if (/^(?:that|which)$/.test(words[end]?.lower ?? '') && verbAfter(words, end)) {
			const [, to] = clauseAt(clauseStarts(words), words.length, end);
			draft.from = start;
			draft.to = to;
			draft.out.add(end);
			return;
		}
		// "on the U.S. Capitol": a short phrase that names it (after a verb's object, a phrase
		// is the verb's: "surpass the 1927 flood in scale").
		if (
			!attributive &&
			words[end]?.pos === 'ADP' &&
			/^(?:on|of|in|against|at)$/.test(words[end].lower)
		) {
			let k = end + 1;
			let count = 0;
			while (
				k < words.length &&
				count < 5 &&
				(/^(?:DET|NOUN|PROPN|ADJ)$/.test(words[k].pos) ||
					// "Pan Am Flight 103": a number after a name is part of it.
					(words[k].pos === 'NUM' && words[k - 1].pos === 'PROPN') ||
					attached(words, k) ||
					// "of a Dallas, Texas, bank": the commas around a town's state.
					(isComma(words[k]) && insideNounPhrase(words, k)))
			) {
				// "a state-owned tanker", "Acme Ltd's gas platform": a word joined to the one
				// before (a hyphen, a possessive) is part of it, and a possessive names more; a
				// comma is no word.
				if (!attached(words, k)) count += isComma(words[k]) ? 0 : 1;
				else if (/^['’]s$/.test(words[k].lower)) count--;
				k++;
			}
			// Never on the joint itself ("a state-…", "Acme's"): back to a whole word.
			while (k > end + 1 && (attached(words, k) || /^(?:PUNCT|PART)$/.test(words[k - 1].pos))) k--;
			if (k > end + 1 && words.slice(end + 1, k).some(isNoun)) end = k;
		}
		draft.from = start;
		draft.to = end;
		draft.nominal = true;
		draft.namedByDate = possessive || attributive;
	}
};

// Prepositions of time: what they govern is a happening ("since the crisis", "after the flood").
const TIME_PREPOSITIONS = /^(?:since|after|before|during|following|until|than)$/;

/**
 * Whether the phrase opened by the preposition at `lead` opens the sentence (a conjunction or
 * adverb before it at most) and a comma follows the date that ends at `last`.
 */
function opening(words: readonly Word[], lead: number, last: number): boolean {
	return isComma(words[last]) && words.slice(0, lead).every((w) => /^(?:CCONJ|ADV)$/.test(w.pos));
}

/**
 * Whether the preposition at `lead` is one of being inside ("in", "at", "during") that opens the
 * sentence or follows a comma, and its phrase, whose noun is at `noun`, ends on a comma before
 * a clause with its verb: what that clause says happened in the dated thing.
 */
function holding(words: readonly Word[], lead: number, noun: number): boolean {
	if (!/^(?:in|at|during)$/.test(words[lead]?.lower ?? '')) return false;
	const opens = words.slice(0, lead).every((w) => /^(?:CCONJ|ADV)$/.test(w.pos));
	if (!opens && !isComma(words[lead - 1])) return false;
	let end = noun;
	while (end < words.length && !isComma(words[end]) && !isFinite(words, end)) end++;
	if (!isComma(words[end])) return false;
	// The clause after the comma has its own subject: "Okafor, in his June 9 letter, asked" is
	// an aside between a subject and its verb.
	let verb = end + 1;
	while (verb < words.length && !isFinite(words, verb)) verb++;
	return (
		verb < words.length && words.slice(end + 1, verb).some((w) => isNoun(w) || w.pos === 'PRON')
	);
}

/** Whether the first finite verb before word `i` is in the past ("halted", "was"). */
function pastVerb(words: readonly Word[], i: number): boolean {
	for (let k = 0; k < i; k++) if (isFinite(words, k)) return isPastForm(words[k]);
	return false;
}

function verbAfter(words: readonly Word[], i: number): boolean {
	return isFinite(words, i + 1) || (words[i + 1]?.pos === 'ADV' && isFinite(words, i + 2));
}

/**
 * Where the noun phrase compared in "compared with X <date>", "up from X <date>", "from X
 * <date>" (a figure the clause's verb moved from: "rose to $5 million from $3 million a year
 * earlier") starts, or -1.
 */
function comparison(words: readonly Word[], first: number): number {
	for (let i = first - 1; i > 0 && i > first - 10; i--) {
		if (isComma(words[i]) || isFinite(words, i)) return -1;
		const pair = `${words[i - 1].lower} ${words[i].lower}`;
		if (/^(?:compared (?:with|to)|(?:up|down) from)$/.test(pair)) return i + 1;
		if (words[i].lower === 'from' && figure(words, i + 1, figureEnd(words, first))) return i + 1;
	}
	return -1;
}

/** Where a figure before the date at `first` ends: before its "in" ("25,000 in 2008"). */
function figureEnd(words: readonly Word[], first: number): number {
	return /^(?:in|during)$/.test(words[first - 1]?.lower ?? '') ? first - 1 : first;
}

/** Whether words `from` to `to - 1` are a figure only: "$3 million", "25,000", "6 cents". */
function figure(words: readonly Word[], from: number, to: number): boolean {
	const phrase = words.slice(from, to);
	return (
		phrase.some((w) => w.pos === 'NUM') &&
		phrase.every((w) => /^(?:NUM|SYM|NOUN)$/.test(w.pos) || w.text === '$')
	);
}

/**
 * A compared figure alone says nothing: "$3 million" a year earlier is the subject's figure
 * then, "Net income was $3 million" (the subject of the sentence, "were" for a plural).
 */
function figureOf(draft: Draft, from: number): void {
	if (!figure(draft.words, from, figureEnd(draft.words, draft.to))) return;
	const verb = draft.words.findIndex((_, i) => isFinite(draft.words, i));
	const subject = verb > 0 ? sentenceSubject(draft, verb) : undefined;
	if (!subject) return;
	const head = subject.words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN').at(-1);
	// "Sales" opening a sentence is tagged a name: the word alone, in lower case, says.
	const plural = head !== undefined && tag(head.lower)[0]?.lemma !== head.lower;
	draft.lead = `${subject.text} ${plural ? 'were' : 'was'} `;
}
