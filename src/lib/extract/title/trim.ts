/**
 * Steps that leave words out of the clause: a wire dateline, asides, the adverbial before the
 * subject, the date itself, and whatever would make the title too long or end it on a word that
 * leads nowhere.
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { datelineOf } from '../dateline';
import { subjectBefore } from './attribution';
import { clauseAt, clauseStarts } from './clauses';
import {
	firstVerb,
	isComma,
	isNoun,
	kept,
	keptWords,
	leaveOut,
	type Draft,
	type TitleStep
} from './draft';

/**
 * "BRUSSELS (Reuters) -", "LONDON | Tue Apr 27, 2010 4:08 am EDT", "By Jane Doe": a dateline,
 * a timestamp or a byline (and a headline glued before them) opens no title.
 */
export const dateline: TitleStep = {
	name: 'dateline',
	run(draft) {
		// The article's first sentence may open on a day without a place ("March 10 -").
		const end = datelineOf(draft.text, draft.before.length === 0)?.end ?? 0;
		if (!end) return;
		let i = 0;
		while (i < draft.words.length && draft.words[i].start < end) i++;
		leaveOut(draft, 0, i);
	}
};

const DASH = /^(?:--|—|–|_)$/;
const OPENING = /^[([]$/;
const CLOSING = /^[)\]]$/;

/**
 * "Gaddafi, a fugitive since August, was killed": an aside between commas (a noun phrase on the
 * noun before it, an age, a relative clause), between dashes or in brackets, is left out. When
 * the date is in the aside, the aside is what the date says: "Gaddafi, a fugitive since
 * August" is titled "Gaddafi, a fugitive".
 */
export const asides: TitleStep = {
	name: 'asides',
	run(draft) {
		const { words } = draft;
		for (let i = draft.from; i < draft.to; i++) {
			if (!kept(draft, i)) continue;
			const word = words[i];
			if (OPENING.test(word.text)) {
				let close = i + 1;
				while (close < draft.to && !CLOSING.test(words[close].text)) close++;
				if (close < draft.to && !holdsDate(draft, i, close)) leaveOut(draft, i, close + 1);
				continue;
			}
			const dash = DASH.test(word.text);
			if (!isComma(word) && !dash) continue;
			const close = closingMark(draft, i, dash);
			if (close <= i + 1) continue;
			if (trailing(draft, i, close)) {
				// ", down 50 cents", ", having been burned repeatedly", ", two years after the war":
				// a phrase without a verb after the clause is done says no more of what happened.
				leaveOut(draft, i, draft.to);
				return;
			}
			if (!isAside(draft, i, close, dash)) continue;
			// "The minister, speaking to reporters on Wednesday, said": the date of a participle
			// aside is the clause's; the aside goes with it.
			if (
				holdsDate(draft, i, close) &&
				words[i + 1].pos === 'VERB' &&
				/ing$/.test(words[i + 1].lower)
			) {
				leaveOut(draft, i, close < draft.to ? close + 1 : close);
				i = close;
				continue;
			}
			if (holdsDate(draft, i, close)) {
				// The aside is the happening: the noun it describes and the aside itself.
				const noun = nounStart(words, draft.from, i);
				if (noun >= 0 && !hasFinite(words, i + 1, close) && words[i + 1].pos !== 'VERB') {
					draft.from = noun;
					draft.to = close;
					return;
				}
				continue;
			}
			// "Its founder, Louis Marchand, opened the club": the name, not what it is called; a
			// name after a name and title stays ("NetChoice's counsel, Chris Marchese, said").
			if (names(words, i + 1, close)) {
				if (!subjectOpens(draft, i)) continue;
				leaveOut(draft, draft.from, i + 1);
				draft.out.add(close);
			} else leaveOut(draft, i, close < draft.to ? close + 1 : close);
			i = close;
		}
	}
};

/**
 * The mark that closes an aside opened at `open`: the next dash for a dash; for a comma, the
 * first comma after which the clause goes on with a verb (a relative clause may hold commas of
 * its own: "which peaked on April 9, 2023,"), else the next comma.
 */
