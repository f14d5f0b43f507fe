/**
 * The rules of the contract for an event's quotes: each names a source the dataset has, is that
 * source's words at its offsets (offsets between characters), and is listed once in its event.
 * Kept apart from `semantics.ts` so that the quotes of an event whose other fields are broken are
 * checked too: a dataset's refusal lists all of its problems at once, not one layer at a time.
 */
import { describe, type Problem } from './issueText';
import { pairAround } from './utf16';

// The parts of a dataset these rules read, by their shape (see `semantics.ts`).
export interface Quote {
	source: string;
	start: number;
	end: number;
	text: string;
}
export interface QuotedSource {
	id: string;
	text: string;
}

/** The sources a dataset's quotes may name. */
export interface QuotedSources {
	/** The sources whose own structure is sound, by id: their quotes are checked against them. */
	sound: Map<string, QuotedSource>;
	/**
	 * The ids of the sources left out for a broken structure (their own problems are listed): a
	 * quote naming one is not checked against words that may be wrong, nor called unknown.
	 */
	leftOut: ReadonlySet<string>;
	/** The known ids as a refusal lists them, once, however many quotes name an unknown source. */
	listed: () => string;
}

/**
 * The problems of event `i`'s quotes, into `problems`, skipping the quotes whose own structure is
 * broken (`broken`, by index: their problems are the schema's).
 *
 * @example
 * quoteProblems(problems, 3, event.quotes, sources); // $.events[3].quotes[0].source: expected one of the source ids (gazette), found "x"
 */
export function quoteProblems(
	problems: Problem[],
	i: number,
	quotes: readonly Quote[],
	sources: QuotedSources,
	broken?: ReadonlySet<number>
): void {
	// The editor lists an event's quotes by their words: the same words twice are one quote.
	const quoted = quotes.length > 1 ? new Map<string, number>() : null;
	for (let j = 0; j < quotes.length; j++) {
		if (broken?.has(j)) continue;
		const quote = quotes[j];
		if (quoted) {
			const key = `${quote.source}\u0000${quote.start}\u0000${quote.end}`;
			const first = quoted.get(key);
			if (first !== undefined) {
				problems.push({
					path: `$.events[${i}].quotes[${j}]`,
					expected: 'a quote listed once in its event',
					found: `the same words as $.events[${i}].quotes[${first}] (${quote.source} ${quote.start}-${quote.end})`
				});
				continue;
			}
			quoted.set(key, j);
		}
		const problem = quoteProblem(quote, sources);
		if (problem) problems.push({ path: `$.events[${i}].quotes[${j}]${problem.at}`, ...problem.is });
	}
}

/**
 * What is wrong with a quote against its source (`at`: where in the quote, from its path), or
 * null; a quote naming a source left out for its own problems is not checked.
 */
function quoteProblem(
	quote: Quote,
	sources: QuotedSources
): { at: string; is: Omit<Problem, 'path'> } | null {
	const source = sources.sound.get(quote.source);
	if (!source) {
		if (sources.leftOut.has(quote.source)) return null;
		return {
			at: '.source',
			is: { expected: `one of the source ids (${sources.listed()})`, found: describe(quote.source) }
		};
	}
	if (quote.start >= quote.end) {
		return {
			at: '.start',
			is: { expected: `an offset before end (${quote.end})`, found: String(quote.start) }
		};
	}
	if (quote.end > source.text.length) {
		return {
			at: '.end',
			is: {
				expected: `an offset within the source text (at most ${source.text.length})`,
				found: String(quote.end)
			}
		};
	}
	// Offsets are UTF-16 units: one inside a surrogate pair would show half a character.
	for (const end of ['start', 'end'] as const) {
		const pair = pairAround(source.text, quote[end]);
		if (pair !== null) {
			return {
				at: `.${end}`,
				is: {
					expected: `an offset between characters, not inside the two halves of ${describe(source.text.slice(pair, pair + 2))} (${pair}-${pair + 2})`,
					found: String(quote[end])
				}
			};
		}
	}
	// Compared in place (no copy of the words), then described from a copy when they differ.
	const same =
		quote.text.length === quote.end - quote.start &&
		source.text.startsWith(quote.text, quote.start);
	if (same) return null;
	const slice = source.text.slice(quote.start, quote.end);
	return {
		at: '.text',
		is: {
			expected: `the source text at ${quote.start}-${quote.end}, ${describe(slice)}`,
			found: describe(quote.text)
		}
	};
}
