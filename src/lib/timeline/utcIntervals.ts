/**
 * The UTC calendar intervals the axis ticks on (hours, days, Mondays, months, years, and every
 * n-th of them), in UTC milliseconds: the same boundaries as d3-time's `utcHour`, `utcDay`,
 * `utcMonday`, `utcMonth` and `utcYear` with `.every(n)` (the spec checks them against d3-time).
 *
 * Why not d3-time itself: its one module builds every local and UTC interval and its tick
 * helpers (with d3-array) at load, calls a bundler cannot drop, about 2 kB gzip of the reader's
 * page for these five (issue 15). Plain numbers also leave room for axes beyond what a `Date`
 * holds (deep time).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Boundaries of a calendar unit in UTC ms. */
export interface UtcInterval {
	/** The boundary at or before `ms`. */
	floor(ms: number): number;
	/** The boundaries at or after `from` and before `to`, in order. */
	range(from: number, to: number): number[];
	/** Every `n`-th boundary, counted in the unit's field (hours of the day, months of the year…). */
	every(n: number): UtcInterval;
}

/** A `Date` at UTC midnight of year `y`, month `m` (0-11), day `d`, for any year (also 0-99). */
function utcDate(y: number, m: number, d: number): number {
	const date = new Date(0);
	date.setUTCFullYear(y, m, d);
	return date.setUTCHours(0, 0, 0, 0);
}

function interval(
	floor: (ms: number) => number,
	offset: (ms: number, n: number) => number,
	field: (ms: number) => number,
	keep: (ms: number) => boolean = () => true
): UtcInterval {
	const filtered = (ms: number) => {
		let at = floor(ms);
		while (!keep(at)) at = floor(at - 1);
		return at;
	};
	return {
		floor: filtered,
		range(from, to) {
			const out: number[] = [];
			let at = floor(from);
			if (at < from) at = offset(at, 1);
			for (; at < to; at = offset(at, 1)) if (keep(at)) out.push(at);
			return out;
		},
		every: (n) =>
			n === 1
				? interval(floor, offset, field, keep)
				: interval(floor, offset, field, (ms) => keep(ms) && field(ms) % n === 0)
	};
}

const year = (ms: number) => new Date(ms).getUTCFullYear();
const month = (ms: number) => new Date(ms).getUTCMonth();

export const utcHour: UtcInterval = interval(
	(ms) => Math.floor(ms / HOUR) * HOUR,
	(ms, n) => ms + n * HOUR,
	(ms) => new Date(ms).getUTCHours()
);

export const utcDay: UtcInterval = interval(
	(ms) => Math.floor(ms / DAY) * DAY,
	(ms, n) => ms + n * DAY,
	(ms) => new Date(ms).getUTCDate() - 1
);

export const utcMonday: UtcInterval = interval(
	(ms) => {
		const day = Math.floor(ms / DAY) * DAY;
		return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
	},
	(ms, n) => ms + n * 7 * DAY,
	(ms) => Math.floor(ms / (7 * DAY))
);

export const utcMonth: UtcInterval = interval(
	(ms) => utcDate(year(ms), month(ms), 1),
	(ms, n) => utcDate(year(ms), month(ms) + n, 1),
	month
);

export const utcYear: UtcInterval = interval(
	(ms) => utcDate(year(ms), 0, 1),
	(ms, n) => utcDate(year(ms) + n, 0, 1),
	year
);
