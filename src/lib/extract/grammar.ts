/**
 * Grammar read from the language layer's tags (`language.ts`): whether a word is a verb that
 * makes a clause (a finite verb, not a participle hanging on a noun), the tense of a verb group,
 * and where a text's sentence starts and ends around an offset. Closed-class facts (the forms
 * of "be", "have" and "do") come from lemmas; nothing here guesses a part of speech from a list.
 */
import { isAbbreviation, tag, type Word } from './language';

/** Universal tags of verbs. */
export function isVerb(word: Word | undefined): boolean {
	return word !== undefined && (word.pos === 'VERB' || word.pos === 'AUX');
}

/** An auxiliary that is not a form of "be", "have" or "do": "will", "would", "could", "'ll". */
export function isModal(word: Word | undefined): boolean {
	return (
		word !== undefined &&
		word.pos === 'AUX' &&
		word.lemma !== 'be' &&
		word.lemma !== 'have' &&
		word.lemma !== 'do'
	);
}

/**
 * Whether a verb is in a past form (simple past or past participle): "was", "had", "did",
 * "said", "killed", "rose". Forms the lemma shares ("set", "cut", "put") are not known to be
 * past; "is", "has", "says", "running" are not past.
 */
export function isPastForm(word: Word): boolean {
	if (!isVerb(word)) return false;
	if (word.lemma === 'be') return word.lower === 'was' || word.lower === 'were';
	if (word.lemma === 'have')
		return word.lower === 'had' || word.lower === '’d' || word.lower === "'d";
	if (word.lemma === 'do') return word.lower === 'did';
	if (isModal(word)) return false;
	return word.lower !== word.lemma && !/(?:s|ing)$/.test(word.lower);
}

/** A present participle or gerund: "running", "having". */
function isIng(word: Word): boolean {
	return /ing$/.test(word.lower) && word.lower !== word.lemma;
}

/**
 * Whether `words[i]` is a verb that makes a clause of its own: an auxiliary or modal, or a verb
 * in a finite form. Not a participle that hangs on a noun ("for the quarter ended Aug. 26",
 * "the accord signed in May", "having been burned"), nor an infinitive after "to".
 */
export function isFinite(words: readonly Word[], i: number): boolean {
	const word = words[i];
	if (!isVerb(word)) return false;
	if (word.pos === 'AUX') {
		if (word.lower === 'been') return isFinite(words, i - 1);
		return !isIng(word) && word.lower !== 'be';
	}
	const before = words[i - 1];
	if (before?.lower === 'to' && before.pos === 'PART') return false;
	// "into the blown-out well", "its damaged hull": a verb form right after an article or a
	// possessive is the adjective of the noun it leads to; no subject stands before it.
	if (/^(?:the|a|an|its|their|his|our|my|your)$/.test(before?.lower ?? '')) return false;
	if (isIng(word)) return false;
	if (joinedInfinitive(words, i)) return false;
	// A verb after an auxiliary belongs to its group, which is finite through the auxiliary:
	// "will be published" is, "to be published" is not.
	if (isVerb(before)) return isFinite(words, i - 1) || before.pos === 'VERB';
	// "the quarter ended Aug. 26", "its record high set on Aug. 6": a past form right after a
	// noun, with a date or a preposition after it, is a participle on that noun. A past form
	// after a subject with an object after it is the main verb ("Rebels captured the town").
	// A form shared with the lemma ("set", "hit") after a singular noun is no present tense
	// ("its record high set on Aug. 6").
	const pastLike =
		isPastForm(word) ||
		(word.lower === word.lemma && before?.pos === 'NOUN' && before.lower === before.lemma);
	// "its record high established on Aug. 6": a noun and its adjective count as the noun.
	// A name is no noun a participle hangs on: "who toppled the governor in March returned".
	const noun = before?.pos === 'NOUN' || (before?.pos === 'ADJ' && words[i - 2]?.pos === 'NOUN');
	if (pastLike && noun) {
		const after = words[i + 1];
		// "Officials in the state capital said Tuesday the board …": "said" hangs on no noun (a
		// thing is "announced Friday", not "said Friday"), unless "said to be".
		if (word.lemma === 'say' && after?.lower !== 'to') return true;
		if (
			!after ||
			after.pos === 'ADP' ||
			after.pos === 'PUNCT' ||
			after.pos === 'PROPN' ||
			(after.pos === 'PART' && after.lower === 'to')
		)
			return (
				(nounPhraseStartsAt(words, i - 1) || subjectOnly(words, i)) && !auxiliaryAhead(words, i)
			);
	}
	// "The warehouse, built in 1911, had been vacant", "the agreement, announced Friday,": a
	// participle between commas after a common noun (after a name, a verb: "Chris Marchese,
	// said"). The aside closes before any verb: "Ellison, whose office prosecuted the case,
	// said on Tuesday the verdict was …" is the verb.
	if (
		isPastForm(word) &&
		before?.text === ',' &&
		words[i - 2]?.pos === 'NOUN' &&
		/^(?:ADP|PROPN|NUM)$/.test(words[i + 1]?.pos ?? '') &&
		closesBeforeVerb(words, i) &&
		!closesRelative(words, i - 1)
	)
		return false;
	return true;
}

