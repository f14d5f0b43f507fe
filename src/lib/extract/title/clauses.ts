/**
 * Clauses of a tagged sentence, and the step that picks the one a title is drawn from: the
 * clause that carries the date, or, when that clause has no verb of its own ("On Thursday,"),
 * the clause it dates.
 */
import { isFinite, isPastForm, isVerb } from '../grammar';
import type { Word } from '../language';
import { isComma, isNoun, keepsVerb, type Draft, type TitleStep } from './draft';
import { isDash } from './phrase';

/**
 * Subordinating conjunctions: the closed class of words that open a clause inside another
 * ("after fighters captured the town", "when Hamas invaded"). The tagger reads most of them as
 * prepositions or adverbs too, so a word here opens a clause only when a subject and a finite
 * verb follow it.
 */
const SUBORDINATORS = new Set([
	'after',
	'before',
	'when',
	'while',
	'because',
	'since',
	'until',
	'as',
	'although',
	'though',
	'once',
	'whereas',
	'if',
	'unless',
	'where'
]);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that']);

/** Whether a subject and a finite verb follow word `i` before the next comma or clause mark. */
function clauseFollows(words: readonly Word[], i: number): boolean {
	let subject = false;
	for (let j = i + 1; j < words.length && j < i + 16; j++) {
		const word = words[j];
		// "after speculators -- including Kerry Packer -- surfaced": past an aside in dashes.
		if (isDash(words, j)) {
			const close = pairedDash(words, j);
			if (close < 0) return false;
			j = close;
			continue;
		}
		// "and a second line, Baltic Star, said": past a name set off by commas after its noun.
		if (subject && isComma(word)) {
			const close = appositiveEnd(words, j);
			if (close > 0) {
				j = close;
				continue;
			}
		}
		if (isComma(word) || /^[;:]$/.test(word.text)) return false;
		if (isFinite(words, j)) return subject;
		// "once calm returned": the tagger's adjective right before the verb is its subject.
		if (isNoun(word) || word.pos === 'NUM' || (word.pos === 'ADJ' && isFinite(words, j + 1)))
			subject = true;
		// "after the runaway well was capped": an article right after the subordinator opens
		// its subject, whatever the tagger makes of the words after it ("well" as an adverb).
		if (j === i + 1 && word.pos === 'DET' && /^(?:the|a|an)$/.test(word.lower)) subject = true;
	}
	return false;
}

/** Nouns and what names them: the words of an appositive ("Baltic Star", "the port's owner"). */
const APPOSITIVE = /^(?:NOUN|PROPN|DET|ADJ|NUM|PART)$/;

/**
 * The comma that closes an appositive opened by the comma at `comma` (a noun phrase of at most
 * six words, without a verb: ", Baltic Star,"), or -1.
 */
function appositiveEnd(words: readonly Word[], comma: number): number {
	for (let j = comma + 1; j < words.length && j <= comma + 7; j++) {
		if (isComma(words[j])) return j > comma + 1 && words.slice(comma + 1, j).some(isNoun) ? j : -1;
		if (!APPOSITIVE.test(words[j].pos)) return -1;
	}
	return -1;
}

/**
 * Whether the "that" at `i` is a relative pronoun: after a noun, with a verb right after it
 * ("the rig that had burned"). A "that" which opens a clause of its own has a subject after it
 * ("word that the burns would go ahead"); the tagger reads both as a subordinator.
 */
export function relativeThat(words: readonly Word[], i: number): boolean {
	return words[i]?.lower === 'that' && isNoun(words[i - 1]) && verbFollows(words, i);
}

/** Whether a finite verb comes anywhere after word `i`, before a semicolon or colon. */
function verbAhead(words: readonly Word[], i: number): boolean {
	for (let j = i + 1; j < words.length && !/^[;:]$/.test(words[j].text); j++)
		if (isFinite(words, j)) return true;
	return false;
}

