/** What a mutation is (see `index.ts`), and the material mutations share. Test-only. */
import type { Dataset } from '../schema';

/** What a mutation does to a valid dataset: keeps it valid, or makes it invalid. */
export type Verdict = 'valid' | 'invalid';

export interface Mutation {
	name: string;
	verdict: Verdict;
	/**
	 * Mutates `dataset` (a deep copy the caller owns) using the random numbers `r`, or returns
	 * false when the dataset has nothing to mutate that way (no event, no quote), in which case
	 * the case is not counted.
	 */
	apply(dataset: Dataset, r: number[]): boolean;
}

// Strings a hostile or careless file holds: markup, script URLs, template syntax, control and
// bidirectional characters, astral characters, lone surrogates, prototype names.
export const HOSTILE_STRINGS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'{@html "<b>x</b>"}',
	'${7*7} {{7*7}}',
	'javascript:alert(1)',
	'\u202eevil\u202c',
	'\u0000\u0007\u001b',
	'🇮🇶 🎉 𝕏',
	'\ud800 lone',
	'__proto__',
	'constructor',
	'=SUM(A1)',
	"'",
	'"',
	'\n\n',
	'\u00a0',
	'a'.repeat(300)
];

export const quotesOf = (d: Dataset) =>
	d.events.flatMap((e) => e.quotes.map((q) => ({ event: e, q })));
