/**
 * Clock times chrono's strict parsers leave out: "10 p.m.", "6 a.m. EDT", "4 in the morning".
 * The day is implied (the `contextRefiner` puts it on the day just named, else publication).
 * A sentence-final "p.m." keeps its last period out, as it ends the sentence too.
 */
import { formatDay, pad } from '../../data/calendar';
import { MONTH_NAME, WEEKDAY, patternExtractor } from '../lexicon';

export const clockExtractor = patternExtractor(
	'clockExtractor',
	/\b(?<![\w:.$-])(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|(?:o['’]clock\s+)?in\s+the\s+(morning|afternoon|evening))(?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?/gi,
	(match, { ref }) => {
		const [whole, hourText, minuteText, meridiem, partWord] = match;
		let hour = Number(hourText);
		const minute = Number(minuteText ?? 0);
		if (hour < 1 || hour > 12 || minute > 59) return null;
		const pm = meridiem ? meridiem.toLowerCase() === 'p' : partWord?.toLowerCase() !== 'morning';
		if (pm && hour < 12) hour += 12;
		if (!pm && hour === 12) hour = 0;
		const endsSentence =
			/\.$/.test(whole) && sentenceEndsAfter(match.input, match.index + whole.length);
		return {
			type: 'TIME',
			value: `${formatDay(ref)}T${pad(hour)}:${pad(minute)}`,
			trim: endsSentence ? 1 : 0,
			stated: ['hour', 'minute'],
			implied: ['year', 'month', 'day'],
			resolution: `'${whole}': ${pad(hour)}:${pad(minute)} on the publication day`
		};
	}
);

const NOT_A_SENTENCE = new RegExp(`^\\s+(?:${WEEKDAY}|${MONTH_NAME}|[ECMP][SD]T|GMT|UTC)\\b`);

/** True when the text after an abbreviation's period starts a new sentence (or ends the text). */
export function sentenceEndsAfter(text: string, at: number): boolean {
	const rest = text.slice(at, at + 40);
	return /^(?:\s+["“(]?[A-Z]|\s*$)/.test(rest) && !NOT_A_SENTENCE.test(rest);
}

/**
 * A wire's 24-hour clock with its zone: "at 2015 GMT", "by 0305 GMT", "1930 CDT". Its hour is
 * no year ("2015"): the candidate shadows that reading and is then dropped unsettled, as it dates
 * nothing of its own (a day it names is read on its own; TimeML's annotators leave these clocks
 * untagged). One in brackets glosses the clock time before it ("10:35 a.m. (0735 GMT) Friday"),
 * which the `clockDayRefiner` joins to its day across the gloss: left alone.
 */
export const zonedClockExtractor = patternExtractor(
	'zonedClockExtractor',
	/\b(?<![\w:.$,(-])(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|local\s+time)\b/g,
	(match) => ({
		type: 'TIME',
		value: '',
		resolution: `'${match[0]}': a time of day, no date`
	}),
	1,
	{ anchor: /\b(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|local)\b/g, before: 6, after: 12, behind: 8 }
);