/** Whether a finite verb comes right after word `i` (adverbs between): "and was found". */
function verbFollows(words: readonly Word[], i: number): boolean {
	let j = i + 1;
	while (words[j]?.pos === 'ADV') j++;
	return isFinite(words, j);
}

/**
 * Where each clause of the sentence starts (word indices, the first 0): after a semicolon,
 * colon or dash; at a subordinator or relative pronoun that opens a clause; at "and" or "but"
 * with a verb of its own; and where a second verb group follows a relative clause without a
 * conjunction ("Protesters who ousted the president | returned to the square").
 */
export function clauseStarts(words: readonly Word[]): number[] {
	const starts = [0];
	// The kind of clause open: a relative one ends where the verb it interrupted comes, a
	// subordinate one at a comma before a clause of its own.
	const state: { kind: 'main' | 'relative' | 'subordinate'; verbs: number; saying: boolean } = {
		kind: SUBORDINATORS.has(words[0]?.lower ?? '') ? 'subordinate' : 'main',
		verbs: 0,
		saying: false
	};
	const open = (i: number, kind: typeof state.kind = 'main') => {
		if (i > starts[starts.length - 1] && i < words.length) starts.push(i);
		state.kind = kind;
		state.verbs = 0;
		state.saying = false;
	};
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		if (isDash(words, i)) {
			// "speculators -- including Kerry Packer -- surfaced": a pair of dashes around words
			// without a verb is an aside, not a clause break.
			const close = pairedDash(words, i);
			if (close > 0) i = close;
			else open(i + 1);
		} else if (/^[;:]$/.test(word.text)) open(i + 1);
		else if (SUBORDINATORS.has(word.lower) && clauseFollows(words, i)) open(i, 'subordinate');
		else if (
			word.lower === 'that' &&
			word.pos === 'SCONJ' &&
			// "expected to update that figure Tuesday": a "that" with no verb in the rest of the
			// sentence is the noun's determiner, and opens nothing.
			verbAhead(words, i)
		)
			// "The rig that had burned for a day sank": a "that" with a verb right after it has no
			// subject of its own to open a "that" clause with: it is a relative pronoun on the noun
			// before it, whatever the tagger made of it.
			open(i, relativeThat(words, i) ? 'relative' : 'main');
		else if (
			RELATIVES.has(word.lower) &&
			(word.pos === 'PRON' || word.pos === 'DET') &&
			i > 0 &&
			// "Something like that is unlikely", "because of that, prices rose": a "that" after a
			// preposition is what the preposition governs ("in which" still opens a clause).
			!(word.lower === 'that' && words[i - 1].pos === 'ADP') &&
			(verbFollows(words, i) || clauseFollows(words, i))
		)
			// "officials said Thursday that water was pouring … faster than they had estimated": a
			// "that" after a verb of saying opens what was said, not a relative clause that ends
			// at its second verb.
			open(i, word.lower === 'that' && afterSaying(words, i) ? 'main' : 'relative');
		else if (
			word.pos === 'CCONJ' &&
			(verbFollows(words, i) ||
				((isComma(words[i - 1]) || butAfterVerb(words, i, state.verbs)) && clauseFollows(words, i)))
		)
			// "who won three World Cups and was regarded as the greatest, | died": a verb joined
			// inside a relative clause is still the relative clause's.
			open(i, state.kind === 'relative' && verbFollows(words, i) ? 'relative' : 'main');
		else if (
			state.kind === 'subordinate' &&
			isComma(word) &&
			clauseFollows(words, i) &&
			state.verbs > 0
		)
			open(i + 1);
		else if (
			isFinite(words, i) &&
			!isVerb(words[i - 1]) &&
			!adverbAfterVerb(words, i) &&
			// "killed an estimated two million": a verb form after an article modifies a noun.
			words[i - 1]?.pos !== 'DET'
		) {
			state.verbs++;
			if (state.verbs === 1) state.saying = SAYS.has(word.lemma);
			// "Protesters who ousted the president | returned to the square", "MindSpring, which
			// provided the space, | closed it": a relative clause ends where the verb it
			// interrupted comes (not in what it reports: "who said the talks failed").
			if (state.kind === 'relative' && state.verbs === 2 && !state.saying) open(i);
		}
	}
	return starts;
}

