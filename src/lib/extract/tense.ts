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
