/**
 * Whether a clause speaks of the future, for expressions that name a day or month without
 * saying which one ("Friday", "in April"): news mostly looks back, unless the verb that governs
 * the expression says otherwise. The verbs and their tense are read from the language layer's
 * tags (`grammar.ts`) over the sentence around the expression, tagged once and remembered.
 */
import {
	groupTense,
	hasVerb as clauseHasVerb,
	isFinite,
	isPastForm,
	isVerb,
	sentenceWindow,
	verbGroups,
	type Tense
} from './grammar';
import { tag, type Word } from './language';

// Words right before the expression that point forward: "as early as Tuesday", "until Friday".
// "planned for March" looks ahead even in the past tense, and so does "effective Feb. 1". A
// clock time may stand between: "until 9 a.m. EST Tuesday". These are prepositions of time,
// whose meaning no tag gives.
const FORWARD =
	/\b(?:as\s+(?:early|soon)\s+as|until|till|next|this\s+coming|effective|(?:planned|scheduled|set|slated|due)\s+for)\s+(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:[A-Z]{2,4}\s+)?)?$/i;

// Verbs and adjectives of schedule whose "to" looks ahead: "is expected to resume", "plans to
// sell", "is due to expire", "the scheduled vote". Meanings, not parts of speech.
const SCHEDULE = new Set([
	'expect',
	'schedule',
	'set',
	'slate',
	'plan',
	'intend',
	'hope',
	'aim',
	'due',
	'upcoming',
	'forthcoming',
	'scheduled',
	'slated',
	'planned',
	'planning'
]);

// Verbs that arrange what is to come, whatever their own tense: "has scheduled a news
// conference Thursday", "Protesters planned a march on Saturday".
const ARRANGE = new Set(['plan', 'schedule', 'slate']);

// Verbs of saying: a statement in the present ("says") is no schedule.
const SAYING = new Set(['say', 'tell', 'report', 'announce', 'claim', 'insist']);

/** The tagged words of the sentence around `at`, and where `at` falls among them. */
interface Around {
	words: readonly Word[];
	/** Offset of the window in the text. */
	start: number;
	/** Index of the first word at or after `at`. */
	at: number;
}

// The windows of the text last read: the tense of one date is asked by several rules (a
// weekday's, a condition's, a habit's), each finding its sentence's ends and looking its
// tagging up again (issue 12). Keyed by the text itself, so another text starts afresh.
// A rule whose words cannot be in the window (no "if" for a condition) answers from its text,
// and the window is tagged only for the rules that need its words.
let windowsOf = '';
const windows = new Map<string, Around>();
const spans = new Map<string, Span>();

/** A stretch of the text: `text.slice(start, end)`. */
interface Span {
	start: number;
	end: number;
}

/** The stretch of the sentence around `at` (see `sentenceWindow`), found once per text. */
function spanAround(text: string, at: number, back = 160, ahead = 160): Span {
	if (text !== windowsOf) {
		windowsOf = text;
		windows.clear();
		spans.clear();
	}
	const key = `${at} ${back} ${ahead}`;
	let known = spans.get(key);
	if (!known) spans.set(key, (known = sentenceWindow(text, at, back, ahead)));
	return known;
}

/** The tagged words of the stretch around `at`, tagged once per text. */
function around(text: string, at: number, back = 160, ahead = 160): Around {
	const window = spanAround(text, at, back, ahead);
	const key = `${at} ${back} ${ahead}`;
	let known = windows.get(key);
	if (!known) windows.set(key, (known = windowAround(text, window, at)));
	return known;
}

function windowAround(text: string, window: Span, at: number): Around {
	const words = tag(text.slice(window.start, window.end));
	const local = at - window.start;
	let i = 0;
	while (i < words.length && words[i].end <= local) i++;
	return { words, start: window.start, at: i };
}

/**
 * The words of the clause before `at`, without a relative clause between commas ("The sale,
 * which had been expected, is part of a plan to repay the loan by February": "which had been
 * expected" does not govern "February").
 */
