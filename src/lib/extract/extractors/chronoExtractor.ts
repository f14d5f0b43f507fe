/**
 * Calendar dates and clock times, parsed by chrono-node: "Oct. 7, 2023", "January 8, 2024
 * 10:19am", "10/7/2023", "2024-01-08". chrono is configured from its strict English parsers and
 * extended through its own API with one refiner (below). Relative expressions ("Friday", "two
 * days ago") are left to our extractors, which follow TimeML's extent and value conventions.
 */
import * as chrono from 'chrono-node';
import { formatDay, longDay, monthName, pad, type Day } from '../../data/calendar';
import type { Candidate, ExtractContext, Extractor } from '../types';
import { governingTense, pointsBack, speaksOfFuture } from '../tense';
import { spaces, type Spaces } from '../scan';
import { sentenceEndsAfter } from './clockExtractor';

/**
 * Drops chrono readings that are not dates in news text: a "date" glued to money or a
 * percentage ("$10/7", "10.5%"), or a bare time like "at 2" with no minutes and no meridiem.
 */
const notMoneyRefiner: chrono.Refiner = {
	refine(context, results) {
		return results.filter((result) => {
			const before = context.text.slice(Math.max(0, result.index - 1), result.index);
			const after = context.text.slice(result.index + result.text.length).slice(0, 1);
			return !/[$£€#]/.test(before) && !/[%\d]/.test(after);
		});
	}
};

// What chrono parses for us, and what our own extractors read instead (TimeML's extents differ).
const WANTED = ['Oct. 7, 2023', 'January 8, 2024 10:19am', '2024-01-08', '1/2/2024'];
const LEFT_TO_US = ['within 3 days', '3 days ago', '3 days later'];

function configuredChrono(): chrono.Chrono {
	const parser = chrono.strict.clone();
	// Drop the parsers that only read relative expressions: they cost time on every call. They are
	// recognised by what their patterns match, as class names do not survive minification.
	const probe = { option: {}, text: '', refDate: new Date(0) } as unknown as chrono.ParsingContext;
	parser.parsers = parser.parsers.filter((p) => {
		let pattern: RegExp;
		try {
			pattern = new RegExp(p.pattern(probe).source, 'i');
		} catch {
			return true;
		}
		return WANTED.some((s) => pattern.test(s)) || !LEFT_TO_US.some((s) => pattern.test(s));
	});
	// Runs last: after chrono's own merging, a merged result is judged as a whole.
	parser.refiners.push(notMoneyRefiner);
	return parser;
}

const parser = configuredChrono();

/** chrono results whose month and day (or month and year), or clock time, the text states. */
export const chronoExtractor: Extractor = {
	name: 'chronoExtractor',
	extract(context: ExtractContext): Candidate[] {
		const { ref } = context;
		const reference = { instant: new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)), timezone: 0 };
		const found: Candidate[] = [];
		// chrono only needs to read around the places where a calendar date or a clock time can be:
		// it is the slowest extractor, and most of a news story has neither.
		const blocks = windows(context.text);
		if (!blocks.length) return found;
		// One chrono call over all the windows: each call costs more than the reading itself.
		// The separator is one that none of chrono's merging refiners reads across.
		const starts: number[] = [];
		let joined = '';
		for (const block of blocks) {
			if (joined) joined += SEPARATOR;
			starts.push(joined.length);
			joined += block.text;
		}
		for (const result of parser.parse(joined, reference)) {
			let i = starts.length - 1;
			while (starts[i] > result.index) i--;
			const block = blocks[i];
			// A reading that runs past its window into the separator is no reading.
			if (result.index + result.text.length > starts[i] + block.text.length) continue;
			// Nor is one longer than any date is written ("May" and "5" a page of spaces apart,
			// which chrono's patterns allow): news dates run to 40 characters, and the rules below
			// read the reading's text with patterns that are quadratic in a long run of spaces.
			if (result.text.length > MAX_READING) continue;
			const at = { text: joined, index: block.index - starts[i] };
			// "from Aug. 26 to Oct. 20": TimeML tags each end of a range on its own.
			const range =
				result.end && /^(.*?\d)(\s*(?:-|–|to|through|until|and)\s+)(\S.*)$/i.exec(result.text);
			if (result.end && range && /[a-z]/i.test(range[1]) && /[a-z]/i.test(range[3])) {
				const first = range[1];
				const second = range[3];
				const tags = () => result.tags();
				read(
					{ ...result, text: first, end: undefined, tags } as chrono.ParsedResult,
					at,
					context,
					found
				);
				read(
					{
						...result,
						index: result.index + first.length + range[2].length,
						text: second,
						start: result.end,
						end: undefined,
						tags
					} as chrono.ParsedResult,
					at,
					context,
					found
				);
				continue;
			}
			read(result, at, context, found);
		}
		return found;
	}
};

