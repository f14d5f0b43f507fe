/**
 * EDTF → the days it covers. The `edtf` library is the one reader of EDTF here, so the extractor,
 * the validator and the editors agree on what `2014`, `2020-01`, `201X` or
 * `2024-01-01/2024-01-07` cover. Kept apart from `partialDate.ts` so that the reader's page,
 * which only draws and labels dates already bounded at build time, never loads the parser.
 */
import edtf from 'edtf';
import { isoDay } from './partialDate';

/** Inclusive first and last day (`YYYY-MM-DD`) that an EDTF date covers. */
export interface DayBounds {
	start: string;
	end: string;
}

/**
 * The days an EDTF date covers, inclusive.
 *
 * @example
 * boundsOf('2024-01-01/2024-01-07'); // { start: '2024-01-01', end: '2024-01-07' }
 * boundsOf('201X'); // { start: '2010-01-01', end: '2019-12-31' }
 * @throws Error when the string is not EDTF the library can bound (open intervals included).
 */
export function boundsOf(date: string): DayBounds {
	const parsed = edtf(date) as { min: number; max: number };
	if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) {
		throw new Error(`EDTF date ${JSON.stringify(date)} has no finite bounds`);
	}
	return { start: isoDay(parsed.min), end: isoDay(parsed.max) };
}
