/**
 * Axis ticks that adapt from centuries down to hours as the reader zooms, labelled the way a
 * newsroom writes dates (AP style: "Jan. 5", "2014", "3 p.m."), in UTC.
 *
 * UTC calendar intervals (`utcIntervals.ts`, d3-time's boundaries) do the calendar arithmetic;
 * this module picks the finest interval that leaves each label enough room, and formats. Model:
 * Observable Plot `src/time.js`.
 */
// AP style abbreviations; March to July are written in full.
import { AP_MONTHS } from '$lib/data/days';
import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type UtcInterval } from './utcIntervals';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/** The unit a tick is labelled in. */
export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

interface TickStep {
	unit: TickUnit;
	/** Approximate length of one step, to count how many fit. */
	ms: number;
	interval: UtcInterval;
}

const every = (interval: UtcInterval, n: number) => interval.every(n);

/** Candidate steps from finest to coarsest. */
const STEPS: TickStep[] = [
	{ unit: 'hour', ms: HOUR, interval: utcHour },
	{ unit: 'hour', ms: 3 * HOUR, interval: every(utcHour, 3) },
	{ unit: 'hour', ms: 6 * HOUR, interval: every(utcHour, 6) },
	{ unit: 'hour', ms: 12 * HOUR, interval: every(utcHour, 12) },
	{ unit: 'day', ms: DAY, interval: utcDay },
	{ unit: 'day', ms: 2 * DAY, interval: every(utcDay, 2) },
	{ unit: 'week', ms: 7 * DAY, interval: utcMonday },
	{ unit: 'month', ms: YEAR / 12, interval: utcMonth },
	{ unit: 'month', ms: YEAR / 4, interval: every(utcMonth, 3) },
	{ unit: 'month', ms: YEAR / 2, interval: every(utcMonth, 6) },
	{ unit: 'year', ms: YEAR, interval: utcYear },
	{ unit: 'year', ms: 2 * YEAR, interval: every(utcYear, 2) },
	{ unit: 'year', ms: 5 * YEAR, interval: every(utcYear, 5) },
	{ unit: 'year', ms: 10 * YEAR, interval: every(utcYear, 10) },
	{ unit: 'year', ms: 20 * YEAR, interval: every(utcYear, 20) },
	{ unit: 'year', ms: 50 * YEAR, interval: every(utcYear, 50) },
	{ unit: 'year', ms: 100 * YEAR, interval: every(utcYear, 100) }
];

/** Minimum pixels between ticks for each unit: the labels differ in length. */
const MIN_SPACING: Record<TickUnit, number> = { hour: 56, day: 56, week: 64, month: 52, year: 48 };

/** One labelled tick. */
export interface Tick {
	/** UTC ms. */
	value: number;
	label: string;
	/** A boundary of the next larger unit (a new year, month or day): drawn stronger. */
	major: boolean;
}

/**
 * Ticks for the visible window `[from, to]` drawn `width` pixels wide.
 *
 * @example
 * axisTicks(Date.UTC(2014, 0, 1), Date.UTC(2024, 0, 1), 1000).map((t) => t.label);
 * // ['2014', '2015', …, '2024']
 */
export function axisTicks(
	from: number,
	to: number,
	width: number
): { unit: TickUnit; ticks: Tick[] } {
	const span = Math.max(to - from, 1);
	const step =
		STEPS.find((s) => (span / s.ms) * MIN_SPACING[s.unit] <= width) ?? STEPS[STEPS.length - 1];
	return {
		unit: step.unit,
		ticks: step.interval.range(from, to + 1).map((value) => ({
			value,
			label: tickLabel(value, step.unit),
			major: isMajor(value, step.unit)
		}))
	};
}

/** A tick's label at its unit: a year starts with its number, a month with its name. */
export function tickLabel(value: number, unit: TickUnit): string {
	const d = new Date(value);
	const year = d.getUTCFullYear();
	const month = d.getUTCMonth();
	const day = d.getUTCDate();
	const hour = d.getUTCHours();
	switch (unit) {
		case 'year':
			return String(year);
		case 'month':
			return month === 0 ? String(year) : AP_MONTHS[month];
		case 'week':
		case 'day':
			return day === 1 && month === 0 ? String(year) : `${AP_MONTHS[month]} ${day}`;
		case 'hour':
			if (hour === 0) return `${AP_MONTHS[month]} ${day}`;
			if (hour === 12) return 'noon';
			return `${hour % 12} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
	}
}

function isMajor(value: number, unit: TickUnit): boolean {
	const d = new Date(value);
	switch (unit) {
		case 'year':
			return d.getUTCFullYear() % 10 === 0;
		case 'month':
			return d.getUTCMonth() === 0;
		case 'week':
		case 'day':
			return d.getUTCDate() === 1;
		case 'hour':
			return d.getUTCHours() === 0;
	}
}

/**
 * The larger unit that ticks do not say, shown once at the left of the axis: the year for
 * months, days and weeks, the full day for hours; nothing for years.
 */
export function axisContext(from: number, unit: TickUnit): string {
	const d = new Date(from);
	if (unit === 'year') return '';
	if (unit === 'hour')
		return `${AP_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
	return String(d.getUTCFullYear());
}

/** A tick label's box on the axis, in pixels: it starts at `x` and is `width` wide. */
export interface TickLabelBox {
	x: number;
	width: number;
	major: boolean;
}

/**
 * Which tick labels to draw so that none collides with another or is clipped at the edges:
 * every label must lie within `[left, right]` and keep `gap` pixels from its neighbours. Major
 * labels (a new year, month or day) are placed first, then the others where they still fit.
 *
 * @example
 * placeTickLabels(
 * 	[{ x: 0, width: 30, major: false }, { x: 20, width: 30, major: true }],
 * 	0,
 * 	100
 * ); // [false, true]
 */
export function placeTickLabels(
	labels: TickLabelBox[],
	left: number,
	right: number,
	gap = 8
): boolean[] {
	const shown = labels.map(() => false);
	const placed: [number, number][] = [];
	const fits = (l: TickLabelBox) =>
		l.x >= left &&
		l.x + l.width <= right &&
		placed.every(([a, b]) => l.x + l.width + gap <= a || l.x >= b + gap);
	for (const pass of [true, false])
		labels.forEach((l, i) => {
			if (l.major !== pass || !fits(l)) return;
			shown[i] = true;
			placed.push([l.x, l.x + l.width]);
		});
	return shown;
}