function clauseBefore({ words, at }: Around): Word[] {
	const kept: Word[] = [];
	let aside = false;
	for (let i = 0; i < at; i++) {
		const word = words[i];
		if (word.text === ',' && /^(?:which|who|whose|whom)$/.test(words[i + 1]?.lower ?? '')) {
			// Only an aside that closes before the date: "…, which is traded in London and is to
			// resume trading in Paris Tuesday" governs it.
			let close = i + 1;
			while (close < at && words[close].text !== ',') close++;
			aside = close < at;
			if (aside) continue;
		}
		if (aside) {
			if (word.text === ',') aside = false;
			continue;
		}
		kept.push(word);
	}
	return kept;
}

/** The tense a verb group says, with schedules read as future: "is expected to resume". */
function tenseOf(words: readonly Word[], last: number, plain = false): Tense {
	const tense = groupTense(words, last);
	if (tense === 'future') return tense;
	const verb = words[last];
	const next = words[last + 1];
	// "had been due to expire Friday", "had been scheduled": a schedule that has passed.
	if (words.slice(Math.max(0, last - 3), last).some((w) => w.lower === 'had')) return tense;
	// "is expected to", "plans to", "is set to resume", "are due in court"; "Protesters planned
	// a march on Saturday": a plan looks ahead whatever its own tense. Opening a sentence, a
	// plan in the past ("On Monday, they planned to …") is past; a passive in the present ("On
	// Wednesday, a professor is scheduled to testify") is still to come.
	const aux = words[last - 1];
	const presentPassive = aux?.pos === 'AUX' && aux.lemma === 'be' && !isPastForm(aux);
	if (plain && isPastForm(verb) && !presentPassive) return tense;
	if (
		(SCHEDULE.has(verb.lemma) || SCHEDULE.has(verb.lower)) &&
		(next?.lower === 'to' || next?.lower === 'for' || ARRANGE.has(verb.lemma))
	)
		return 'future';
	if (verb.lemma === 'be' && next?.lower === 'due') return isPastForm(verb) ? 'past' : 'future';
	return tense;
}

/**
 * What speaks of time in a clause, in order: each verb group with its tense, and each word of
 * schedule that needs no verb ("the slated visit", "the upcoming summit"), which is future.
 */
function markers(words: readonly Word[]): Marker[] {
	const found: Marker[] = verbGroups(words).map((last) => ({
		at: last,
		tense: tenseOf(words, last),
		bare: words[last].lower === words[last].lemma && !isVerb(words[last - 1])
	}));
	words.forEach((word, at) => {
		// "a block of shares issued July 1", "the accord signed in May": a participle on a noun
		// dates it in the past, though it makes no clause.
		if (
			word.pos === 'VERB' &&
			isPastForm(word) &&
			/^(?:NOUN|PROPN)$/.test(words[at - 1]?.pos ?? '') &&
			!isFinite(words, at)
		)
			found.push({ at, tense: 'past', bare: false });
		// "can take part in planning for the summit in April".
		if (
			word.pos === 'NOUN' &&
			SCHEDULE.has(word.lower) &&
			/^(?:for|to)$/.test(words[at + 1]?.lower ?? '')
		)
			found.push({ at, tense: 'future', bare: false });
		// Only on a noun: "was due on Wednesday" is the verb group's, read above.
		else if (
			(word.pos === 'ADJ' || (word.pos === 'VERB' && words[at - 1]?.pos === 'DET')) &&
			SCHEDULE.has(word.lower) &&
			/^(?:NOUN|ADJ|PROPN)$/.test(words[at + 1]?.pos ?? '')
		)
			found.push({ at, tense: 'future', bare: false });
	});
	return found.sort((a, b) => a.at - b.at);
}

/** A verb group or word of schedule; `bare` when its verb is in the form of its lemma. */
interface Marker {
	at: number;
	tense: Tense;
	bare: boolean;
}

/**
 * True when a verb of schedule in the present comes right before offset `at`: "He and Arafat
 * meet separately Monday", "the trial opens Tuesday", "when the case is heard in May". News
 * reports what happened in the past tense; a present verb that governs a day plans it.
 */