/**
 * Whether a clause of its own opens at word `i`, after a comma: a subordinator or "but" with a
 * subject and a finite verb after it ("…, the Coast Guard said Friday, | though officials were
 * trying to contain it").
 */
export function trailingClause(words: readonly Word[], i: number): boolean {
	const word = words[i];
	return (
		word !== undefined &&
		isComma(words[i - 1]) &&
		(SUBORDINATORS.has(word.lower) || word.lower === 'but') &&
		clauseFollows(words, i)
	);
}

/**
 * "Figures were not available but two traders put the trade at $11 million in 2008": a "but"
 * after a clause with its verb, with a subject and verb after it, opens a clause without a
 * comma before it too ("and" is left to its comma: "said prices and wages rose" is one clause).
 */
function butAfterVerb(words: readonly Word[], i: number, verbs: number): boolean {
	if (words[i].lower !== 'but' || verbs === 0) return false;
	// "It is a long season but today we are winning": a pronoun subject is the first clause's
	// own ("we" names nothing alone), and the two stay one.
	for (let j = i + 1; j < words.length && !isFinite(words, j); j++)
		if (words[j].pos === 'PRON') return false;
	return true;
}

/**
 * Whether word `i` comes right after a verb of saying, past its date or setting ("said
 * Thursday", "announced on Monday").
 */
function afterSaying(words: readonly Word[], i: number): boolean {
	let j = i - 1;
	while (j > 0 && j > i - 5 && /^(?:ADV|ADP|PROPN|NUM)$/.test(words[j].pos)) j--;
	return isVerb(words[j]) && SAYS.has(words[j].lemma);
}

/**
 * Whether adverbs stand between word `i` and a verb before it: "was widely regarded", and "not"
 * too, which the tagger calls a particle ("The man, who was not named, | was taken" had opened
 * a clause at "named").
 */
