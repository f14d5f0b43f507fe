/**
 * Periods news names by a noun alone: "the weekend", "the year", "the full year", "year-end",
 * "the end of the year". TimeML reads "the year" in results ("sales for the year") as a span of a
 * year, and "the weekend" as the last one before publication.
 */
import { addDays, formatWeek, isoWeekday, longDay } from '../calendar';
import { patternExtractor } from '../lexicon';

export const namedPeriodExtractor = patternExtractor(
	'namedPeriodExtractor',
	/\b(?<![\w-])(?:(the\s+weekend)|(the\s+(?:fiscal\s+)?year)(?!['’]s|-|\s+(?:19|20)\d\d|\s+(?:earlier|ago|before|after|of|in)\b)|(the\s+full\s+year)|(year-end)|(year['’]s\s+end|the\s+end\s+of\s+the\s+year))(?![\w-])/gi,
	(match, { ref }) => {
		const [whole, weekend, year, fullYear, yearEnd] = match;
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
		if (year)
			return {
				type: 'DURATION',
				value: 'P1Y',
				resolution: `'${whole}': a span of a year`
			};
		// "the end of the year" is the year (TimeML), "year-end" its last day.
		if (fullYear || !yearEnd)
			return {
				type: 'DATE',
				value: String(ref.y),
				implied: ['year'],
				resolution: `'${whole}': ${fullYear ? 'the whole of' : 'the end of'} ${ref.y}, the year of publication`
			};
		return {
			type: 'DATE',
			value: `${ref.y}-12-31`,
			implied: ['year'],
			resolution: `'${whole}': December 31, ${ref.y}, the end of the year of publication`
		};
	}
);