const SEPARATOR = '\n|\n';

// The longest chrono reading kept: "on Monday, September 16, 2010 at 09:57 a.m. BST" is 48.
const MAX_READING = 120;

/** A stretch of the text chrono reads, and where it starts. */
interface Block {
	text: string;
	index: number;
}

/**
 * Stretches of at most one line around each place a date may be, widened to whole words and
 * merged where they touch: enough context for "on Monday, Oct. 26, 1998 at 10:35 a.m.".
 *
 * Linear in the text whatever its shape: the line is found once per line, not once per match,
 * and words are widened through `spaces`, computed once, rather than a character at a time
 * (100 KB of "2024-01-01/" with no space or line break took 52 s that way).
 */
function windows(text: string): Block[] {
	const blocks: Block[] = [];
	const pattern = new RegExp(MAY_HOLD_DATE.source, 'gi');
	let match: RegExpExecArray | null;
	let from = -1;
	let to = -1;
	const flush = () => {
		if (from >= 0) blocks.push({ text: text.slice(from, to), index: from });
	};
	let space: Spaces | undefined;
	let lineStart = 0;
	let lineEnd = -1;
	while ((match = pattern.exec(text))) {
		space ??= spaces(text);
		if (match.index > lineEnd) {
			lineStart = text.lastIndexOf('\n', match.index) + 1;
			const lineEndAt = text.indexOf('\n', match.index);
			lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
		}
		// Back to the start of the word 30 characters before, forward to the end of the word 50
		// after, within the line (a line break is a space, so neither crosses one).
		const start = space.before[Math.max(lineStart, match.index - 30)] + 1;
		const end = Math.min(
			lineEnd,
			space.from[Math.min(lineEnd, match.index + match[0].length + 50)]
		);
		if (start <= to && lineStart <= from) to = Math.max(to, end);
		else {
			flush();
			from = start;
			to = end;
		}
	}
	flush();
	return blocks;
}

