/**
 * Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two
 * thousand", "January nineteen ninety-seven", "the winter of nineteen ninety-four".
 */
import { pad } from '../../data/calendar';
import { MONTHS, MONTH_NAME, SEASONS, patternExtractor } from '../lexicon';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TWO_DIGITS = `(?:(?:${TENS.slice(2).join('|')})(?:[\\s-](?:${UNITS.slice(1).join('|')}))?|${TEENS.join('|')}|oh[\\s-](?:${UNITS.slice(1).join('|')}))`;

/** 0-99 from words: "ninety-six" 96, "oh five" 5. */
function twoDigits(words: string): number {
	const [first, second] = words.toLowerCase().split(/[\s-]+/);
	if (first === 'oh') return UNITS.indexOf(second);
	if (TEENS.includes(first)) return 10 + TEENS.indexOf(first);
	return TENS.indexOf(first) * 10 + (second ? UNITS.indexOf(second) : 0);
}

export const spokenYearExtractor = patternExtractor(
	'spokenYearExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(${MONTH_NAME})\\s+|the\\s+(spring|summer|fall|autumn|winter)\\s+of\\s+|the\\s+year\\s+)?(?:(nineteen|eighteen|twenty)[\\s-]+(${TWO_DIGITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS.slice(1).join('|')}))?)(?![\\w-])`,
		'gi'
	),
	(match) => {
		const [whole, month, season, century, rest, thousandUnit] = match;
		const y = century
			? { eighteen: 1800, nineteen: 1900, twenty: 2000 }[century.toLowerCase() as 'nineteen'] +
				twoDigits(rest)
			: 2000 + (thousandUnit ? UNITS.indexOf(thousandUnit.toLowerCase()) : 0);
		// "nineteen ninety-six" needs its century word; "two thousand" alone needs "the year" or a month.
		if (!century && !/^the\s+year|^\S+\s+two/i.test(whole) && !month && !season) return null;
		let value = String(y);
		if (month) value += `-${pad(MONTHS[month.toLowerCase()])}`;
		else if (season) value += `-${SEASONS[season.toLowerCase()]}`;
		return {
			type: 'DATE',
			value,
			stated: month ? ['year', 'month'] : ['year'],
			resolution: `'${whole}': ${value}, the year said in words`
		};
	},
	1,
	{ anchor: /nineteen|eighteen|twenty|two\s+thousand/gi, before: 40, after: 40, behind: 2 }
);