/**
 * Whether the verb at `i` is in its base form and joined by "and" or "or" to an infinitive
 * before it: "to abolish the agency and start anew" ("start" is the infinitive's, no present
 * tense with a clause of its own). The verb before is the nearest, within the same stretch of
 * the sentence (no comma or other verb between).
 */
function joinedInfinitive(words: readonly Word[], i: number): boolean {
	const word = words[i];
	if (word.lower !== word.lemma || !/^(?:and|or)$/.test(words[i - 1]?.lower ?? '')) return false;
	for (let j = i - 2; j > 0 && j > i - 10; j--) {
		if (/^[,;:.!?]$/.test(words[j].text)) return false;
		if (isVerb(words[j]))
			return words[j].pos === 'VERB' && words[j - 1]?.lower === 'to' && words[j - 1].pos === 'PART';
	}
	return false;
}

/**
 * Whether the comma at `comma` closes a relative clause between commas: "The tanker, which was
 * carrying grain for the company, sank on Monday": the past form after it is the verb the
 * clause interrupted, not a participle on "company".
 */
function closesRelative(words: readonly Word[], comma: number): boolean {
	for (let k = comma - 1; k > 0; k--)
		if (words[k].text === ',') return /^(?:which|who|whose|whom)$/.test(words[k + 1].lower);
	return false;
}

/**
 * Whether a comma comes after word `i` before any auxiliary or the sentence's end, and the clause
 * the aside interrupted goes on after it ("The warehouse, built in 1911, had been vacant"; not
 * "Pele, … of all time, died on Thursday at the age of 82, his family said").
 */
function closesBeforeVerb(words: readonly Word[], i: number): boolean {
	for (let k = i + 1; k < words.length; k++) {
		if (words[k].text === ',') {
			// What follows the closing comma goes on with the clause, not a short attribution
			// that ends the sentence ("…, his family said.").
			let end = k + 1;
			while (end < words.length && !/^[.;!?]$/.test(words[end].text)) end++;
			return !(end - k <= 5 && isVerb(words[end - 1]));
		}
		if (words[k].pos === 'AUX' || /^[.;:!?]$/.test(words[k].text)) return false;
	}
	return false;
}

/**
 * Whether the noun phrase ending at `i` is a subject, not the object of a preposition: "Rebels
 * captured …", "when Hamas invaded" and "The commander of a resistance force said" are clauses;
 * "for the quarter ended Aug. 26" and "within 70 points of its record high set on Aug. 6" are
 * not. An "of" inside a noun phrase ("commander of a force") is read through.
 */