function closingMark(draft: Draft, open: number, dash: boolean): number {
	const { words } = draft;
	let first = -1;
	for (let j = open + 1; j < draft.to; j++) {
		if (dash ? DASH.test(words[j].text) : isComma(words[j]) || DASH.test(words[j].text)) {
			if (dash) return j;
			if (first < 0) first = j;
			if (!/^(?:which|who|whom|whose)$/.test(words[open + 1]?.lower ?? '')) return j;
			let after = j + 1;
			while (words[after]?.pos === 'ADV') after++;
			if (isFinite(words, after)) return j;
		}
	}
	return first >= 0 ? first : draft.to;
}

/**
 * Whether the comma at `open` starts the clause's last stretch without a verb ("…, or 29 cents
 * a share, for the quarter ended Aug. 26"), after a clause with its subject, verb and more.
 */
function trailing(draft: Draft, open: number, close: number): boolean {
	if (!isComma(draft.words[open])) return false;
	const { words } = draft;
	// ", surrounded by his family", ", adding that …": a participle opens a phrase, no clause.
	const from = words[open + 1]?.pos === 'VERB' ? open + 2 : open + 1;
	if (hasFinite(words, from, draft.to)) return false;
	// Not a name in apposition at the end ("…, said James Whitfield" is read elsewhere).
	if (close >= draft.to && names(words, open + 1, close)) return false;
	// The clause before has its subject and verb, and something after the verb.
	const verb = firstVerb(draft);
	return verb >= 0 && verb < open - 1 && subjectBefore(words, draft.from, verb, draft.out) >= 0;
}

function hasFinite(words: readonly Word[], from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (isFinite(words, i)) return true;
	return false;
}

/** Whether words `from` to `to - 1` are names only: "Louis Marchand", "Ronald Stauber and …". */
function names(words: readonly Word[], from: number, to: number): boolean {
	return (
		to > from &&
		words
			.slice(from, to)
			.every((w) => w.pos === 'PROPN' || w.pos === 'CCONJ' || w.pos === 'PUNCT') &&
		words[from].pos === 'PROPN'
	);
}

/** Whether only a subject noun phrase stands between the clause's start and `comma`. */
function subjectOpens(draft: Draft, comma: number): boolean {
	const { words } = draft;
	let i = draft.from;
	while (i < comma && draft.out.has(i)) i++;
	if (i >= comma) return false;
	const phrase = words.slice(i, comma);
	return (
		phrase.every((w) => /^(?:DET|ADJ|NOUN|PRON|NUM)$/.test(w.pos)) &&
		phrase.some((w) => w.pos === 'NOUN') &&
		!phrase.some((w) => w.pos === 'PROPN')
	);
}

function holdsDate(draft: Draft, from: number, to: number): boolean {
	return draft.date.first < to && draft.date.last > from;
}

/** Where the noun phrase that ends at word `end - 1` starts, or -1. */
export function nounStart(words: readonly Word[], from: number, end: number): number {
	let i = end;
	while (i > from && /^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(words[i - 1].pos)) i--;
	return i < end && words.slice(i, end).some(isNoun) ? i : -1;
}

/**
 * Whether words `open + 1` to `close - 1` are an aside: after a noun, and either a relative
 * clause ("which provided the space") or a phrase without a verb ("a fugitive since August",
 * "52 years old") followed by the verb it interrupted. A place after a place ("Newark, N.J.,")
 * or a list item is no aside.
 */