function adverbAfterVerb(words: readonly Word[], i: number): boolean {
	let j = i - 1;
	while (words[j]?.pos === 'ADV' || /^(?:not|n['’]t)$/.test(words[j]?.lower ?? '')) j--;
	return j < i - 1 && isVerb(words[j]);
}

// Verbs whose object is a clause of its own ("who said the talks failed").
const SAYS = new Set(['say', 'tell', 'think', 'believe', 'know', 'announce', 'report', 'claim']);

/** The index of the dash that closes an aside opened by the dash at `i`, or -1. */
export function pairedDash(words: readonly Word[], i: number): number {
	for (let j = i + 1; j < words.length && j < i + 15; j++) {
		if (isDash(words, j)) return j > i + 1 ? j : -1;
		// "a flood -- apparently caused by the storms -- reached": a past participle that opens
		// the aside (adverbs before it) is no verb of a clause.
		const participle = isPastForm(words[j]) && words.slice(i + 1, j).every((w) => w.pos === 'ADV');
		if ((isFinite(words, j) && !participle) || /^[.;:]$/.test(words[j].text)) return -1;
	}
	return -1;
}

/** The clause `[from, to)` of `starts` that holds word `i`. */
export function clauseAt(starts: number[], length: number, i: number): [number, number] {
	let k = 0;
	while (k + 1 < starts.length && starts[k + 1] <= i) k++;
	return [starts[k], starts[k + 1] ?? length];
}

/**
 * "since Oct. 7, 2023, when Hamas invaded Israel": a when-clause right after the date says what
 * happened on it.
 */
export const whenClause: TitleStep = {
	name: 'whenClause',
	reshapes: true,
	run(draft) {
		const { words, date } = draft;
		let i = date.last;
		if (isComma(words[i])) i++;
		// "It was the day before Easter in 2019 when a fisherman found the whale": a sentence
		// that puts its date first ("it was", "it is") says what happened in its "when" clause,
		// past a phrase that holds another date.
		if (cleft(words, date.first))
			while (i < date.last + 6 && words[i] && words[i].lower !== 'when' && !isFinite(words, i)) i++;
		// A "when" right after a date always opens a clause, whatever the tagger makes of its
		// words ("when mill dams cut", "when heavy snow melted"): two words or more will do.
		if (words[i]?.lower !== 'when') return;
		let to = i + 1;
		while (to < words.length && !isComma(words[to]) && !/^[;:.!?]$/.test(words[to].text)) to++;
		if (to - i < 3) return;
		draft.from = i + 1;
		draft.to = to;
		draft.clause = true;
	}
};

/** Whether the sentence opens "It was" or "It is" with the date at word `first` right after. */
function cleft(words: readonly Word[], first: number): boolean {
	return (
		words[0]?.lower === 'it' &&
		words[1]?.lemma === 'be' &&
		first >= 2 &&
		first <= 3 &&
		!isComma(words[first - 1])
	);
}

/**
 * The clause that carries the date; when it has no verb besides the date ("Since 1985 _ when
 * the Israelis created a buffer zone _"), the clause after it when it opens the sentence, else
 * the nearest one before it with a verb.
 */
export const dateClause: TitleStep = {
	name: 'dateClause',
	reshapes: true,
	run(draft) {
		const { words, date } = draft;
		if (draft.from > 0 || draft.to < words.length) return;
		const starts = clauseStarts(words);
		let at = Math.min(date.first, words.length - 1);
		// A date inside a dateline left out ("… shops clear shelves DUBAI, April 30 (Reuters) -
		// The UAE has …"): the clause is the story's first, not the glued headline's.
		while (draft.out.has(at) && at + 1 < words.length) at++;
		const [from, to] = clauseAt(starts, words.length, at);
		draft.from = from;
		draft.to = to;
		const k = starts.indexOf(from);
		// "A fire engulfed the cathedral as it was undergoing renovations Monday": an "as" or
		// "while" clause in the progressive, after the main one, tells what was going on when it
		// happened ("while Mbappe hit a hat-trick" is a happening of its own).
		if (k > 0 && /^(?:as|while)$/.test(words[from].lower) && progressive(words, from, to)) {
			const [f, t] = clauseAt(starts, words.length, starts[k - 1]);
			if (keepsVerb({ ...draft, from: f, to: t })) {
				draft.from = f;
				draft.to = t;
				return;
			}
		}
		if (ownVerb(draft)) return;
		const order =
			k === 0 || !hasVerbBefore(words, from)
				? [...starts.slice(k + 1), ...starts.slice(0, k).reverse()]
				: [...starts.slice(0, k).reverse(), ...starts.slice(k + 1)];
		for (const start of order) {
			const [f, t] = clauseAt(starts, words.length, start);
			// "The 2023 flood, which peaked in April, caused …": the verb the subject takes, not
			// the relative clause between.
			if (start > from && RELATIVES.has(words[start].lower) && start !== starts[starts.length - 1])
				continue;
			if (keepsVerb({ ...draft, from: f, to: t })) {
				draft.from = f;
				draft.to = t;
				return;
			}
		}
	}
};

/** Whether a form of "be" and an "-ing" verb make the verb group of words `from` to `to`. */
function progressive(words: readonly Word[], from: number, to: number): boolean {
	for (let i = from; i < to - 1; i++)
		if (words[i].lemma === 'be' && isFinite(words, i)) {
			let j = i + 1;
			while (words[j]?.pos === 'ADV') j++;
			return words[j]?.pos === 'VERB' && /ing$/.test(words[j].lower);
		}
	return false;
}

/** Whether the clause has a finite verb outside the date. */
function ownVerb(draft: Draft): boolean {
	for (let i = draft.from; i < draft.to; i++)
		if ((i < draft.date.first || i >= draft.date.last) && isFinite(draft.words, i)) return true;
	return false;
}

function hasVerbBefore(words: readonly Word[], i: number): boolean {
	for (let j = 0; j < i; j++) if (isFinite(words, j)) return true;
	return false;
}
