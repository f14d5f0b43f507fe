/**
 * Dates for the editor, read with the extractor's own time expressions: what a person types in an
 * event's date field, and what date a span of the article suggests for an event added from it.
 *
 * Pure (no DOM), but it loads the extractor and chrono-node: the editor page imports it lazily,
 * so that the page itself stays light until a draft is under review.
 */
import { calendarProblem, formatYear, isoParts, pad } from '$lib/data/calendar';
import { boundsOf } from '$lib/data/edtfBounds';
import { precisionOf } from '$lib/data/edtfPrecision';
import { dateLabel } from '$lib/data/partialDate';
import type { Dataset, Precision } from '$lib/data/schema';
import { edtfOf } from '$lib/extract/edtfDate';
import { extractTimexes, findPublished } from '$lib/extract/index';
import { sentences, spanIndexAt } from '$lib/extract/sentences';
import {
	DATE_FORMS,
	DraftError,
	NO_DATE_FOUND,
	awaitsDate,
	isoShaped,
	readPublished,
	suggestedNote,
	type Selection
} from './draft';

/** A date read from what a person typed. */
export interface TypedDate {
	/** EDTF. */
	date: string;
	/** The precision the words state (for EDTF, the precision its shape suggests). */
	precision: Precision;
	/** True when the words were natural language ("Jan. 5, 2024") rather than EDTF. */
	natural: boolean;
}

/**
 * Reads a date typed in the editor: EDTF as is, or a natural-language date that states its year
 * ("Jan. 5, 2024", "January 2024", "summer 2021", "the 1990s"), read by the extractor and written
 * as EDTF. Words that need the publication date to mean anything ("Friday", "last week") are
 * refused, because a date field should say the date itself.
 *
 * @example
 * readTypedDate('January 2024'); // { date: '2024-01', precision: 'month', natural: true }
 * readTypedDate('2024-01-01/2024-01-07'); // { date: '2024-01-01/2024-01-07', precision: 'week', natural: false }
 * @throws DraftError saying which forms are accepted.
 */
export function readTypedDate(input: string): TypedDate {
	const clean = input.trim();
	if (!clean) throw new DraftError(`Enter a date, such as ${DATE_FORMS}.`);
	try {
		boundsOf(clean);
		return { date: clean, precision: precisionOf(clean), natural: false };
	} catch {
		// Not EDTF: perhaps words.
	}
	const read = readWords(clean);
	if (read) return { ...read, natural: true };
	// Words (or figures) that write a day the calendar lacks are told why, not that they are unread.
	const off = calendarReason(clean);
	if (off) throw new DraftError(`“${clean}” is not a date on the calendar: ${off}.`);
	throw new DraftError(
		`"${clean}" is not a date this page can read. Write it as 2024-01-05, 2024-01 or 2019/2024, or in words with its year, such as January 2024.`
	);
}

/**
 * A date in words that state their year, read whole by the extractor as EDTF with its precision;
 * null when the words are not one date or need the publication date to mean anything.
 */
function readWords(typed: string): { date: string; precision: Precision } | null {
	const words = typed.replace(/[.,;]+$/, '');
	// The reference date only matters to relative words, which are refused below; any will do.
	const found = extractTimexes(words, '2000-01-01').filter((t) => t.type === 'DATE');
	const whole = found.length === 1 && found[0].start === 0 && found[0].end >= words.length;
	const read = whole ? edtfOf(found[0].value) : null;
	return read && statesItsYear(words, read.date) ? read : null;
}

const BYLINE = 'Published: ';
const PUBLISHED_FORMS =
	'Enter the day it was published, such as 2024-01-08 or Jan. 8, 2024, with the time if it is stated: 2024-01-08T10:19 or Jan. 8, 2024 10:19am.';

// A time of day after the date ("…, 10:19am", "at 10:19", "10 p.m."): minutes or am/pm, so that
// the day of "Feb. 6" is never read as a time.
const TIME_AFTER =
	/^(.*?)[\s,]+(?:at\s+)?(\d{1,2})(?::(\d{2})\s*(a\.?m\.?|p\.?m\.?)?|\s*(a\.?m\.?|p\.?m\.?))$/i;

/**
 * Reads a publication date as typed: ISO 8601 as the article states it (see `readPublished`), or
 * a day in words or figures with its year, read as the event editor reads dates ("Feb. 6, 1998",
 * "Nov 4 1998", "11/4/1998"), optionally followed by a time ("Feb. 6, 1998 10:19am", with its
 * zone: "10:19am EST"). Returns it as ISO 8601, with a zone only if one was stated. The extractor
 * dates "Friday" from it, so words that name no day ("early November 1998") are refused, and so
 * are days not on the calendar.
 *
 * @example
 * readPublishedDate('Feb. 6, 1998'); // '1998-02-06'
 * readPublishedDate('Jan. 8, 2024 10:19am'); // '2024-01-08T10:19'
 * readPublishedDate('2024-01-08T10:19+00:00'); // '2024-01-08T10:19+00:00'
 * @throws DraftError (field `published`) saying what is wrong and how to write it.
 */
