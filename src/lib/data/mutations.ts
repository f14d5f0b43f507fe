/**
 * Known mutations of valid datasets, each known by construction to keep the dataset valid or to
 * break the contract: the independent oracle of `npm run fuzz` and of the validator's property
 * test. Nothing here asks the validator (or the calendar it uses) what is valid: real days and
 * times come from JavaScript's own `Date` read in UTC, impossible ones are built past the limits
 * the contract documents, and a broken quote is broken by an edit whose effect is plain.
 * Test-only: nothing in the app imports it.
 */
import type { Dataset } from './schema';

/** What a mutation does to a valid dataset: keeps it valid, or makes it invalid. */
export type Verdict = 'valid' | 'invalid';

export interface Mutation {
	name: string;
	verdict: Verdict;
	/**
	 * Mutates `dataset` (a deep copy the caller owns) using the random numbers `r`, or returns
	 * false when the dataset has nothing to mutate that way (no event, no quote), in which case
	 * the case is not counted.
	 */
	apply(dataset: Dataset, r: number[]): boolean;
}

// Strings a hostile or careless file holds: markup, script URLs, template syntax, control and
// bidirectional characters, astral characters, lone surrogates, prototype names.
export const HOSTILE_STRINGS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'{@html "<b>x</b>"}',
	'${7*7} {{7*7}}',
	'javascript:alert(1)',
	'\u202eevil\u202c',
	'\u0000\u0007\u001b',
	'🇮🇶 🎉 𝕏',
	'\ud800 lone',
	'__proto__',
	'constructor',
	'=SUM(A1)',
	"'",
	'"',
	'\n\n',
	'\u00a0',
	'a'.repeat(300)
];

const pick = <T>(items: readonly T[], r: number): T => items[r % items.length];
const two = (n: number) => String(n).padStart(2, '0');
const year4 = (y: number) => String(y).padStart(4, '0');

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
			return `0000-${two(m)}-${two(Math.min(d.getUTCDate(), 28))}`;
	}
}

/** An impossible `YYYY-MM-DD`: month 00 or 13+, day 00 or past the month's end, or year 0. */
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
			return `0000-${two(m)}-01`;
	}
}

const events = (d: Dataset) => d.events;
const quotesOf = (d: Dataset) => d.events.flatMap((e) => e.quotes.map((q) => ({ event: e, q })));

/** Deletes `key` from `target`, reached through `path` (a structural break the schema names). */
function remove(target: Record<string, unknown>, key: string): boolean {
	if (!(key in target)) return false;
	delete target[key];
	return true;
}

// ---- Mutations that keep a dataset valid ---------------------------------------------------

const keeps: Mutation[] = [
	{ name: 'unchanged', verdict: 'valid', apply: () => true },
	{
		name: 'hostile title and texts',
		verdict: 'valid',
		apply(d, r) {
			const text = pick(HOSTILE_STRINGS, r[0]);
			d.title = `${text} x`;
			d.sources[r[1] % d.sources.length].publisher = text;
			if (d.events.length) d.events[r[2] % d.events.length].title = `x ${text}`;
			return true;
		}
	},
	{
		name: 'empty optional texts',
		verdict: 'valid',
		apply(d, r) {
			d.description = '';
			for (const event of d.events) {
				if (r[0] % 2) event.summary = '';
				if (r[1] % 2) event.resolution = '';
			}
			return true;
		}
	},
	{
		name: 'real publication date',
		verdict: 'valid',
		apply(d, r) {
			d.sources[r[0] % d.sources.length].published = realPublished(r[1], r[2]);
			return true;
		}
	},
	{
		name: 'real day, years 1-9999',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			const day = realDay(r[1]);
			Object.assign(d.events[r[0] % d.events.length], {
				date: day,
				start: day,
				end: day,
				precision: 'day'
			});
			return true;
		}
	},
	{
		name: 'quote of whole characters',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			const source = d.sources[r[0] % d.sources.length];
			// Offsets between characters, counted by iterating code points.
			const cuts = [0];
			for (const character of source.text) cuts.push(cuts[cuts.length - 1] + character.length);
			if (cuts.length < 2) return false;
			const start = cuts[r[1] % (cuts.length - 1)];
			const later = cuts.filter((c) => c > start);
			const end = later[r[2] % later.length];
			const event = d.events[r[3] % d.events.length];
			if (event.quotes.some((q) => q.source === source.id && q.start === start && q.end === end))
				return false;
			event.quotes.push({ source: source.id, start, end, text: source.text.slice(start, end) });
			return true;
		}
	},
	{
		name: 'events and sources reordered',
		verdict: 'valid',
		apply(d) {
			d.events.reverse();
			d.sources.reverse();
			return true;
		}
	},
	{
		name: 'http(s) links',
		verdict: 'valid',
		apply(d, r) {
			const url = pick(
				['https://example.com/a?b=c#d', 'http://localhost:8080/', 'https://xn--bcher-kva.example/'],
				r[0]
			);
			d.sources[r[1] % d.sources.length].url = url;
			if (d.events.length) d.events[r[2] % d.events.length].url = url;
			return true;
		}
	},
	{
		name: 'hostile entity names',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.events[r[0] % d.events.length].entities = {
				people: [pick(HOSTILE_STRINGS, r[1])],
				places: [pick(HOSTILE_STRINGS, r[2]), pick(HOSTILE_STRINGS, r[2])],
				organizations: []
			};
			return true;
		}
	}
];

