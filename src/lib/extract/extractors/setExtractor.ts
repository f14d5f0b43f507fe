/**
 * Recurring times: "daily", "every day", "each year", "annually", "weekly", "each July".
 * Never drawn as dates.
 */
import { MONTHS, MONTH_NAME, patternExtractor } from '../lexicon';

const ADVERBS: Record<string, string> = {
	hourly: 'PT1H',
	daily: 'P1D',
	nightly: 'P1D',
	weekly: 'P1W',
	biweekly: 'P2W',
	monthly: 'P1M',
	quarterly: 'P3M',
	annually: 'P1Y',
	yearly: 'P1Y'
};
const UNITS: Record<string, string> = {
	hour: 'PT1H',
	day: 'P1D',
	night: 'P1D',
	week: 'P1W',
	month: 'P1M',
	quarter: 'P1Q',
	year: 'P1Y',
	morning: 'P1D',
	evening: 'P1D',
	summer: 'XXXX-SU',
	spring: 'XXXX-SP',
	fall: 'XXXX-FA',
	winter: 'XXXX-WI'
};

export const setExtractor = patternExtractor(
	'setExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(hourly|daily|nightly|weekly|biweekly|monthly|yearly)|(?:every|each)\\s+(?:single\\s+)?(?:(hour|day|night|week|month|quarter|year|morning|evening|summer|spring|fall|winter)|(${MONTH_NAME})))(?![\\w-])`,
		'gi'
	),
	(match) => {
		const [whole, adverb, unit, month] = match;
		// "the average daily volume": a measure of trading, not a recurring time.
		if (
			adverb &&
			/\baverage\s+$/i.test(match.input.slice(Math.max(0, match.index - 10), match.index))
		)
			return null;
		const value = adverb
			? ADVERBS[adverb.toLowerCase()]
			: month
				? `XXXX-${String(MONTHS[month.toLowerCase()]).padStart(2, '0')}`
				: UNITS[unit.toLowerCase()];
		return { type: 'SET', value, resolution: `'${whole}': a recurring time, not a date` };
	}
);
