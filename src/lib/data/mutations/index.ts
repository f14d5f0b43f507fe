/**
 * Known mutations of valid datasets, each known by construction to keep the dataset valid or to
 * break the contract: the independent oracle of `npm run fuzz` and of the validator's property
 * test. Nothing here asks the validator (or the calendar it uses) what is valid: real days and
 * times come from JavaScript's own `Date` read in UTC (`dates.ts`), impossible ones are built
 * past the limits the contract documents, and a broken quote is broken by an edit whose effect is
 * plain. Test-only: nothing in the app imports it.
 */
import { breaks } from './break';
import { keeps } from './keep';
import type { Mutation } from './mutation';

export { HOSTILE_STRINGS, type Mutation, type Verdict } from './mutation';

/** Every mutation, the valid-keeping ones first. */
export const MUTATIONS: Mutation[] = [...keeps, ...breaks];