function isAside(draft: Draft, open: number, close: number, dash: boolean): boolean {
	const { words } = draft;
	const first = words[open + 1];
	const before = words[open - 1];
	if (!first || !before) return false;
	if (dash) return !words.slice(open + 1, close).some((_, k) => isFinite(words, open + 1 + k));
	if (/^(?:which|who|whom|whose)$/.test(first.lower)) return true;
	if (!isNoun(before) && before.pos !== 'NUM') return false;
	if (first.pos === 'CCONJ') return false;
	// A place after a place ("Newark, N.J.,", "Nairobi, Kenya,") is part of the name.
	if (before.pos === 'PROPN' && names(words, open + 1, close)) return false;
	if (words.slice(open + 1, close).some((_, k) => isFinite(words, open + 1 + k))) return false;
	// The verb it interrupted comes right after it.
	let after = close + 1;
	while (words[after]?.pos === 'ADV') after++;
	return isFinite(words, after);
}

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
		const subject = subjectBefore(words, draft.from, verb, draft.out);
		let comma = -1;
		if (subject >= 0)
			for (let i = draft.from; i < subject; i++) if (kept(draft, i) && isComma(words[i])) comma = i;
		if (comma >= 0 && !listComma(draft, comma, verb)) leaveOut(draft, draft.from, comma + 1);
		// A subordinator or conjunction that opens the clause: "after", "when", "and", "that".
		const all = keptWords(draft);
		const first = words[all[0]];
		if (
			first &&
			(first.pos === 'SCONJ' ||
				first.pos === 'CCONJ' ||
				first.lower === 'when' ||
				/^(?:after|before|since|until|as|because|while)$/.test(first.lower)) &&
			all[0] < verb
		)
			draft.out.add(all[0]);
	}
};

/**
 * Whether the comma at `comma` separates the items of a list subject ("Chief Executive Parag
 * Agrawal, Chief Financial Officer Ned Segal and …"): only a noun phrase before it, and an "and"
 * or "or" after it before the verb.
 */
function listComma(draft: Draft, comma: number, verb: number): boolean {
	const { words } = draft;
	for (let i = draft.from; i < comma; i++)
		if (kept(draft, i) && !/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(words[i].pos)) return false;
	for (let i = comma + 1; i < verb; i++)
		if (words[i].pos === 'CCONJ' && /^(?:and|or)$/.test(words[i].lower)) return true;
	return false;
}

// Words that lead into a date: a preposition ("on", "since", "as of"), a modifier ("early",
// "last", "this", "just"). Prepositions are the tagger's; which modifiers lead into a date is
// their meaning.
const MODIFIERS =
	/^(?:early|late|earlier|later|last|this|next|past|mid|just|only|recently|the|around|about|approximately|roughly|circa|until|up)$/;

/**
 * The date and the words that lead into it ("on Thursday", "early this month", "last Oct. 23",
 * "as early as", "between now and Feb. 10"), a possessive after it ("Last Friday's
 * announcement"), and a date coordinated with it ("in 2012 and 2013") are left out: the
 * timeline shows the date. Kept when the date is the clause's subject ("today is the eighth
 * day"). A verb keeps its particle ("asked the court to step in on Jan. 12").
 */
