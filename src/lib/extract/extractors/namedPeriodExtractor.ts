/**
 * Periods news names by a noun alone: "the weekend", "the year", "the full year", "year-end",
 * "the end of the year". "The year" is the year of publication ("sales for the year", "earlier in
 * the year"), except in results for "the year ended June 30", which TimeML reads as a span of a
 * year; "the weekend" is the last one before publication.
 */
import { addDays, formatWeek, isoWeekday, longDay } from '../../data/calendar';
import { patternExtractor } from '../lexicon';

export const namedPeriodExtractor = patternExtractor(
	'namedPeriodExtractor',
	/\b(?<![\w-])(?:(the\s+weekend)|((?:(?:earlier|later)\s+in\s+)?the\s+(?:fiscal\s+)?year)(?!['’]s|-|\s+(?:19|20)\d\d|\s+(?:earlier|ago|before|after|of|in)\b)|(the\s+full\s+year)|(year-end)|(year['’]s\s+end|the\s+end\s+of\s+the\s+year))(?![\w-])/gi,
	(match, { ref, text }) => {
		const [whole, weekend, year, fullYear, yearEnd] = match;
		const after = text.slice(match.index + whole.length, match.index + whole.length + 12);
		if (weekend) {
			// The last Saturday on or before publication starts "the weekend".
			const saturday = addDays(ref, -((isoWeekday(ref) - 6 + 7) % 7));
			return {
				type: 'DATE',
				value: `${formatWeek(saturday)}-WE`,
				stated: ['weekend'],
				implied: ['year', 'week'],
				resolution: `'${whole}': the weekend of ${longDay(saturday)}, the last before publication`
			};
		}
		if (year && /^\s+(?:ended|ending|through|to)\b/i.test(after))
			return {
				type: 'DURATION',
				value: 'P1Y',
				resolution: `'${whole}': a span of a year`
			};
		if (year)
			return {
				type: 'DATE',
				value: String(ref.y),
				implied: ['year'],
				resolution: `'${whole}': ${ref.y}, the year of publication`
			};
		// "since year-end": the last one before publication.
		const since = /\bsince\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index));
		// "the end of the year" is the year (TimeML), "year-end" its last day.
		if (fullYear || !yearEnd)
			return {
				type: 'DATE',
				value: String(ref.y),
				implied: ['year'],
				resolution: `'${whole}': ${fullYear ? 'the whole of' : 'the end of'} ${ref.y}, the year of publication`
			};
		const y = since ? ref.y - 1 : ref.y;
		return {
			type: 'DATE',
			value: `${y}-12-31`,
			implied: ['year'],
			resolution: `'${whole}': December 31, ${y}, the end of the ${since ? 'last year before' : 'year of'} publication`
		};
	}
);