export function scheduledBefore(text: string, at: number): boolean {
	const near = around(text, at, 60, 0);
	const { words } = near;
	let i = near.at - 1;
	// Up to three words between the verb and the date: "separately", "again", "in court", "on".
	let between = 0;
	while (i >= 0 && !isVerb(words[i]) && between < 4) {
		const pos = words[i].pos;
		if (pos === 'PUNCT' || pos === 'SCONJ' || pos === 'CCONJ' || pos === 'VERB') return false;
		i--;
		between++;
	}
	const verb = words[i];
	if (!isVerb(verb) || verb.pos === 'AUX' || SAYING.has(verb.lemma)) return false;
	// The verb's group: "is heard", "are held" (a passive in the present), or the verb alone.
	let first = i;
	while (first > 0 && (words[first - 1].pos === 'AUX' || words[first - 1].pos === 'ADV')) first--;
	const auxiliaries = words.slice(first, i).filter((w) => w.pos === 'AUX');
	if (auxiliaries.length > 1) return false;
	const aux = auxiliaries[0];
	if (aux && !(aux.lemma === 'be' && isFinite(words, words.indexOf(aux)) && !isPastForm(aux)))
		return false;
	if (aux ? !isPastForm(verb) : isPastForm(verb) || /ing$/.test(verb.lower)) return false;
	// "isolated in a hospital ward on Saturday": a bare verb does not agree with a singular noun
	// that has its article; the tagger read the end of a compound noun as a verb.
	const noun = words[first - 1];
	if (
		!aux &&
		noun?.pos === 'NOUN' &&
		noun.lower === noun.lemma &&
		verb.lower === verb.lemma &&
		/^(?:DET|ADJ)$/.test(words[first - 2]?.pos ?? '')
	)
		return false;
	// A verb with its subject before it: "Arafat meet", "the trial opens", "the case is heard";
	// not an infinitive ("to expire Friday"), nor a participle after a comma ("a communique,
	// read Wednesday night") or a coordinated verb ("and set Friday as the deadline").
	return /^(?:NOUN|PROPN|PRON)$/.test(words[first - 1]?.pos ?? '');
}

/** True when the clause before offset `at` of `text` speaks of the future. */
export function speaksOfFuture(text: string, at: number): boolean {
	if (FORWARD.test(text.slice(Math.max(0, at - 40), at))) return true;
	return markers(clauseBefore(around(text, at))).some((m) => m.tense === 'future');
}

// Words right before the expression that point back: "on patrol since March", "the year ended
// Jan. 31".
const BACKWARD = /\b(?:since|ended)\s+$/i;