export function readPublishedDate(typed: string): string {
	const value = typed.trim();
	if (!value) throw new DraftError(PUBLISHED_FORMS, 'published');
	// ISO 8601 (and anything shaped like it) is read, or refused, exactly as before.
	if (isoShaped(value)) return readPublished(value);
	const time = TIME_AFTER.exec(value);
	// The day before the time, else the words whole (a time the extractor reads with its day).
	const dayBeforeTime = time ? readWords(time[1]) : null;
	const day = dayBeforeTime ?? readWords(value);
	if (day?.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(day.date)) {
		if (!time || !dayBeforeTime) return day.date;
		const clock = clockOf(time[2], time[3], time[4] ?? time[5]);
		if (clock) return `${day.date}T${clock}`;
		throw new DraftError(`“${value}” is not a time of day. ${PUBLISHED_FORMS}`, 'published');
	}
	// A byline copied whole, its zone included ("Jan. 8, 2024 10:19am EST"), read as the
	// extractor reads an article's own "Published:" line.
	const byline = findPublished(`${BYLINE}${value}`);
	if (byline && byline.start === BYLINE.length && byline.end === BYLINE.length + value.length)
		return byline.value;
	if (day) throw new DraftError(`“${value}” does not name a day. ${PUBLISHED_FORMS}`, 'published');
	const off = calendarReason(value);
	if (off)
		throw new DraftError(
			`“${value}” is not a date on the calendar: ${off}. ${PUBLISHED_FORMS}`,
			'published'
		);
	throw new DraftError(
		`“${value}” is not a date this page can read. ${PUBLISHED_FORMS}`,
		'published'
	);
}

