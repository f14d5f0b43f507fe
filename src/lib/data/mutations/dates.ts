/**
 * Real and impossible dates for the mutation oracle, built from JavaScript's own calendar (`Date`
 * read in UTC) and from the limits the contract documents, never from the contract's calendar
 * check (`calendar.ts`), so that the fuzz can catch that check out. Test-only.
 */
export const pick = <T>(items: readonly T[], r: number): T => items[r % items.length];
const two = (n: number) => String(n).padStart(2, '0');
export const year4 = (y: number) => String(y).padStart(4, '0');

// The contract's years, 1 to 9999, as UTC milliseconds.
const FIRST_MS = new Date('0001-01-01T00:00:00Z').getTime();
const LAST_MS = new Date('9999-12-31T23:59:59Z').getTime();

/** A real UTC instant from a random number, as JavaScript's calendar reads it. */
function instant(r: number): Date {
	return new Date(FIRST_MS + (r % Math.floor((LAST_MS - FIRST_MS) / 1000)) * 1000);
}

/** A real day, `YYYY-MM-DD`, by JavaScript's calendar. */
export function realDay(r: number): string {
	const d = instant(r);
	return `${year4(d.getUTCFullYear())}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** A real publication date in one of the forms the contract names, with a zone within ±14:00. */
export function realPublished(r: number, s: number): string {
	const d = instant(r);
	const day = `${year4(d.getUTCFullYear())}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
	const minutes = (s % (28 * 60 + 1)) - 14 * 60;
	const zone = pick(
		[
			'',
			'Z',
			`${minutes < 0 ? '-' : '+'}${two(Math.floor(Math.abs(minutes) / 60))}:${two(Math.abs(minutes) % 60)}`
		],
		s >> 3
	);
	const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
	return pick(
		[
			day.slice(0, 4),
			day.slice(0, 7),
			day,
			`${day}T${time}${zone}`,
			`${day}T${time}:${two(d.getUTCSeconds())}${zone}`,
			`${day}T${time}:${two(d.getUTCSeconds())}.${r % 1000}${zone}`
		],
		s >> 5
	);
}

/** Days in a month by JavaScript's calendar (the day before the first of the next month). */
function daysIn(y: number, m: number): number {
	const d = new Date(Date.UTC(2000, m, 1));
	d.setUTCFullYear(y, m, 0);
	return d.getUTCDate();
}

/**
 * A date or date-time of the right shape that is not on the calendar: one part pushed past its
 * documented range (a month 13, a day after the month's last, a 24th hour, a 60th minute or
 * second, a zone beyond ±14:00 or with 60 minutes, year 0).
 */
export function impossiblePublished(r: number, s: number): string {
	const d = instant(r);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + 1;
	const day = `${year4(y)}-${two(m)}-${two(d.getUTCDate())}`;
	const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
	switch (s % 9) {
		case 0:
			return `${year4(y)}-${two(13 + (r % 87))}`;
		case 1:
			return `${year4(y)}-${two(m)}-${two(daysIn(y, m) + 1 + (r % (99 - daysIn(y, m))))}`;
		case 2:
			return `${year4(y)}-${two(m)}-00`;
		case 3:
			return `${day}T${two(24 + (r % 76))}:00`;
		case 4:
			return `${day}T${two(d.getUTCHours())}:${two(60 + (r % 40))}`;
		case 5:
			return `${day}T${time}:${two(60 + (r % 40))}Z`;
		case 6:
			return `${day}T${time}${r % 2 ? '+' : '-'}${two(14 + (r % 85) + 1)}:00`;
		case 7:
			return `${day}T${time}+${two(r % 14)}:${two(60 + (r % 40))}`;
		default:
			// Year 0 (1 BC) is a year; "-0000" is no way to write it.
			return `-0000-${two(m)}-${two(Math.min(d.getUTCDate(), 28))}`;
	}
}

/** An impossible `YYYY-MM-DD`: month 00 or 13+, day 00 or past the month's end, or year -0. */
export function impossibleDay(r: number, s: number): string {
	const d = instant(r);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + 1;
	switch (s % 4) {
		case 0:
			return `${year4(y)}-${pick(['00', '13', '20', '99'], r)}-01`;
		case 1:
			return `${year4(y)}-${two(m)}-${two(daysIn(y, m) + 1 + (r % (99 - daysIn(y, m))))}`;
		case 2:
			return `${year4(y)}-${two(m)}-00`;
		default:
			return `-0000-${two(m)}-01`;
	}
}

// Every day JavaScript's calendar holds, years -271,820 to 275,759.
const JS_FIRST_MS = -8_640_000_000_000_000 + 86_400_000;
const JS_LAST_MS = 8_640_000_000_000_000 - 86_400_000;

/**
 * A real day of any year JavaScript's calendar holds, as the contract writes it (`-0044-03-15`,
 * `12000-01-01`) with its EDTF date: the day itself for four-digit years, the year (`Y12000`) for
 * longer ones, which EDTF can state only as years.
 */
export function realDeepDay(r: number): { date: string; start: string; end: string } {
	const d = new Date(
		JS_FIRST_MS + (r % Math.floor((JS_LAST_MS - JS_FIRST_MS) / 86_400_000)) * 86_400_000
	);
	const y = d.getUTCFullYear();
	const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : year4(y);
	if (Math.abs(y) > 9999) return { date: `Y${y}`, start: `${year}-01-01`, end: `${year}-12-31` };
	const day = `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
	return { date: day, start: day, end: day };
}
