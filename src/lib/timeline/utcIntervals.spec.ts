import fc from 'fast-check';
import * as d3 from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcDay, utcHour, utcMonday, utcMonth, utcYear } from './utcIntervals';

const YEAR = 365.25 * 86_400_000;

/** Each of ours beside d3-time's, with the steps the axis uses. */
const pairs = [
	['hours', utcHour, d3.utcHour, [1, 3, 6, 12]],
	['days', utcDay, d3.utcDay, [1, 2]],
	['Mondays', utcMonday, d3.utcMonday, [1]],
	['months', utcMonth, d3.utcMonth, [1, 3, 6]],
	['years', utcYear, d3.utcYear, [1, 2, 5, 10, 20, 50, 100]]
] as const;

describe('UTC intervals', () => {
	for (const [name, ours, theirs, steps] of pairs) {
		it(`give the same ${name} as d3-time, for every step the axis uses, over any window`, () => {
			// Windows from a few hours to a few centuries, from antiquity to the far future.
			fc.assert(
				fc.property(
					fc.integer({ min: Math.round(-60 * YEAR), max: Math.round(80 * YEAR) }),
					fc.double({ min: 0, max: 1, noNaN: true }),
					fc.constantFrom(...steps),
					(start, share, step) => {
						// Enough boundaries to compare, few enough to stay quick.
						const unit = {
							hours: 3_600_000,
							days: 86_400_000,
							Mondays: 7 * 86_400_000,
							months: YEAR / 12,
							years: YEAR
						}[name];
						// Whole milliseconds, as a Date holds them.
						const from = start * (name === 'years' ? 40 : 1);
						const to = Math.round(from + share * unit * step * 60);
						const expected = (step === 1 ? theirs : theirs.every(step)!)
							.range(new Date(from), new Date(to))
							.map(Number);
						expect(ours.every(step).range(from, to)).toEqual(expected);
						expect(ours.every(step).floor(from)).toBe(
							+(step === 1 ? theirs : theirs.every(step)!).floor(new Date(from))
						);
					}
				),
				{ numRuns: 200 }
			);
		});
	}

	it('count years before 100 as themselves, not as 1900-1999', () => {
		const start = (y: number) => {
			const date = new Date(0);
			date.setUTCFullYear(y, 0, 1);
			return date.setUTCHours(0, 0, 0, 0);
		};
		expect(utcYear.floor(start(50) + 86_400_000)).toBe(start(50));
		expect(utcYear.range(start(50) + 1, start(53))).toEqual([start(51), start(52)]);
		expect(utcMonth.range(start(50), start(50) + 40 * 86_400_000)).toHaveLength(2);
	});
});