/** `HH:MM` for an hour, minutes and am/pm as typed; null when no clock shows it. */
function clockOf(hour: string, minute = '00', meridiem?: string): string | null {
	let h = Number(hour);
	const m = Number(minute);
	if (m > 59) return null;
	if (meridiem) {
		if (h < 1 || h > 12) return null;
		h = (h % 12) + (/^p/i.test(meridiem) ? 12 : 0);
	} else if (h > 23) return null;
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Why a date typed as a month, day and year ("April 31, 2010", "31 April 2010", "4/31/2010") or as
 * ISO 8601 ("2010-04-31", each end of "2010-02-30/2010-03-02") is not on the calendar, in the
 * contract's own words (`calendarProblem`: "April 2010 has 30 days"); null when it is, or when it
 * is not so written. The extractor passes over such a day, and the person should hear why.
 *
 * @example
 * calendarReason('April 31, 2010'); // 'April 2010 has 30 days'
 * calendarReason('2023-02-29'); // 'February 2023 has 28 days'
 */
export function calendarReason(typed: string): string | null {
	const words = typed.trim();
	if (isoShaped(words)) {
		// Only the ends of an interval that ISO 8601 writes; EDTF's own signs are left to EDTF.
		const ends = words.split('/').filter((end) => isoParts(end));
		return ends.map(calendarProblem).find((problem) => problem !== null) ?? null;
	}
	const named =
		/^(?:\p{L}+,?\s+)?(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/iu.exec(words) ??
		/^(?:\p{L}+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,})\.?,?\s+(\d{4})\b/iu.exec(words);
	let year: number, month: number, day: number;
	if (named) {
		const [name, d] = /^\d/.test(named[1]) ? [named[2], named[1]] : [named[1], named[2]];
		month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
		if (!month) return null;
		[year, day] = [Number(named[3]), Number(d)];
	} else {
		const figures = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(words);
		if (!figures) return null;
		[month, day, year] = figures.slice(1).map(Number);
	}
	// Written as the contract writes a day, for the contract's one calendar check to judge.
	return calendarProblem(`${formatYear(year)}-${pad(month)}-${pad(day)}`);
}

/** Whether the words give the date's year (or decade, or century) themselves. */
function statesItsYear(words: string, date: string): boolean {
	const digits = /^\d{2,4}/.exec(date)?.[0] ?? '';
	return digits.length > 1 && words.includes(digits);
}

/** The date suggested for an event added from a selection, and how it was found. */
export interface DateSuggestion {
	date: string;
	precision: Precision;
	/** The words the date was read from, or null when none were found. */
	expression: string | null;
	/** The note for the editor and the event's `resolution`. */
	note: string;
}

/**
 * The date for an event made of the selected words: the first time expression inside the
 * selection (read in its sentence, against the publication date); failing that, one elsewhere in
 * the selection's sentence, the nearest before it first; failing that, the nearest dated mention
 * before the selection in a quote of an event already dated; failing that, the publication day marked uncertain (`2024-01-08?`), with a note asking
 * for a date. The note always says which, for the editor to check.
 *
 * @example
 * suggestDate(draft, { source: 'a', start: 120, end: 180 }).note;
 * // "Date suggested from 'last Friday', not yet confirmed"
 */
export function suggestDate(dataset: Dataset, selection: Selection): DateSuggestion {
	const source = dataset.sources.find((s) => s.id === selection.source);
	if (!source) throw new DraftError(`There is no source "${selection.source}" in this draft.`);
	const text = source.text;
	const dct = referenceDay(source.published);

	// The sentences the selection touches, read together so that a weekday finds its clause.
	const spans = sentences(text);
	const first = spans[spanIndexAt(spans, selection.start)];
	const last = spans[spanIndexAt(spans, Math.max(selection.start, selection.end - 1))];
	const from = Math.min(first?.start ?? selection.start, selection.start);
	const to = Math.max(last?.end ?? selection.end, selection.end);
	const mentions = datedTimexes(text.slice(from, to), dct, from);
	const inside = mentions.find((m) => m.start < selection.end && m.end > selection.start);
	if (inside) return suggested(inside.date, inside.precision, inside.text);
	// The selection's own sentence dates it before any other: the nearest mention before the
	// selection, or after it ("… seized large parts of Iraq in 2014").
	const near = mentions.filter((m) => m.end <= selection.start).at(-1) ?? mentions[0];
	if (near) return suggested(near.date, near.precision, near.text);

	const earlier = nearestDatedQuote(dataset, selection, dct);
	if (earlier) return suggested(earlier.date, earlier.precision, earlier.text);

	const day = source.published.slice(0, 10);
	return {
		date: `${day}?`,
		precision: precisionOf(day),
		expression: null,
		note: NO_DATE_FOUND
	};
}

function suggested(date: string, precision: Precision, expression: string): DateSuggestion {
	return { date, precision, expression, note: suggestedNote(expression) };
}

interface Mention {
	start: number;
	end: number;
	text: string;
	date: string;
	precision: Precision;
}

/** The time expressions of `text` that name a stretch of the calendar, at offsets from `at`. */
function datedTimexes(text: string, dct: string | null, at: number): Mention[] {
	if (!dct || !text.trim()) return [];
	return extractTimexes(text, dct).flatMap((t) => {
		const read = edtfOf(t.value);
		return read ? [{ start: at + t.start, end: at + t.end, text: t.text, ...read }] : [];
	});
}

/**
 * The dated mention nearest before the selection among the quotes of the draft's events: the
 * extractor dated each event from a time expression in its quotes, so the latest such quote
 * before the selection holds the latest date the article gave before it.
 */
function nearestDatedQuote(dataset: Dataset, selection: Selection, dct: string | null) {
	const quotes = dataset.events
		// An event still waiting for a date is no evidence of one.
		.filter((e) => !awaitsDate(e.resolution))
		.flatMap((event) =>
			event.quotes
				.filter((q) => q.source === selection.source && q.start < selection.start)
				.map((quote) => ({ event, quote }))
		)
		.sort((a, b) => b.quote.start - a.quote.start);
	let best: (Mention & { at: number }) | null = null;
	for (const { event, quote } of quotes) {
		// A mention lies inside its quote: a quote ending before the best one cannot beat it.
		if (best && quote.end <= best.at) continue;
		const limit = selection.start;
		const same = datedTimexes(quote.text, dct, quote.start).filter(
			(m) => m.date === event.date && m.end <= limit
		);
		// The extractor's one-line note starts with the words it read ("'Friday': …"), for dates
		// settled from context that the quote alone does not give.
		const stated = /^'(.+?)': /.exec(event.resolution ?? '')?.[1];
		const statedAt = stated ? quote.text.lastIndexOf(stated) : -1;
		const mention =
			same.at(-1) ??
			(stated && statedAt >= 0 && quote.start + statedAt + stated.length <= limit
				? {
						start: quote.start + statedAt,
						end: quote.start + statedAt + stated.length,
						text: stated
					}
				: quote.end <= limit
					? { start: quote.start, end: quote.end, text: dateLabel(event) }
					: null);
		if (mention && (!best || mention.start > best.at)) {
			best = {
				...mention,
				at: mention.start,
				date: event.date,
				precision: event.precision
			};
		}
	}
	return best;
}

/** The publication day as the extractor's reference (`YYYY-MM-DD`); a bare year or month has none. */
function referenceDay(published: string): string | null {
	return /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}