/** True when the words right before offset `at` of `text` point back ("since March", "ended Jan. 31"). */
export function pointsBack(text: string, at: number): boolean {
	return BACKWARD.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * True when the clause before offset `at` of `text` speaks of the past: a past auxiliary or
 * copula ("was arrested in January", "had closed by March"), a past verb that governs the date
 * directly ("rose in September", with nothing but adverbs, prepositions and determiners
 * between), or "ago", "earlier" or "last". A past verb with its own object between ("told oil
 * companies of a cutback in September", "announced an agreement to acquire the bank in
 * January") dates its object, which may lie ahead.
 */
export function speaksOfPast(text: string, at: number): boolean {
	const clause = clauseBefore(around(text, at));
	let near = true;
	for (let i = clause.length - 1; i >= 0; i--) {
		const w = clause[i];
		if (/^(?:ago|earlier|last)$/.test(w.lower)) return true;
		if (isFinite(clause, i) && isPastForm(w) && (w.pos === 'AUX' || near)) return true;
		if (!/^(?:ADV|ADP|DET|NUM|PART|ADJ)$/.test(w.pos)) near = false;
	}
	return false;
}

/**
 * The tense of the verb that governs an expression at offset `at`: the nearest future or past
 * verb group before it in its clause, so "said it will meet Friday" is future and "would appeal
 * the decision, announced Wednesday" past. Undefined when the clause has neither.
 */
export function governingTense(text: string, at: number): 'future' | 'past' | undefined {
	if (FORWARD.test(text.slice(Math.max(0, at - 40), at)) || scheduledBefore(text, at))
		return 'future';
	const clause = clauseBefore(around(text, at));
	const said = markers(clause);
	// The nearest verb governs. A bare form ("and set Friday as the deadline", "and meet
	// ministers Friday") has no tense of its own: it takes that of a verb before it. An
	// infinitive ("to fall on Sunday") is not done yet: under a verb in the present ("are
	// forecast to fall", "is likely to take place", "wants to hold") it looks ahead.
	for (let m = said.length - 1; m >= 0; m--) {
		const { tense, bare, at: verb } = said[m];
		if (tense !== 'present') return tense;
		if (!bare) return infinitiveAfter(clause, verb) ? 'future' : undefined;
	}
	return clause.some((w) => w.lower === 'ago') ? 'past' : undefined;
}

/**
 * Whether "to" and a verb follow the verb group ending at `verb`, a group with "be" ("is likely
 * to take", "are forecast to fall", "is ready to sign"), an adjective or adverb between at most.
 * A group of one word may be a plural the tagger read as a verb ("the first countries to
 * accede"), whose infinitive no verb governs.
 */
function infinitiveAfter(clause: readonly Word[], verb: number): boolean {
	let first = verb;
	while (first > 0 && /^(?:AUX|ADV)$/.test(clause[first - 1].pos)) first--;
	const be = clause.slice(first, verb + 1).some((w) => w.pos === 'AUX' && w.lemma === 'be');
	if (!be) return false;
	let i = verb + 1;
	while (i < verb + 3 && /^(?:ADJ|ADV)$/.test(clause[i]?.pos ?? '')) i++;
	return clause[i]?.lower === 'to' && clause[i].pos === 'PART' && clause[i + 1]?.pos === 'VERB';
}

/**
 * The tense of the verb after an expression that opens its sentence: "On Tuesday, the league
 * will hold a rally" is future. Undefined when something comes before the expression in its
 * clause, or no verb follows it. Only a plain future counts ("will", "is to", "plans to", a
 * modal other than "would"): "planned to" there is past.
 */
export function openingTense(
	text: string,
	start: number,
	end: number
): 'future' | 'past' | undefined {
	const ahead = 200 + (end - start);
	if (wordsBefore(text, spanAround(text, start, 160, ahead), start) > 1) return undefined;
	const near = around(text, start, 160, ahead);
	const { words } = near;
	const before = words.slice(0, near.at);
	if (
		before.some(
			(w) =>
				!OPENING.test(w.lower) && w.pos !== 'PUNCT' && !(w.pos === 'CCONJ' && before.length === 1)
		)
	)
		return undefined;
	const local = end - near.start;
	let from = near.at;
	while (from < words.length && words[from].start < local) from++;
	const groups = verbGroups(words, from);
	if (!groups.length) return undefined;
	const last = groups[0];
	const tense = tenseOf(words, last, true);
	if (tense === 'future') {
		let first = last;
		while (first > from && isVerb(words[first - 1])) first--;
		return words[first].lower === 'would' ? undefined : 'future';
	}
	return tense === 'past' ? 'past' : undefined;
}

// The words that may come before an expression that opens its clause (see `openingTense`).
const OPENING = /^(?:on|in|by|early|late|until|since)$/;

/**
 * How many words of the window before `start` are none of `OPENING`'s, counted without tagging:
 * stretches between spaces, wholly before `start`, that hold a run of letters or digits other
 * than those words. Each holds a word of its own that is no punctuation, so with two of them
 * something other than one conjunction comes before the expression.
 */
function wordsBefore(text: string, window: Span, start: number): number {
	const stretches = text.slice(window.start, start).split(/\s+/);
	// The last stretch may run on into the expression: its words are not wholly before it.
	stretches.pop();
	let count = 0;
	for (const stretch of stretches) {
		const runs = stretch.match(/[\p{L}\p{N}]+/gu);
		if (runs?.some((run) => !OPENING.test(run.toLowerCase()))) count++;
	}
	return count;
}

/**
 * Whether an expression from `start` to `end` that names no year ("in April", "in the fall")
 * points ahead: a schedule right before it ("is heard in May"), a future opening its sentence
 * ("In the fall, the court will …"), or a future clause that no nearer past verb overrides.
 */
export function looksAhead(text: string, start: number, end: number): boolean {
	return (
		scheduledBefore(text, start) ||
		openingTense(text, start, end) === 'future' ||
		(speaksOfFuture(text, start) && governingTense(text, start) !== 'past')
	);
}

// Adverbs that make a present-tense statement a habit: "are typically", "usually open".
const HABIT = /^(?:typically|usually|normally|generally|traditionally|customarily|ordinarily)$/;
const HABITS = new RegExp(HABIT.source.slice(1, -1));

/**
 * Whether the sentence around offset `at` of `text` states a habit: an adverb of habit and every
 * verb in the present ("The summer months are typically the peak season"). The season or month
 * it names is any year's, not a happening to date; a habit in the past ("usually closed early in
 * 2009") or beside a verb in another tense is still dated.
 */
export function statesHabit(text: string, at: number): boolean {
	// Each word is a piece of its window's text: without an adverb of habit there, no habit.
	const window = spanAround(text, at);
	if (!HABITS.test(text.slice(window.start, window.end).toLowerCase())) return false;
	const { words, at: i } = around(text, at);
	// The date's clause: between the marks that bound it (an attribution after a quotation's
	// close, "…," he said, is another clause).
	const bound = (w: Word | undefined) => !w || /^(?:[,;:"“”—–]|--)$/.test(w.text);
	let from = i;
	while (!bound(words[from - 1])) from--;
	let to = i;
	while (!bound(words[to])) to++;
	const clause = words.slice(from, to);
	if (!clause.some((w) => w.pos === 'ADV' && HABIT.test(w.lower))) return false;
	const groups = verbGroups(clause);
	return groups.length > 0 && groups.every((g) => groupTense(clause, g) === 'present');
}

/**
 * Whether the expression at offset `at` of `text` sits in a condition: "if" or "unless" opens
 * its clause before it ("would need four years if a pandemic broke out today", "If talks fail
 * on Friday, …"). What a condition dates is supposed, not a happening. "asked if", "wondered if"
 * ask whether, and stay news (`asksWhether`); a comma, a semicolon, a dash or another
 * subordinator between ends the search ("If the operation works -- and BP expects to know later
 * this week -- …"). A possessive date names what is real ("if Thursday's report has impact").
 */
export function inCondition(text: string, at: number): boolean {
	// "if Thursday's report has wide impact": the report is real, whatever may follow from it.
	if (/^\S*['’]s\b/.test(text.slice(at, at + 16))) return false;
	// Each word is a piece of its window's text: without "if" or "unless" there, no condition.
	const window = spanAround(text, at, 160, 0);
	if (!/if|unless/.test(text.slice(window.start, at).toLowerCase())) return false;
	const { words, at: i } = around(text, at, 160, 0);
	for (let k = i - 1; k >= 0; k--) {
		const w = words[k];
		if (/^(?:if|unless)$/.test(w.lower)) return !asksWhether(words, k);
		if (w.pos === 'SCONJ' || /^(?:[,;:()"“”—–]|--)$/.test(w.text)) return false;
	}
	return false;
}

/**
 * Whether the "if" at `k` asks whether: after a verb ("decide if", "asked if"), its object
 * ("asked him if"), or "or" and "and" that join it to such an "if" ("decide if a vaccine is
 * needed, or perhaps if …"), adverbs between.
 */
function asksWhether(words: readonly Word[], k: number): boolean {
	let p = k - 1;
	while (words[p]?.pos === 'ADV') p--;
	const before = words[p];
	if (before?.pos === 'PRON' && words[p - 1]?.pos === 'VERB') return true;
	return before?.pos === 'VERB' || before?.pos === 'CCONJ';
}

/**
 * Whether a stretch of text has a finite verb ("scores of trucks streamed north", "it will
 * close"), as a headline needs; "scores of trucks" and "for the fourth quarter ended" have none.
 */
export function hasVerb(text: string): boolean {
	return clauseHasVerb(text);
}
