/**
 * Whether a clause speaks of the future, for expressions that name a day or month without
 * saying which one ("Friday", "in April"): news mostly looks back, unless the clause says
 * "will", "is expected to", "as early as" and the like.
 */

const FUTURE =
	/\b(?:will|won['’]t|shall|would\s+be\s+\w+ing|(?:said|says|predicted|forecast|expects?|expected)\b[^.;]*\bwould|going\s+to|(?:is|are|was|were)\s+(?:scheduled|expected|set|due|slated)\s+to|plans?\s+to|planned\s+to)\b|['’]ll\b/i;
// Words right before the expression that point forward: "as early as Tuesday", "until Friday".
const FORWARD = /\b(?:as\s+(?:early|soon)\s+as|until|till|next|this\s+coming)\s+$/i;

/** True when the clause before offset `at` of `text` speaks of the future. */
export function speaksOfFuture(text: string, at: number): boolean {
	return FORWARD.test(text.slice(Math.max(0, at - 20), at)) || FUTURE.test(clauseBefore(text, at));
}

// Verbs that place a clause in the past: "was arrested in January", "had closed by March".
const PAST =
	/\b(?:was|were|had|did|ago|last|earlier|ended|began|started|closed|opened|rose|fell)\b/i;

/** True when the clause before offset `at` of `text` speaks of the past. */
export function speaksOfPast(text: string, at: number): boolean {
	return PAST.test(clauseBefore(text, at));
}

/** The clause before an offset, back to the start of its sentence. */
function clauseBefore(text: string, at: number): string {
	const from = Math.max(0, at - 160);
	const window = text.slice(from, at);
	const stop = Math.max(
		window.lastIndexOf('. '),
		window.lastIndexOf('\n'),
		window.lastIndexOf('; ')
	);
	return stop >= 0 ? window.slice(stop + 1) : window;
}

// Words that put what follows in the future: "will meet", "is set to resume", "has scheduled",
// "were planning to drive".
const FUTURE_MARK =
	/\b(?:will|won['’]t|shall|would|going\s+to|(?:is|are)\s+to|scheduled|slated|set\s+to|due\s+to|expects?\s+to|expected\s+to|plans?\s+to|planned|planning)\b|['’]ll\b/gi;
// Verbs that put what follows in the past: "announced Wednesday", "Cuba predicted Wednesday",
// "had been due to expire Friday" (lower case: "United" is no verb).
const PAST_MARK =
	/\b(?:[Ww]as|[Ww]ere|[Hh]ad(?:\s+been\s+(?:due|set|scheduled|slated|expected)(?:\s+to)?)?|did|said|told|met|began|ago|(?!(?:scheduled|slated|planned|expected)\b)[a-z]{3,}ed)\b/g;

/**
 * The tense of the verb that governs an expression at offset `at`: the nearest future or past
 * marker before it in its clause, so "said it will meet Friday" is future and "would appeal the
 * decision, announced Wednesday" past. Undefined when the clause has neither.
 */
export function governingTense(text: string, at: number): 'future' | 'past' | undefined {
	if (FORWARD.test(text.slice(Math.max(0, at - 20), at))) return 'future';
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
