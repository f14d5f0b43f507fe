/**
 * Points counted back or forward from publication: "two years ago", "nearly four years ago",
 * "a week or so ago", "10 days ago", "a year earlier". "a year ago" and "a year earlier" in
 * quarterly results mean the same quarter of the year before; the `contextRefiner` decides.
 */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, longDay } from '../calendar';
import { HEDGE, NUMBER, UNIT, numberValue, patternExtractor, type Reading } from '../lexicon';
import type { ExtractContext } from '../types';

export const agoExtractor = patternExtractor(
	'agoExtractor',
	new RegExp(
		`\\b(?<![\\w-])${HEDGE}?(${NUMBER})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|hence|from\\s+now)(?![\\w-])(?!\\s+than\\b)`,
		'gi'
	),
	(match, context) => {
		const reading = readAgo(match, context);
		// "just" and "only" stay outside the extent; "about" and "nearly" are part of it.
		const skip = /^(?:just|only|barely)\s+/i.exec(match[0])?.[0].length ?? 0;
		return reading && { ...reading, skip };
	}
);

function readAgo(match: RegExpExecArray, { ref }: ExtractContext): Reading | null {
	{
		const [, countWord, unitWord, directionWord] = match;
		const n = numberValue(countWord);
		const unit = unitWord.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
		const direction = directionWord.toLowerCase();
		const sign = direction === 'ago' || direction === 'earlier' ? -1 : 1;
		const said = `'${match[0]}'`;
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
		switch (unit) {
			case 'day': {
				const day = addDays(ref, k);
				return {
					type: 'DATE',
					value: formatDay(day),
					stated: ['day'],
					resolution: `${said}: ${longDay(day)}, counted from publication`
				};
			}
			case 'week':
				return {
					type: 'DATE',
					value: formatWeek(addDays(ref, 7 * k)),
					stated: ['week'],
					resolution: `${said}: the week of ${longDay(addDays(ref, 7 * k))}`
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
