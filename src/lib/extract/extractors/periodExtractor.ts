/**
 * Calendar periods named relative to publication: "this year", "last week", "next month",
 * "earlier this month", "early next year", "the past year", "this weekend".
 */
import {
	addDays,
	addMonths,
	formatMonth,
	isoWeekday,
	formatWeek,
	longDay,
	monthName,
	quarterOf,
	weekStart,
	type Day
} from '../../data/calendar';
import { patternExtractor } from '../lexicon';

export const periodExtractor = patternExtractor(
	'periodExtractor',
	/(?=[elmtnpc])\b(?<![\w-])(?:(early|late|earlier|later|mid)[\s-]+(?:in\s+)?)?(?:(this|last|next|past|coming|previous|current|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+previous|this\s+past)\s+)(?:fiscal\s+)?(week|month|year|weekend|quarter|decade|century)(?![\w-])(?!\s+(?:ago|earlier|later)\b)/gi,
	(match, { ref, text }) => {
		const [, , relWord, unitWord] = match;
		const rel = relWord.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
		const unit = unitWord.toLowerCase();
		// "the last week" of something, "the past year's results": a different sense; "last week's" is
		// fine. "Over the past decade" is the ten years before publication.
		if (
			/^the /i.test(relWord) &&
			!['year', 'week', 'month', 'decade'].includes(unit) &&
			rel !== 'current'
		)
			return null;
		// ABC's "This Week": a title in quotes, not a time.
		if (/^[A-Z]\S*\s+[A-Z]/.test(match[0]) && /["“]$/.test(text.slice(0, match.index))) return null;
		// "earlier this week": TimeML tags "this week" alone.
		const skip =
			unit === 'week' && /^(?:earlier|later)$/i.test(match[1] ?? '')
				? match[0].indexOf(relWord)
				: 0;
		const step =
			rel === 'this' || rel === 'current' ? 0 : rel === 'next' || rel === 'coming' ? 1 : -1;
		const said = `'${match[0]}'`;
		switch (unit) {
			case 'week': {
				if (/^the /i.test(relWord)) return null;
				const weeks = weekStep(rel, step, ref, text);
				const monday = weekStart(addDays(ref, 7 * weeks));
				const sunday = addDays(monday, 6);
				return {
					skip,
					type: 'DATE',
					value: formatWeek(monday),
					stated: ['week'],
					implied: ['year'],
					resolution: `${said}: the calendar week ${describeWeek(step, weeks)} publication on ${longDay(ref)} (${longDay(monday)} to ${longDay(sunday)})`
				};
			}
			case 'weekend': {
				const monday = weekStart(addDays(ref, step === 0 ? 0 : 7 * step));
				return {
					type: 'DATE',
					value: `${formatWeek(monday)}-WE`,
					stated: ['weekend'],
					implied: ['year'],
					resolution: `${said}: the weekend of the week of ${longDay(monday)}`
				};
			}
			case 'month': {
				if (/^the /i.test(relWord)) return null;
				const { y, m } = addMonths(ref.y, ref.m, step);
				return {
					type: 'DATE',
					value: formatMonth(y, m),
					stated: ['month'],
					implied: ['year'],
					resolution: `${said}: ${monthName(m)} ${y}, counted from publication on ${longDay(ref)}`
				};
			}
			case 'year': {
				// "the past year" in TimeML is last year, like "last year".
				const y = ref.y + step;
				if (
					/^the /i.test(relWord) &&
					/^\s+(?:of|to|and)\b/.test(text.slice(match.index + match[0].length))
				)
					return null;
				// "compared with $33 million last year", "last year's $1.55 billion": in quarterly
				// results, the same quarter a year before; the `contextRefiner` decides.
				const compared =
					rel === 'last' &&
					(/^['’]s\b/.test(text.slice(match.index + match[0].length)) ||
						/\b(?:compared\s+with|from|versus|against)\s[^.;]*\d[^.;]*$/i.test(
							text.slice(Math.max(0, match.index - 60), match.index)
						));
				return {
					type: 'DATE',
					value: String(y),
					stated: ['year'],
					resolution: `${said}: ${y}, counted from publication in ${ref.y}`,
					...(compared ? { pending: { kind: 'year-earlier' as const, fallback: String(y) } } : {})
				};
			}
			case 'quarter': {
				if (rel === 'this') return null; // "this quarter" points back at a reported quarter: see quarterExtractor
				const q = addMonths(ref.y, (quarterOf(ref.m) - 1) * 3 + 1, 3 * step);
				return {
					type: 'DATE',
					value: `${q.y}-Q${quarterOf(q.m)}`,
					stated: ['quarter'],
					implied: ['year'],
					resolution: `${said}: quarter ${quarterOf(q.m)} of ${q.y}, counted from publication`
				};
			}
			case 'decade': {
				if (step >= 0) return null;
				return {
					type: 'DURATION',
					value: 'P10Y',
					stated: ['decade'],
					resolution: `${said}: the ten years before publication`
				};
			}
			default:
				return null;
		}
	},
	1,
	{
		anchor: /\b(?:week|month|year|weekend|quarter|decade|century)\b/gi,
		before: 50,
		after: 30,
		behind: 2
	}
);

/**
 * "For the week, the index dropped", "the week's most active session": the week a story reports
 * on, named without saying which; TimeML writes its year and leaves the week open (`1989-WXX`).
 * "the week of March 6", "the week before" and "the week ahead" say something else.
 */
export const reportedWeekExtractor = patternExtractor(
	'reportedWeekExtractor',
	/\b(?<![\w-])the\s+week(?:['’]s)?(?![\w-])(?!\s+(?:of|before|after|ahead|earlier|later|following|prior|to|when|that|in|long|end)\b)/gi,
	(match, { ref }) => {
		const possessive = /['’]s$/.exec(match[0]);
		return {
			type: 'DATE',
			value: `${ref.y}-WXX`,
			trim: possessive ? possessive[0].length : 0,
			stated: ['week'],
			priority: 0,
			resolution: `'${match[0]}': the week the story reports on, in ${ref.y}`
		};
	}
);

/**
 * "the following year", "The following month", "later that year": a year or month counted from
 * the date the story named just before, which the `contextRefiner` settles. "Until then" is that
 * date itself.
 */
export const anaphoricPeriodExtractor = patternExtractor(
	'anaphoricPeriodExtractor',
	/\b(?<![\w-])(?:(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(year|month|day|morning|afternoon|evening|night)|the\s+(?:following|next)\s+(year|month|day|morning)(\s+or\s+(?:two|so))?|(?<=\b(?:[Uu]ntil|[Tt]ill)\s+)then)(?![\w-])(?!\s+(?:of|when|that|which|who|after|before)\b)/gi,
	(match) => {
		if (/^then$/i.test(match[0]))
			return {
				type: 'DATE',
				value: '',
				resolution: '',
				pending: { kind: 'date-anaphor', unit: 'date', shift: 0 }
			};
		const word = (match[1] ?? match[2]).toLowerCase();
		// "expected in the next day or two": a span to come from publication, not the day after
		// a day the story named before; no one day to date.
		if (word === 'day' && match[3] && /\b(?:in|within|over|during)\s+$/i.test(before(match)))
			return {
				type: 'DATE',
				value: 'FUTURE_REF',
				stated: [],
				resolution: `'${match[0]}': soon after publication, no one day`
			};
		// "the next year or so" is "next year", read by the periodExtractor.
		if (match[3] && word !== 'day') return null;
		// "that morning", "the next morning": a day, as TimeML dates them.
		const unit = word === 'year' || word === 'month' ? word : 'day';
		// "the next year" reads as a year to come from publication ("next year"); only "the
		// following year" and "the next day" count from the date named before.
		if (match[2] && unit === 'year' && /next/i.test(match[0])) return null;
		if (match[2] && unit === 'month' && /next/i.test(match[0])) return null;
		return {
			type: 'DATE',
			value: '',
			resolution: '',
			pending: { kind: 'date-anaphor', unit, shift: match[2] ? 1 : 0 }
		};
	},
	1,
	{ anchor: /\b(?:that|following|next|then)\b/gi, before: 10, after: 40, behind: 12 }
);

/**
 * "The day before, residents had fled", "had left the previous day": the day before (or after)
 * the day the story named just before, which the `contextRefiner` settles. Only where the phrase
 * ends its clause: "the day before the vote" counts from a happening, not a named day.
 */
export const adjacentDayExtractor = patternExtractor(
	'adjacentDayExtractor',
	/\b(?<![\w-])the\s+(?:(?:previous|preceding)\s+day|day\s+(before|after))(?=\s*(?:[,.;:!?)]|$))/gi,
	(match) => ({
		type: 'DATE',
		value: '',
		resolution: '',
		pending: {
			kind: 'date-anaphor',
			unit: 'day',
			shift: match[1]?.toLowerCase() === 'after' ? 1 : -1
		}
	}),
	1,
	{ anchor: /\bday\b/gi, before: 20, after: 12, behind: 1 }
);

/** The few words before `match`. */
function before(match: RegExpExecArray): string {
	return match.input.slice(Math.max(0, match.index - 10), match.index);
}

/**
 * The calendar week "this", "last" or "next week" names, counted in weeks from publication's.
 * A Sunday paper's "last week" is the week that ends on publication day, as its readers take it
 * ("Last week, the minister resigned" in Sunday's paper is the week just gone, not the one
 * before it); ISO weeks end on Sunday, so that week is publication's own. A story that dates
 * news on the Sunday itself ("police said Sunday") was written that day, as a wire's is, and
 * its "last week" is the week before, as TimeML's annotators read it.
 */
export function weekStep(rel: string, step: number, ref: Day, text: string): number {
	const sundayPaper = isoWeekday(ref) === 7 && !newsOnSunday(text);
	return step < 0 && rel === 'last' && sundayPaper ? 0 : step;
}

// "said Sunday", "on Sunday night": a day of news, not "last Sunday", "Sunday's vote" or a
// paper's name ("the Sunday Times").
const NEWS_ON_SUNDAY =
	/(?<!\b(?:[Ll]ast|[Nn]ext|[Ee]very|[Tt]his)\s+)\bSunday\b(?!['’]s|\s+\p{Lu})/u;

// The last text asked about and its answer: a story with many "last week"s reads it once.
let asked: { text: string; news: boolean } | undefined;
function newsOnSunday(text: string): boolean {
	if (asked?.text !== text) asked = { text, news: NEWS_ON_SUNDAY.test(text) };
	return asked.news;
}

function describeWeek(step: number, weeks: number): string {
	if (step < 0 && weeks === 0) return 'ending on';
	return weeks < 0 ? 'before' : weeks > 0 ? 'after' : 'of';
}