// A month name or abbreviation, a slash or ISO date, or a clock time. The spaces inside are
// bounded: a month and a number a page of spaces apart are no date, and chrono's own refiners
// read the text between readings with patterns that are quadratic in a long run of spaces.
const MAY_HOLD_DATE =
	/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s{0,20}\d|\d\s{0,20}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/:.-]\d|\d\s{0,20}(?:[ap]\.?m\b|o['’]clock)|\b(?:noon|midnight)\b/i;

/** One chrono result as a candidate, if it is a calendar date or a clock time. */
function read(
	result: chrono.ParsedResult,
	block: Block,
	{ text: source, ref }: ExtractContext,
	found: Candidate[]
): void {
	const offset = block.index;
	const c = result.start;
	const has = (k: chrono.Component) => c.isCertain(k);
	let start = offset + result.index;
	let text = result.text;
	// TimeML leaves out the preposition ("on Monday, Oct. 26" is "Monday, Oct. 26").
	const lead = /^(?:on|at|from|by|until|since|in)\s+/i.exec(text);
	if (lead) {
		start += lead[0].length;
		text = text.slice(lead[0].length);
	}
	text = text.replace(/[\s,]+$/, '');
	// "at 6 a.m." ending a sentence: its last period ends the sentence, not the time.
	if (/[ap]\.m\.$/i.test(text) && sentenceEndsAfter(block.text, start - offset + text.length))
		text = text.slice(0, -1);
	const clock =
		has('hour') && /\d:\d\d|\d\s*[ap]\.?m\b\.?|\bnoon\b|\bmidnight\b|o['’]clock/i.test(text);
	// A merged bare number ("Jan. 1, 1990 at 1") is not a time: keep the date alone.
	if (has('hour') && !clock) text = text.replace(/\s*(?:,\s*)?(?:at\s+)?\d{1,2}$/i, '');
	// "On March 5, 10 soldiers died": a two-digit number after the day that a noun follows is a
	// count, not the year 2010.
	const counted =
		has('year') &&
		/\d,\s*\d{2}$/.test(text) &&
		/^\s+[a-z]/.test(block.text.slice(start - offset + text.length));
	if (counted) text = text.replace(/\s*,\s*\d{2}$/, '');
	const stated = (['year', 'month', 'day', 'hour', 'minute'] as const).filter(
		(k) => has(k) && !(counted && k === 'year')
	);
	const dated = has('month') && (has('day') || stated.includes('year'));
	if (!dated && !clock) return;
	// "7/8" and "1/2" in stock tables are fractions; a slash date needs its year.
	if (text.includes('/') && !/^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/.test(text)) return;
	// "for three weeks", "within 2 days": durations, which the durationExtractor tags.
	if (
		/^(?:for|within|in|during)\b|\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(
			result.text
		)
	)
		return;
	// News looks back: a month and day without a year is the last such day, or one soon to come.
	const y = stated.includes('year')
		? (c.get('year') ?? ref.y)
		: impliedYear(
				c.get('month') ?? ref.m,
				c.get('day') ?? ref.d,
				ref,
				// The whole sentence, not the window chrono read: "would leave … from August 6". Asked
				// only when the day is three to nine months ahead: tagging the sentence is the
				// dearest step here, and most days without a year are the last few months'.
				() => speaksOfFuture(source, start) && governingTense(source, start) !== 'past',
				pointsBack(source, start)
			);
	const m = c.get('month') ?? ref.m;
	const d = c.get('day') ?? ref.d;
	const implied = (['year', 'month', 'day'] as const).filter((k) => !stated.includes(k));
	let value: string;
	let type: Candidate['type'] = 'DATE';
	let resolution: string;
	const day = formatDay({ y, m, d });
	if (!has('day') && !has('hour')) {
		value = `${pad(y, 4)}-${pad(m)}`;
		resolution = `'${text}': the month as stated`;
	} else {
		value = day;
		resolution = stated.includes('year')
			? `'${text}': the date as stated`
			: `'${text}': ${monthName(m)} ${d}, ${y}, the ${day <= formatDay(ref) ? 'last' : 'next'} ${monthName(m)} ${d} ${day <= formatDay(ref) ? 'before' : 'after'} publication (${longDay(ref)})`;
	}
	if (clock) {
		type = 'TIME';
		value = `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
		if (!has('day')) resolution = `'${text}': a time on the publication day`;
	}
	found.push({
		start,
		end: start + text.length,
		text,
		type,
		value,
		stated,
		implied,
		tags: ['chronoExtractor', ...result.tags()],
		resolution,
		priority: 2
	});
}

/** The year of a month and day stated without one: within the next three months, or else past. */
function impliedYear(m: number, d: number, ref: Day, future: () => boolean, back: boolean): number {
	const ahead = (m - ref.m + (d - ref.d) / 31 + 12) % 12;
	// A future clause reaches at most nine months ahead: "to repatriate the child by Jan. 14" the
	// day after is a deadline just passed, not one a year away.
	if (!back && (ahead <= 3 || (ahead <= 9 && future())))
		return m > ref.m || (m === ref.m && d >= ref.d) ? ref.y : ref.y + 1;
	return m < ref.m || (m === ref.m && d <= ref.d) ? ref.y : ref.y - 1;
}
