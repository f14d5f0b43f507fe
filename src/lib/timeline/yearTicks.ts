/**
 * Axis ticks in years, for the windows calendar ticks cannot serve: centuries and more, years
 * before 1 and deep time beyond what a `Date` holds. Times are UTC milliseconds as everywhere on
 * the timeline (exact within ±285,000 years, finer than an hour at a trillion years), turned
 * into years by the calendar's whole-day counts, never by `Date`.
 *
 * Ticks fall on round numbers of the numbering their labels use: historical years while a step
 * is under 10,000 years ("1000 BC", "500 BC", "AD 1", "AD 500", "1000"), years ago (from
 * AD 2000, as `yearName` reckons) from there on ("13 billion years ago").
 */
import { dayNumber, dayOfNumber } from '$lib/data/days';
import { magnitude, yearName } from '$lib/data/yearName';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
// The year "years ago" counts from (see `yearName.ts`).
const PRESENT = 2000;

/** One labelled tick. */
export interface YearTick {
	/** UTC ms of the first day of the tick's year. */
	value: number;
	label: string;
	/** Every fifth step: drawn stronger. */
	major: boolean;
}

/** UTC ms of the first day of year `y`. */
export function yearStart(y: number): number {
	return dayNumber({ y, m: 1, d: 1 }) * DAY;
}

/** The year a UTC instant falls in, for any year. */
export function yearOf(ms: number): number {
	return dayOfNumber(Math.floor(ms / DAY)).y;
}

/**
 * Whether calendar ticks (months, days, hours: `ticks.ts`) can serve a window: it lies within
 * the years a `Date` holds and spans less than `years`.
 */
export function needsYearTicks(from: number, to: number, years = 200): boolean {
	const limit = 8.64e15;
	return from < -limit || to > limit || to - from > years * YEAR;
}

/** Round steps in years: 1, 2, 5 × 10^k. */
function* steps(): Generator<number> {
	for (let power = 1; power <= 1e13; power *= 10) for (const m of [1, 2, 5]) yield m * power;
}

/** Roughly how wide a label is, in pixels, at the axis's size. */
function labelWidth(label: string): number {
	return label.length * 6.6 + 12;
}

/**
 * Ticks for the window `[from, to]` (UTC ms) drawn `width` pixels wide: the smallest round step
 * whose labels fit.
 *
 * @example
 * yearTicks(yearStart(-13_900_000_000), yearStart(2000), 1200).ticks[0].label; // '14 billion years ago'
 */
export function yearTicks(
	from: number,
	to: number,
	width: number
): { step: number; ticks: YearTick[] } {
	const years = Math.max((to - from) / YEAR, 1);
	for (const step of steps()) {
		// No label is narrower than 20 pixels: a step that many times too fine is not tried.
		if ((years / step) * 20 > width && step < 1e13) continue;
		const ticks = ticksAt(from, to, step);
		const widest = Math.max(0, ...ticks.map((t) => labelWidth(t.label)));
		if ((years / step) * (widest + 16) <= width || step >= 1e13) return { step, ticks };
	}
	return { step: 1, ticks: [] };
}

function ticksAt(from: number, to: number, step: number): YearTick[] {
	const first = yearOf(from);
	const last = yearOf(to);
	const ticks: YearTick[] = [];
	if (step < 10_000) {
		// Historical numbering: no year 0, so AD 1 stands where a round count of BC meets AD.
		const historical = (y: number) => (y <= 0 ? y - 1 : y);
		const astronomical = (h: number) => (h < 0 ? h + 1 : Math.max(h, 1));
		for (let h = Math.ceil(historical(first) / step) * step; h <= historical(last); h += step) {
			const y = astronomical(h);
			const value = yearStart(y);
			if (value >= from && value <= to)
				ticks.push({ value, label: yearName(y), major: Math.round(h / step) % 5 === 0 });
		}
		return ticks;
	}
	const agoFirst = PRESENT - first;
	const agoLast = PRESENT - last;
	for (let ago = Math.floor(agoFirst / step) * step; ago >= agoLast; ago -= step) {
		const value = yearStart(PRESENT - ago);
		if (value < from || value > to) continue;
		const label =
			ago > 0
				? `${magnitude(ago)} years ago`
				: ago === 0
					? `AD ${PRESENT}`
					: `in ${magnitude(-ago)} years`;
		ticks.push({ value, label, major: Math.round(ago / step) % 5 === 0 });
	}
	return ticks;
}