export const theDate: TitleStep = {
	name: 'theDate',
	run(draft) {
		const { words, date } = draft;
		let { first, last } = date;
		if (first >= words.length) return;
		const before = words[first - 1];
		const subject =
			(first === draft.from || isComma(before) || (before && draft.out.has(first - 1))) &&
			isFinite(words, last);
		if (subject || argument(words, first, last)) return;
		// "details about Thursday's meeting": a possessive date after a preposition is the
		// noun's article: "details about the meeting".
		if (
			before?.pos === 'ADP' &&
			/^['’]s$/.test(words[last]?.lower ?? '') &&
			/^(?:NOUN|PROPN|ADJ)$/.test(words[last + 1]?.pos ?? '')
		) {
			draft.as.set(first, 'the');
			leaveOut(draft, first + 1, last + 1);
			return;
		}
		// A coordinated date: "in 2012 and 2013", "in 1998 and again in 2011".
		if (words[last]?.pos === 'CCONJ' && words[last + 1]?.pos === 'NUM') last += 2;
		first = leadIn(draft, first);
		let and = first;
		while (words[and - 1]?.pos === 'ADV') and--;
		// "in January and February", "in 1998 and again in 2011": the other date goes too.
		if (words[and - 1]?.pos === 'CCONJ' && /^(?:NUM|PROPN)$/.test(words[and - 2]?.pos ?? '')) {
			let other = and - 2;
			while (/^(?:NUM|PROPN)$/.test(words[other - 1]?.pos ?? '') || words[other - 1]?.abbreviation)
				other--;
			if (words[other - 1]?.pos === 'ADP') first = leadIn(draft, other);
		}
		if (/^['’]s?$/.test(words[last]?.lower ?? '')) last++;
		// "the Jan. 6, 2021, attack": the comma that closes the date's year goes with it.
		if (
			isComma(words[last]) &&
			/^(?:NOUN|ADJ)$/.test(words[last + 1]?.pos ?? '') &&
			words[first - 1]?.pos === 'DET'
		)
			last++;
		leaveOut(draft, first, last);
	}
};

/**
 * Whether the date from `first` to `last - 1` is what its verb is about, not when it happened:
 * "declared Tuesday a national holiday" (a date right after the verb, a noun phrase after it),
 * "gave the two sides until Friday to close the deal" (a deadline before what is to be done).
 * Without it the title reads "declared a national holiday", "gave the two sides to close".
 */
function argument(words: readonly Word[], first: number, last: number): boolean {
	const after = words[last];
	if (isFinite(words, first - 1) && words[first - 1].pos === 'VERB' && after?.pos === 'DET')
		return true;
	return (
		/^(?:until|till)$/.test(words[first - 1]?.lower ?? '') &&
		isNoun(words[first - 2]) &&
		after?.lower === 'to' &&
		words[last + 1]?.pos === 'VERB'
	);
}

/** Where the words that lead into the date at `first` start. */
function leadIn(draft: Draft, first: number): number {
	const { words } = draft;
	let i = first;
	while (i > draft.from && MODIFIERS.test(words[i - 1].lower) && words[i - 1].pos !== 'VERB') i--;
	const word = words[i - 1];
	// "between now and", "as early as", "no later than": a phrase of time in three words.
	const three = words
		.slice(Math.max(0, i - 3), i)
		.map((w) => w.lower)
		.join(' ');
	if (
		/^(?:between now and|as (?:early|late|soon|recently) as|no (?:later|earlier) than)$/.test(three)
	)
		return i - 3;
	if (word && (word.pos === 'ADP' || word.pos === 'SCONJ') && !particle(words, i - 1)) {
		i--;
		if (/^as of$|^up until$|^from to$/.test(`${words[i - 1]?.lower} ${word.lower}`)) i--;
	}
	while (
		i > draft.from &&
		MODIFIERS.test(words[i - 1].lower) &&
		words[i - 1].pos !== 'VERB' &&
		words[i - 1].pos !== 'NOUN'
	)
		i--;
	return i;
}

/** Whether the preposition at `i` is a verb's particle: "step in", "shut down". */
function particle(words: readonly Word[], i: number): boolean {
	return (
		PARTICLES.test(words[i].lower) && words[i - 1]?.pos === 'VERB' && words[i + 1]?.pos === 'ADP'
	);
}

/**
 * "after the great flood of 1927", "following the Jan. 6, 2021, attack on the U.S. Capitol",
 * "since his Aug. 2 power-grab": a date on a noun after a preposition dates that noun, not the
 * clause around it; the noun (with what names it) is the title.
 */
export const datedNoun: TitleStep = {
	name: 'datedNoun',
	run(draft) {
		const { words, date } = draft;
		const { first, last } = date;
		if (first >= words.length) return;
		const before = words[first - 1];
		// "the great flood of 1927", "since the revolution of 1959": the noun before "of".
		if (before?.lower === 'of' && before.pos === 'ADP') {
			const start = nounStart(words, 0, first - 1);
			if (
				start > 0 &&
				/^(?:ADP|SCONJ)$/.test(words[start - 1].pos) &&
				words[start - 1].lower !== 'of'
			) {
				draft.from = start;
				draft.to = first - 1;
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
				if (comma) draft.out.add(verb - 1);
				return;
			}
		}
		// "compared with earnings of $6.1 million a year ago": what the date's figure is.
		const compared = comparison(words, first);
		if (compared >= 0) {
			draft.from = compared;
			draft.to = first;
			return;
		}
		// "the Jan. 6, 2021, attack on the Capitol", "his Aug. 2 power-grab".
		let after = last;
		if (isComma(words[after])) after++;
		if (!/^(?:NOUN|ADJ|PROPN)$/.test(words[after]?.pos ?? '')) return;
		let start = first;
		while (start > 0 && /^(?:DET|ADJ)$/.test(words[start - 1].pos)) start--;
		if (words[start - 1]?.pos === 'PRON') start--;
		if (start === first || start === 0) return;
		// After a preposition, or a verb form used as one ("following", "including").
		const lead = words[start - 1];
		if (lead.pos !== 'ADP' && !(lead.pos === 'VERB' && /ing$/.test(lead.lower))) return;
		let end = after;
		while (end < words.length && /^(?:NOUN|ADJ|PROPN)$/.test(words[end].pos)) end++;
		// "that killed one person": a relative clause on the noun is what it did.
		if (/^(?:that|which)$/.test(words[end]?.lower ?? '') && verbAfter(words, end)) {
			const [, to] = clauseAt(clauseStarts(words), words.length, end);
			draft.from = start;
			draft.to = to;
			draft.out.add(end);
			return;
		}
		// "on the U.S. Capitol": a short phrase that names it.
		if (words[end]?.pos === 'ADP' && /^(?:on|of|in|against|at)$/.test(words[end].lower)) {
			let k = end + 1;
			while (k < words.length && k < end + 5 && /^(?:DET|NOUN|PROPN|ADJ)$/.test(words[k].pos)) k++;
			if (k > end + 1 && words.slice(end + 1, k).some(isNoun)) end = k;
		}
		draft.from = start;
		draft.to = end;
	}
};

function verbAfter(words: readonly Word[], i: number): boolean {
	return isFinite(words, i + 1) || (words[i + 1]?.pos === 'ADV' && isFinite(words, i + 2));
}

/** Where the noun phrase compared in "compared with X <date>" starts, or -1. */
function comparison(words: readonly Word[], first: number): number {
	for (let i = first - 1; i > 0 && i > first - 10; i--) {
		if (isComma(words[i]) || isFinite(words, i)) return -1;
		const pair = `${words[i - 1].lower} ${words[i].lower}`;
		if (/^(?:compared (?:with|to)|(?:up|down) from)$/.test(pair)) return i + 1;
	}
	return -1;
}

/** A title's most words: a headline says what happened, not everything the sentence says. */
export const MAX_WORDS = 12;

/**
 * A title over twelve words stops at the last phrase boundary (a preposition, conjunction, "to"
 * or comma) within them, from the verb's object on; an ellipsis says it was cut.
 */
export const length: TitleStep = {
	name: 'length',
	run(draft) {
		const all = keptWords(draft).filter((i) => draft.words[i].pos !== 'PUNCT');
		if (all.length <= MAX_WORDS) return;
		const { words } = draft;
		const verb = all.findIndex((i) => isFinite(words, i));
		let cut = all[MAX_WORDS];
		for (let k = MAX_WORDS; k > Math.max(verb + 2, 5); k--) {
			const word = words[all[k]];
			if (/^(?:ADP|SCONJ|CCONJ|PART)$/.test(word.pos) || /^(?:that|which|who)$/.test(word.lower)) {
				cut = all[k];
				break;
			}
		}
		// Else after the last noun within the limit: not in the middle of "a new bridge".
		if (cut === all[MAX_WORDS])
			for (let k = MAX_WORDS; k > verb + 1; k--)
				if (
					/^(?:NOUN|PROPN|NUM)$/.test(words[all[k - 1]].pos) &&
					!/^(?:NOUN|PROPN)$/.test(words[all[k]].pos)
				) {
					cut = all[k];
					break;
				}
		draft.to = cut;
		draft.cut = true;
	}
};

// Particles that end a verb: "asked the court to step in", "the plant shut down".
const PARTICLES = /^(?:in|on|out|up|down|off|over|back|away|through|around|by)$/;

/**
 * No title opens on an article or a conjunction, nor ends on a word that leads nowhere (a
 * preposition, an article, a conjunction, an auxiliary, "its"); a verb keeps its particle.
 */
const BULLET = /^[\\*•·▪■►]+$/;

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
				(word.pos === 'ADP' && !(PARTICLES.test(word.lower) && words[all[k - 1]].pos === 'VERB'));
			if (!dangling || (word.pos === 'PUNCT' && /^[%)]$/.test(word.text))) break;
			draft.out.add(all[k]);
		}
	}
};
