/**
 * The contract's check without its schema library. A dataset whose structure the quick check
 * vouches for (`quickStructure`, which never passes what the schema refuses) has only the rules
 * that tie its fields together left to meet, and those need no zod. So the worker that checks a
 * dataset given by `?src=` loads zod (`schema.ts`: most of that worker's code, tens of
 * milliseconds to compile and build its schemas on a phone's thread) only for a dataset whose
 * structure is broken, to name what is wrong with it (issue 15).
 */
import type { Problem } from './issueText';
import { quickStructure } from './quickStructure';
import { soundProblems } from './semantics';

/**
 * Every problem of a dataset whose structure is sound (empty when it meets the contract), or
 * null when its structure is not vouched for: then the schema decides (`datasetProblems`).
 *
 * @example
 * soundDatasetProblems(dataset); // [] for a valid dataset
 * soundDatasetProblems({ title: 1 }); // null: the schema names what is wrong
 */
export function soundDatasetProblems(value: unknown): Problem[] | null {
	return quickStructure(value) ? soundProblems(value as Parameters<typeof soundProblems>[0]) : null;
}
