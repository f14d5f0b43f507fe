/**
 * Whether a clause speaks of the future, for expressions that name a day or month without
 * saying which one ("Friday", "in April"): news mostly looks back, unless the clause says
 * "will", "is expected to", "as early as" and the like.
 */

const FUTURE =
	/\b(?:will|won['’]t|shall|would\s+be\s+\w+ing|(?:the|a|an|its|his|her|their)\s+(?:slated|scheduled|planned|upcoming|forthcoming)\s+\w+|(?:said|says|predicted|forecast|expects?|expected)\b[^.;]*\bwould|going\s+to|(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated)\s+to|(?:is|are)\s+due\b|plans?\s+to|planned\s+to|planning\s+(?:for|to))\b|['’]ll\b/i;
// Words right before the expression that point forward: "as early as Tuesday", "until Friday".
// "planned for March" looks ahead even in the past tense, and so does "effective Feb. 1". A clock time may stand between: "until
// 9 a.m. EST Tuesday".
const FORWARD =
	/\b(?:as\s+(?:early|soon)\s+as|until|till|next|this\s+coming|effective|(?:planned|scheduled|set|slated|due)\s+for)\s+(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:[A-Z]{2,4}\s+)?)?$/i;
// A verb of schedule in the present right before the expression: "He and Arafat meet separately
// Monday", "the trial opens Tuesday". News reports what happened in the past tense.
const SCHEDULED =
	/(?:(?<!\bto\s+)\b(?:meets?|leaves?|arrives?|begins?|opens?|starts?|resumes?|travels?|visits?|hosts?|votes?|heads?|expires?|reconvenes?)\s+(?:(?:again|separately|here|there|in\s+\w+|with\s+\w+)\s+)?|\b(?:is|are)\s+(?:heard|held|\w+ed)\s+(?:again\s+)?)(?:on\s+|in\s+)?$/i;

/** True when a verb of schedule in the present comes right before offset `at`: "is heard in May". */
export function scheduledBefore(text: string, at: number): boolean {
	return SCHEDULED.test(text.slice(Math.max(0, at - 40), at));
}

/** True when the clause before offset `at` of `text` speaks of the future. */
export function speaksOfFuture(text: string, at: number): boolean {
	return FORWARD.test(text.slice(Math.max(0, at - 40), at)) || FUTURE.test(clauseBefore(text, at));
}

// Verbs that place a clause in the past: "was arrested in January", "had closed by March".
const PAST =
	/\b(?:was|were|had|did|ago|last|earlier|ended|began|started|closed|opened|rose|fell)\b/i;

// Words right before the expression that point back: "on patrol since March", "the year ended
// Jan. 31".
const BACKWARD = /\b(?:since|ended)\s+$/i;

/** True when the words right before offset `at` of `text` point back ("since March", "ended Jan. 31"). */
export function pointsBack(text: string, at: number): boolean {
	return BACKWARD.test(text.slice(Math.max(0, at - 20), at));
}

/** True when the clause before offset `at` of `text` speaks of the past. */
export function speaksOfPast(text: string, at: number): boolean {
	return PAST.test(clauseBefore(text, at));
}