// ---- Mutations that break the contract -----------------------------------------------------

const REQUIRED = {
	dataset: ['version', 'id', 'title', 'sources', 'events'],
	source: ['id', 'title', 'publisher', 'author', 'published', 'text'],
	event: ['id', 'title', 'date', 'start', 'end', 'precision', 'quotes'],
	quote: ['source', 'start', 'end', 'text']
};
const WRONG_TYPES: unknown[] = [null, 7, true, [], {}, 'text'];

const breaks: Mutation[] = [
	{
		name: 'required field missing',
		verdict: 'invalid',
		apply(d, r) {
			const where = r[0] % 4;
			if (where === 0) return remove(d as never, pick(REQUIRED.dataset, r[1]));
			if (where === 1)
				return remove(d.sources[r[2] % d.sources.length] as never, pick(REQUIRED.source, r[1]));
			if (where === 2)
				return (
					d.events.length > 0 &&
					remove(events(d)[r[2] % d.events.length] as never, pick(REQUIRED.event, r[1]))
				);
			const quotes = quotesOf(d);
			return (
				quotes.length > 0 &&
				remove(quotes[r[2] % quotes.length].q as never, pick(REQUIRED.quote, r[1]))
			);
		}
	},
	{
		name: 'field of the wrong type',
		verdict: 'invalid',
		apply(d, r) {
			const wrong = pick(WRONG_TYPES, r[1]);
			const where = r[0] % 3;
			const set = (target: Record<string, unknown>, key: string) => {
				const before = target[key];
				// A string field given 'text' or a list given [] may still be of the right type.
				if (typeof before === typeof wrong && Array.isArray(before) === Array.isArray(wrong))
					return false;
				target[key] = wrong;
				return true;
			};
			if (where === 0) return set(d as never, pick(REQUIRED.dataset, r[2]));
			if (where === 1)
				return set(d.sources[r[3] % d.sources.length] as never, pick(REQUIRED.source, r[2]));
			return (
				d.events.length > 0 &&
				set(d.events[r[3] % d.events.length] as never, pick(REQUIRED.event, r[2]))
			);
		}
	},
	{
		name: 'version not 1',
		verdict: 'invalid',
		apply(d, r) {
			(d as { version: unknown }).version = pick([0, 2, '1', 1.5], r[0]);
			return true;
		}
	},
	{
		name: 'id not a slug',
		verdict: 'invalid',
		apply(d, r) {
			const bad = pick(['', 'Has Caps', 'a b', '-a', 'a-', 'a--b', 'é', 'a_b', 'a/b'], r[0]);
			const where = r[1] % 3;
			if (where === 0) d.id = bad;
			else if (where === 1) d.sources[r[2] % d.sources.length].id = bad;
			else if (d.events.length) d.events[r[2] % d.events.length].id = bad;
			else return false;
			return true;
		}
	},
	{
		name: 'blank title',
		verdict: 'invalid',
		apply(d, r) {
			const blank = pick(['', ' ', '\n\t', '\u00a0'], r[0]);
			if (r[1] % 2 && d.events.length) d.events[r[2] % d.events.length].title = blank;
			else d.title = blank;
			return true;
		}
	},
	{
		name: 'no sources',
		verdict: 'invalid',
		apply(d) {
			d.sources = [];
			return true;
		}
	},
	{
		name: 'source id used twice',
		verdict: 'invalid',
		apply(d, r) {
			d.sources.push(structuredClone(d.sources[r[0] % d.sources.length]));
			return true;
		}
	},
	{
		name: 'event id used twice',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.events.push(structuredClone(d.events[r[0] % d.events.length]));
			return true;
		}
	},
	{
		name: 'start after end',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const event = d.events[r[0] % d.events.length];
			// The day after the end, by JavaScript's calendar.
			const after = new Date(`${event.end}T00:00:00Z`);
			after.setUTCDate(after.getUTCDate() + 1 + (r[1] % 400));
			if (after.getUTCFullYear() > 9999) return false;
			event.start = after.toISOString().slice(0, 10);
			return true;
		}
	},
	{
		name: 'date disagrees with start and end',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const event = d.events[r[0] % d.events.length];
			// A plain year other than the first day's covers other days.
			const y = Number(event.start.slice(0, 4)) + 1 + (r[1] % 50);
			if (y > 9999) return false;
			event.date = year4(y);
			return true;
		}
	},
	{
		name: 'date not EDTF',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.events[r[0] % d.events.length].date = pick(
				['soon', 'last week', '2024-13', '2024/13', '20244', 'Jan 2024', '2024-02-30'],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'impossible event day',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const event = d.events[r[0] % d.events.length];
			if (r[3] % 2) event.start = impossibleDay(r[1], r[2]);
			else event.end = impossibleDay(r[1], r[2]);
			return true;
		}
	},
	{
		name: 'impossible publication date',
		verdict: 'invalid',
		apply(d, r) {
			d.sources[r[0] % d.sources.length].published = impossiblePublished(r[1], r[2]);
			return true;
		}
	},
	{
		name: 'publication date of another shape',
		verdict: 'invalid',
		apply(d, r) {
			d.sources[r[0] % d.sources.length].published = pick(
				[
					'2024-1-8',
					'24-01-08',
					'2024-01-08 10:19',
					'2024-01-08T10',
					'2024-01-08T10:19+0100',
					'January 8, 2024',
					'+002024-01-08',
					''
				],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'precision not one of the eight',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			(d.events[r[0] % d.events.length] as { precision: string }).precision = pick(
				['fortnight', 'Day', '', 'days'],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'quote text not its slice',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { q } = quotes[r[0] % quotes.length];
			const i = r[1] % q.text.length;
			q.text = q.text.slice(0, i) + (q.text[i] === 'x' ? 'y' : 'x') + q.text.slice(i + 1);
			return true;
		}
	},
	{
		name: 'quote past the end of its source',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { q } = quotes[r[0] % quotes.length];
			const source = d.sources.find((s) => s.id === q.source);
			if (!source) return false;
			q.end = source.text.length + 1 + (r[1] % 100);
			return true;
		}
	},
	{
		name: 'quote start not before its end',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { q } = quotes[r[0] % quotes.length];
			q.start = q.end + (r[1] % 3);
			q.text = q.start === q.end ? 'x' : q.text;
			return true;
		}
	},
	{
		name: 'quote splitting a surrogate pair',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const source = d.sources[r[0] % d.sources.length];
			// An astral character added at the end moves no other quote; the quote ends inside it.
			const at = source.text.length;
			source.text += '🎉';
			const start = r[1] % 2 ? Math.max(0, at - 1 - (r[2] % 5)) : at + 1;
			const end = r[1] % 2 ? at + 1 : at + 2;
			if (start >= end) return false;
			d.events[r[3] % d.events.length].quotes.push({
				source: source.id,
				start,
				end,
				text: source.text.slice(start, end)
			});
			return true;
		}
	},
	{
		name: 'quote of an unknown source',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const ids = new Set(d.sources.map((s) => s.id));
			let id = 'unknown-source';
			while (ids.has(id)) id += '-x';
			quotes[r[0] % quotes.length].q.source = id;
			return true;
		}
	},
	{
		name: 'quote listed twice in its event',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { event, q } = quotes[r[0] % quotes.length];
			event.quotes.splice(r[1] % (event.quotes.length + 1), 0, { ...q });
			return true;
		}
	},
	{
		name: 'link not http(s)',
		verdict: 'invalid',
		apply(d, r) {
			const url = pick(
				[
					'javascript:alert(1)',
					'data:text/html,x',
					'ftp://example.com/',
					'/relative',
					'example.com',
					''
				],
				r[0]
			);
			if (r[1] % 2 && d.events.length) d.events[r[2] % d.events.length].url = url;
			else d.sources[r[2] % d.sources.length].url = url;
			return true;
		}
	},
	{
		name: 'not a dataset at all',
		verdict: 'invalid',
		apply(d, r) {
			const shape = r[0] % 3;
			if (shape === 0) (d as { events: unknown }).events = {};
			else if (shape === 1) (d as { sources: unknown }).sources = 'sources';
			else (d as { events: unknown[] }).events.push(pick(WRONG_TYPES, r[1]));
			return true;
		}
	}
];

/** Every mutation, the valid-keeping ones first. */
export const MUTATIONS: Mutation[] = [...keeps, ...breaks];
