/**
 * Points counted back or forward from publication: "two years ago", "nearly four years ago",
 * "a week or so ago", "10 days ago", "a year earlier", "a year and a half ago". "a year ago" and "a year earlier" in
 * quarterly results mean the same quarter of the year before; the `contextRefiner` decides.
 */
import {
	addDays,
	addMonths,
	formatDay,
	formatMonth,
	formatWeek,
	longDay
} from '../../data/calendar';
import { HEDGE, NUMBER, UNIT, numberValue, patternExtractor, type Reading } from '../lexicon';
import type { ExtractContext } from '../types';

export const agoExtractor = patternExtractor(
	'agoExtractor',
	new RegExp(
		`\\b(?<![\\w-])${HEDGE}?(${NUMBER})(?:\\s+and\\s+a\\s+half)?[\\s-]+(${UNIT})(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\s+(ago|earlier|hence|from\\s+now)(?![\\w-])(?!\\s+than\\b)`,
		'gi'
	),
	(match, context) => {
		const reading = readAgo(match, context);
		// "just" and "only" stay outside the extent; "about" and "nearly" are part of it.
		const skip = /^(?:just|only|barely)\s+/i.exec(match[0])?.[0].length ?? 0;
		return reading && { ...reading, skip };
	},
	1,
	{ anchor: /\b(?:ago|earlier|hence|from\s+now)\b/gi, before: 100, after: 20, behind: 2 }
);

function readAgo(match: RegExpExecArray, { ref }: ExtractContext): Reading | null {
	{
		const [whole, countWord, unitWord, , directionWord] = match;
		const n = numberValue(countWord);
		const unit = unitWord.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
		const said = `'${match[0]}'`;
		// "a year and a half ago": eighteen months back, a month; "two and a half weeks ago": a week.
		if (/\band\s+a\s+half\b/i.test(whole) && n !== 'X') {
			const back = /^(?:ago|earlier)$/i.test(directionWord) ? -1 : 1;
			const count = Number(n) + 0.5;
			if (unit === 'year') {
				const { y, m } = addMonths(ref.y, ref.m, back * count * 12);
				return {
					type: 'DATE',
					value: formatMonth(y, m),
					stated: ['month'],
					resolution: `${said}: ${count * 12} months ${back < 0 ? 'before' : 'after'} publication`
				};
			}
			const days = { month: 30, week: 7, day: 1 }[unit];
			if (!days) return null;
			const day = addDays(ref, back * Math.round(count * days));
			return {
				type: 'DATE',
				value: formatWeek(day),
				stated: ['week'],
				resolution: `${said}: the week of ${longDay(day)}, about ${Math.round(count * days)} days ${back < 0 ? 'before' : 'after'} publication`
			};
		}
		const direction = directionWord.toLowerCase();
		const sign = direction === 'ago' || direction === 'earlier' ? -1 : 1;
		if (n === 'X')
			return {
				type: 'DATE',
				value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF',
				resolution: `${said}: an unstated time ${sign < 0 ? 'before' : 'after'} publication`
			};
		const k = sign * Number(n);
		if (!Number.isInteger(k)) return null;
		if (unit === 'year' && Math.abs(k) === 1 && sign < 0) {
			return {
				type: 'DATE',
				value: String(ref.y - 1),
				resolution: `${said}: a year before publication, ${ref.y - 1}`,
				pending: { kind: 'year-earlier', fallback: String(ref.y - 1) }
			};
		}
		// "A week earlier", "two days earlier": counted from the day the story named just before,
		// which the `contextRefiner` settles; from publication when it named none.
		const pending =
			direction === 'earlier' && (unit === 'day' || unit === 'week')
				? { pending: { kind: 'days-earlier' as const, days: -k * (unit === 'week' ? 7 : 1) } }
				: {};
		switch (unit) {
			case 'day': {
				const day = addDays(ref, k);
				return {
					type: 'DATE',
					value: formatDay(day),
					stated: ['day'],
					resolution: `${said}: ${longDay(day)}, counted from publication`,
					...pending
				};
			}
			case 'week':
				return {
					type: 'DATE',
					value: formatWeek(addDays(ref, 7 * k)),
					stated: ['week'],
					resolution: `${said}: the week of ${longDay(addDays(ref, 7 * k))}`,
					...pending
				};
			case 'month': {
				const { y, m } = addMonths(ref.y, ref.m, k);
				return {
					type: 'DATE',
					value: formatMonth(y, m),
					stated: ['month'],
					resolution: `${said}: counted from publication`
				};
			}
			case 'year':
			case 'decade':
			case 'century': {
				const y = ref.y + k * (unit === 'year' ? 1 : unit === 'decade' ? 10 : 100);
				return {
					type: 'DATE',
					value: String(y),
					stated: ['year'],
					resolution: `${said}: ${y}, counted from publication in ${ref.y}`
				};
			}
			default:
				return {
					type: 'DATE',
					value: formatDay(ref),
					resolution: `${said}: on the publication day`
				};
		}
	}
}