// Where a clause starts: after a full stop (not one of "a.m.", "Nov.", "Gen."), a line break or a
// semicolon.
const SENTENCE_BREAK =
	/(?<!\b(?:[ap]\.m|[A-Z]|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mrs?|Dr|Gen|Gov|Sen|Rep|St))\.["'’”]*\s|\n|;\s/g;

// Where a sentence ends after an offset: as SENTENCE_BREAK, and not at "Roe vs. Wade".
const SENTENCE_END =
	/(?<!\b(?:[ap]\.m|[A-Z]|vs?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mrs?|Dr|Gen|Gov|Sen|Rep|St))[.;!?](?:\s|$)|\n/;

/** The clause before an offset, back to the start of its sentence. */
function clauseBefore(text: string, at: number): string {
	const from = Math.max(0, at - 160);
	const window = text.slice(from, at);
	let stop = -1;
	for (const match of window.matchAll(SENTENCE_BREAK)) stop = match.index + match[0].length - 1;
	const clause = stop >= 0 ? window.slice(stop + 1) : window;
	// A relative clause between commas does not govern the rest: "The sale, which had been
	// expected, is part of a program to pay down the loan by February."
	return clause.replace(ASIDE, ',');
}

const ASIDE = /,\s+(?:which|who|whose|whom)\b[^,]*,/gi;

// Words that put what follows in the future: "will meet", "is set to resume", "has scheduled",
// "were planning to drive".
const FUTURE_MARK =
	/\b(?:will|won['’]t|shall|would|going\s+to|(?:is|are)\s+to|scheduled|slated|set\s+to|due\s+to|(?:is|are)\s+due|expects?\s+to|expected\s+to|plans?\s+to|planned|planning)\b|['’]ll\b/gi;
// Verbs that put what follows in the past: "announced Wednesday", "Cuba predicted Wednesday",
// "had been due to expire Friday" (lower case: "United" is no verb).
const PAST_MARK =
	/\b(?:[Ww]as|[Ww]ere|[Hh]ad(?:\s+been\s+(?:due|set|scheduled|slated|expected)(?:\s+to)?)?|did|said|told|met|began|ago|brought|took|made|gave|won|lost|left|sold|bought|went|came|became|held|led|paid|sent|spent|fought|struck|saw|rose|fell|ran|wrote|chose|drove|flew|grew|knew|threw|broke|spoke|stood|fled|sought|thought|felt|kept|built|found|caught|taught|meant|heard|shot|slid|sank|swept|wore|withdrew|overthrew|arose|forgot|got|hid|began|beat|bit|blew|drew|dug|fed|forbade|forgave|froze|hung|lay|lit|rode|rang|shook|shone|sang|sat|slept|stole|stuck|stung|strove|swore|swam|swung|tore|woke|wove|wept|understood|undertook|upheld|overtook|oversaw|(?<!\b(?:to|will|would|can|could|may|might|must|shall|should)\s+be\s+)(?!(?:scheduled|slated|planned|expected)\b)(?!\w*(?:ceed|need|feed|speed|bleed|breed|indeed|hundred|kindred|sacred|naked|wicked|rugged|ragged|beloved)\b)[a-z]{3,}ed)\b/g;

/**
 * The tense of the verb that governs an expression at offset `at`: the nearest future or past
 * marker before it in its clause, so "said it will meet Friday" is future and "would appeal the
 * decision, announced Wednesday" past. Undefined when the clause has neither.
 */
export function governingTense(text: string, at: number): 'future' | 'past' | undefined {
	const near = text.slice(Math.max(0, at - 40), at);
	if (FORWARD.test(near) || SCHEDULED.test(near)) return 'future';
	const clause = clauseBefore(text, at);
	// Where the last marker ends: "had been scheduled" ends with "scheduled", and is past.
	const last = (pattern: RegExp): number => {
		let found = -1;
		for (const match of clause.matchAll(pattern)) found = match.index + match[0].length;
		return found;
	};
	const future = last(FUTURE_MARK);
	const past = last(PAST_MARK);
	if (future < 0 && past < 0) return undefined;
	return future > past ? 'future' : 'past';
}

// After the expression only the plainest future counts: "planned to" there is past.
const SURELY_FUTURE =
	/\b(?:will|won['’]t|shall|(?:is|are)\s+(?:(?:scheduled|set|due|expected|slated)\s+)?to|going\s+to|(?:plans?|intends?|expects?|hopes?)\s+to)\b|['’]ll\b/i;

/**
 * The tense of the verb after an expression that opens its sentence: "On Tuesday, the league
 * will hold a rally" is future. Undefined when something comes before the expression in its
 * clause, or no verb follows it.
 */
export function openingTense(
	text: string,
	start: number,
	end: number
): 'future' | 'past' | undefined {
	if (!/^\s*(?:(?:on|in|by|early|late|until|since)\s+)?$/i.test(clauseBefore(text, start)))
		return undefined;
	const window = text.slice(end, end + 200);
	const stop = window.search(SENTENCE_END);
	const after = stop >= 0 ? window.slice(0, stop) : window;
	const first = (pattern: RegExp): number => {
		const found = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(after);
		return found ? found.index : Infinity;
	};
	const future = first(SURELY_FUTURE);
	const past = first(PAST_MARK);
	if (future === Infinity && past === Infinity) return undefined;
	return future < past ? 'future' : 'past';
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

const PAST_VERB = new RegExp(PAST_MARK.source);

// Finite verbs in the present: auxiliaries, modals and the verbs news leans on.
const FINITE =
	/\b(?:is|are|am|was|were|has|have|had|will|would|could|can|may|might|should|must|shall|does|do|did|says|say|said|plans?|wants?|needs?|seems?|remains?|looks?|makes?|takes?|gives?|gets?|goes|comes?|leaves?|keeps?|holds?|runs?|calls?|tells?|shows?|faces?|meets?|becomes?|stands?)\b|['’](?:s|re|ve|ll|d)\s+\p{Ll}/u;

/**
 * Whether a stretch of text has a finite verb ("scores of trucks streamed north", "it will
 * close"), as a headline needs; "scores of trucks" and "for the fourth quarter ended" (a
 * participle after its noun) have none of their own… the check is lexical and errs towards yes.
 */
export function hasVerb(text: string): boolean {
	return FINITE.test(text) || PAST_VERB.test(text);
}