function nounPhraseStartsAt(words: readonly Word[], i: number): boolean {
	for (let j = i - 1; j >= 0; j--) {
		const pos = words[j].pos;
		if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN')
			continue;
		if (pos === 'PART' && /^['’]s$/.test(words[j].lower)) continue;
		if (words[j].lower === 'of' && /^(?:NOUN|PROPN)$/.test(words[j - 1]?.pos ?? '')) continue;
		return pos !== 'ADP';
	}
	return true;
}

/**
 * Whether the past form at `i` is the only verb its clause can have: "The old bridge over the
 * river collapsed on Thursday, police said" opens on a noun phrase (a preposition inside it) and
 * has no other verb before the next comma, so "collapsed" is the verb, not a participle on
 * "river" ("for the quarter ended Aug. 26" opens on its preposition; "earnings for the quarter
 * ended Aug. 26 rose" has its verb after).
 */
function subjectOnly(words: readonly Word[], i: number): boolean {
	let j = i - 1;
	while (j >= 0 && /^(?:DET|ADJ|NUM|NOUN|PROPN|ADP|PART)$/.test(words[j].pos)) j--;
	const first = words[j + 1];
	if (!first || first.pos === 'ADP' || (j >= 0 && !/^[,;:—–-]$|^--$/.test(words[j].text)))
		return false;
	for (let k = i + 1; k < words.length; k++) {
		const word = words[k];
		if (/^[,;:.!?]$/.test(word.text)) break;
		if (
			word.pos === 'AUX' ||
			(word.pos === 'VERB' && !isVerb(words[k - 1]) && words[k - 1].lower !== 'to')
		)
			return false;
	}
	return true;
}

/**
 * Whether an auxiliary comes after the past form at `i` with only a noun phrase between, which
 * makes the past form a participle on the noun before it (a reduced relative clause): "The man
 * arrested Friday night is expected to face charges", "The officers charged in the case, Lane,
 * Kueng and Thao, are scheduled …". A conjunction, relative pronoun or other verb between ends
 * the look ("Prices rose in March and are expected …").
 */
function auxiliaryAhead(words: readonly Word[], i: number): boolean {
	for (let k = i + 1; k < words.length && k < i + 25; k++) {
		const word = words[k];
		if (word.pos === 'AUX') {
			const before = words[k - 1];
			return word.lemma !== 'be' || !/^(?:be|been|being)$/.test(word.lower)
				? before.text === ',' || /^(?:NOUN|PROPN|NUM)$/.test(before.pos)
				: false;
		}
		if (word.pos === 'CCONJ' && isVerb(words[k + 1])) return false;
		if (/^(?:NOUN|PROPN|NUM|ADJ|DET|ADP|CCONJ)$/.test(word.pos)) continue;
		if (word.text === ',' || (word.pos === 'PART' && /^['’]s$/.test(word.lower))) continue;
		if (word.abbreviation) continue;
		return false;
	}
	return false;
}

/** Whether any word from `from` to `to` (indices, end exclusive) is a finite verb. */
export function hasFiniteVerb(words: readonly Word[], from = 0, to = words.length): boolean {
	for (let i = from; i < to; i++) if (isFinite(words, i)) return true;
	return false;
}

/**
 * Whether a stretch of text has a verb that makes it a clause ("scores of trucks streamed
 * north", "it will close"); "scores of trucks" and "for the fourth quarter ended" have none.
 */
export function hasVerb(text: string): boolean {
	return hasFiniteVerb(tag(text));
}

export type Tense = 'future' | 'past' | 'present';

/**
 * The tense of the verb group that ends at `words[i]` (the group is the run of verbs, adverbs
 * and "to" before it): future with "will", a modal before a bare verb ("could begin"), "going
 * to" or "is to"; past with a past form first in the group ("had closed", "was killed",
 * "said"); present otherwise. "could have begun" is past.
 */
export function groupTense(words: readonly Word[], i: number): Tense {
	let first = i;
	while (
		first > 0 &&
		(isVerb(words[first - 1]) ||
			words[first - 1].pos === 'ADV' ||
			words[first - 1].pos === 'PART' ||
			(words[first - 1].lower === 'to' && isVerb(words[first - 2])))
	)
		first--;
	const group = words.slice(first, i + 1).filter(isVerb);
	const lead = group[0];
	if (!lead) return 'present';
	if (isModal(lead)) {
		// "could have begun", "would have been": a modal over a perfect looks back.
		const perfect = group[1]?.lemma === 'have' && group[2] && isPastForm(group[2]);
		if (perfect) return 'past';
		// "Neither he nor his wife could be located Wednesday": a denied "could" is the past of
		// "can"; "the pressure could begin anew Saturday" looks ahead.
		if (lead.lemma === 'could' && negated(words, first, i)) return 'past';
		// "must" and "should" oblige and "can" allows, now: they say nothing of when.
		return FUTURE_MODALS.has(lead.lemma) ? 'future' : 'present';
	}
	// "is going to", "are to meet", "was to have met".
	if (group.some((w) => w.lower === 'going') && words[i + 1]?.lower === 'to') return 'future';
	if (lead.lemma === 'be' && words[first + 1]?.lower === 'to' && !isPastForm(lead)) return 'future';
	return isPastForm(lead) ? 'past' : 'present';
}

// Modals that put what they govern ahead: "will meet", "would resume", "could begin", "may end".
const FUTURE_MODALS = new Set([
	'will',
	'shall',
	'would',
	'could',
	'may',
	'might',
	"'ll",
	'’ll',
	'wo'
]);

/** Whether a "not", "never", "neither" or "nor" comes in the group or the few words before it. */
function negated(words: readonly Word[], first: number, last: number): boolean {
	for (let j = Math.max(0, first - 6); j <= last + 1 && j < words.length; j++)
		if (/^(?:not|n['’]t|never|neither|nor|no)$/.test(words[j].lower)) return true;
	return false;
}

/** The finite verbs of `words` from `from` to `to`, as the index of each group's last verb. */
export function verbGroups(words: readonly Word[], from = 0, to = words.length): number[] {
	const groups: number[] = [];
	for (let i = from; i < to; i++) {
		if (!isVerb(words[i])) continue;
		let last = i;
		while (
			last + 1 < to &&
			(isVerb(words[last + 1]) ||
				(words[last + 1].pos === 'ADV' && isVerb(words[last + 2])) ||
				(words[last + 1].pos === 'PART' && /^(?:not|n['’]t)$/.test(words[last + 1].lower)))
		)
			last++;
		if (hasFiniteVerb(words, i, last + 1)) groups.push(last);
		i = last;
	}
	return groups;
}

/**
 * The stretch of `text` around offset `at` that its sentence holds, at most `back` characters
 * before and `ahead` after: from the last sentence end before it (a full stop not after an
 * abbreviation, a "!" or "?", a line break or a semicolon) to the next. The window the tense of
 * a date is read in.
 */
export function sentenceWindow(
	text: string,
	at: number,
	back = 160,
	ahead = 160
): { start: number; end: number } {
	const from = Math.max(0, at - back);
	const before = text.slice(from, at);
	let start = from;
	for (const match of before.matchAll(BREAK)) {
		if (match[0][0] === '.' && endsOnAbbreviation(before, match.index)) continue;
		start = from + match.index + match[0].length;
	}
	const after = text.slice(at, at + ahead);
	let end = at + after.length;
	for (const match of after.matchAll(BREAK)) {
		if (match[0][0] === '.' && endsOnAbbreviation(after, match.index)) continue;
		end = at + match.index + 1;
		break;
	}
	return { start, end };
}

// A sentence's end: an end mark and closing quotes before a space, a line break, a semicolon.
const BREAK = /[.!?]["'’”)]*\s+|\n|;\s/g;

/** Whether the full stop at `dot` of `text` ends an abbreviation ("Gen.", "U.S.", "a.m."). */
export function endsOnAbbreviation(text: string, dot: number): boolean {
	const word = /(?:^|[^A-Za-z0-9.])([A-Za-z][A-Za-z.]{0,10})$/.exec(
		text.slice(Math.max(0, dot - 12), dot)
	)?.[1];
	return word !== undefined && isAbbreviation(word);
}
