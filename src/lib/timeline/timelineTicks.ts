/**
 * The axis's ticks for any window: calendar ticks (`ticks.ts`: hours to years) while the window
 * lies within the years a `Date` holds and spans under two centuries, year ticks (`yearTicks.ts`:
 * centuries, BC, deep time in years ago) beyond. Either way a year is named as a reader says it:
 * "500 BC", "AD 79", "1863", "13.8 billion years ago", never "-499" or "79".
 */
import { yearName } from '$lib/data/yearName';
import { axisContext, axisTicks, type Tick, type TickUnit } from './ticks';
import { needsYearTicks, yearOf, yearTicks } from './yearTicks';

const BARE_YEAR = /^-?\d+$/;

/** A label that is a bare year number, named as a reader says it. */
function named(label: string, value: number): string {
	return BARE_YEAR.test(label) ? yearName(yearOf(value)) : label;
}

/**
 * Ticks for the window `[from, to]` (UTC ms) drawn `width` pixels wide, with their unit.
 *
 * @example
 * timelineTicks(yearStart(-13_900_000_000), yearStart(2000), 1200).ticks[0].label; // '14 billion years ago'
 * timelineTicks(yearStart(-700), yearStart(100), 1200).ticks.map((t) => t.label); // ['700 BC', …, 'AD 1', 'AD 100']
 */
export function timelineTicks(
	from: number,
	to: number,
	width: number
): { unit: TickUnit; ticks: Tick[] } {
	if (needsYearTicks(from, to)) return { unit: 'year', ticks: yearTicks(from, to, width).ticks };
	const { unit, ticks } = axisTicks(from, to, width);
	return { unit, ticks: ticks.map((t) => ({ ...t, label: named(t.label, t.value) })) };
}

/** The larger unit the ticks leave unsaid (`axisContext`), its year named as a reader says it. */
export function timelineContext(from: number, unit: TickUnit): string {
	if (needsYearTicks(from, from)) return '';
	return named(axisContext(from, unit), from);
}

/**
 * The instant whose larger unit the axis's context label names (`timelineContext`), the label
 * standing on `at`: the unit of the first tick labelled after it (`labelled[i]`), whose label and
 * those after it say only the smaller unit ("3 a.m." of Jan. 1 when the midnight of Jan. 1 passes
 * under a label that stands on Dec. 31); but where that tick is a boundary, which names its own
 * unit ("Jan. 1"), or none is labelled, the unit where the label stands.
 *
 * @example
 * contextInstant(ticks, labelled, at); // 3 a.m. on Jan. 1: the context says "Jan. 1, 2024"
 */
export function contextInstant(
	ticks: readonly Pick<Tick, 'value' | 'major'>[],
	labelled: readonly boolean[],
	at: number
): number {
	const next = ticks[labelled.indexOf(true)];
	return next && !next.major ? next.value : at;
}

/**
 * Where the overview strip draws its tick labels, `width` pixels wide: each `gap` pixels right of
 * its tick, pulled left to end at the right edge when it would run past it (on a phone the last
 * one, "AD 2000", was cut); a label that would then meet the one before it is left out, so none
 * is ever clipped or drawn over another. `measure` gives a label's width in pixels.
 *
 * @example
 * stripLabels([{ x: 10, label: '1990' }, { x: 380, label: 'AD 2000' }], 390, (l) => l.length * 6);
 * // [{ x: 13, label: '1990' }, { x: 348, label: 'AD 2000' }]
 */
export function stripLabels<T extends { x: number; label: string }>(
	ticks: readonly T[],
	width: number,
	measure: (label: string) => number,
	gap = 3
): T[] {
	const out: T[] = [];
	let end = -Infinity;
	for (const tick of ticks) {
		const w = measure(tick.label);
		const x = Math.max(0, Math.min(tick.x + gap, width - w));
		if (x < end + 2 * gap || x + w > width + 0.5) continue;
		out.push({ ...tick, x });
		end = x + w;
	}
	return out;
}
