/**
 * Fiscal quarters and halves: "the third quarter", "third-quarter", "the fiscal first
 * quarter", "the third quarter of 1990", "the 1988 third quarter", "next year's first quarter",
 * and the quarters that point back at one already named ("the quarter", "the latest quarter",
 * "the year-earlier period"), which the `contextRefiner` settles.
 */
import { quarterOf, type Day } from '../../data/calendar';
import { ORDINALS, patternExtractor } from '../lexicon';

const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const YEAR = '((?:1[6-9]|20)\\d\\d)';
const YEAR_BEFORE = `(?:(?:${YEAR}|(last|this|next)\\s+year['’]s)\\s+)`;

/** 1 when an unyeared quarter is still to come this year: in reporting, it is last year's. */
function stillToCome(ref: Day, n: number, half: boolean): 0 | 1 {
	return !half && n > quarterOf(ref.m) ? 1 : 0;
}

export const quarterExtractor = patternExtractor(
	'quarterExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(?:the|its|this|that|a|an|their|his|her|our)\\s+)?(?:(?:latest|current|previous|comparable|same|flat|corresponding|final|strong|weak|disappointing|(year-earlier|year-ago))[\\s-]+)*${YEAR_BEFORE}?(?:fiscal[\\s-]+)?${ORDINAL}[\\s-]+(?:fiscal[\\s-]+)?(quarter|half)(?![\\w-](?!quarter))(?:\\s+(?:of|in)\\s+(?:fiscal\\s+)?(?:${YEAR}|(last|this|next)\\s+year))?`,
		'gi'
	),
	(match, { ref }) => {
		const [, yearAgo, yearBefore, relBefore, ordinal, unit, yearAfter, relAfter] = match;
		const n = ORDINALS[ordinal.toLowerCase()];
		const half = unit.toLowerCase() === 'half';
		if (half && n > 2) return null;
		const rel = (relBefore ?? relAfter)?.toLowerCase();
		const stated = yearBefore ?? yearAfter;
		const later = stillToCome(ref, n, half);
		const y = stated
			? Number(stated)
			: rel
				? ref.y + { last: -1, this: 0, next: 1 }[rel as 'last']
				: ref.y - (yearAgo ? 1 : 0) - later;
		// TimeML leaves out articles and possessives before an adjective ("a third-quarter loss").
		const lead = /^(?:(?:its|their|his|her|our)\s+|(?:a|an|the|that|this)\s+(?=\S+-quarter))/i.exec(
			match[0]
		);
		const value = `${y}-${half ? 'H' : 'Q'}${n}`;
		return {
			skip: lead ? lead[0].length : 0,
			type: 'DATE',
			value,
			stated: stated ? ['year', 'quarter'] : ['quarter'],
			implied: stated ? [] : ['year'],
			resolution: `'${match[0]}': ${half ? 'half' : 'quarter'} ${n} of ${y}${stated ? '' : rel ? ` (${rel} year)` : ', the year taken from publication'}`
		};
	},
	1,
	{ anchor: /quarter|half/gi, before: 200, after: 40, behind: 2 }
);

/** "the quarter", "the latest quarter", "the year-ago period", "the 1988 quarter", "year-earlier". */
export const quarterAnaphorExtractor = patternExtractor(
	'quarterAnaphorExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(?:(?:the|this|that|its|their)\\s+(?:(?:latest|most\\s+recent|recent|comparable|same|corresponding|(year-earlier|year-ago|prior-year|year-before))[\\s-]+)*(?:${YEAR}\\s+)?(?:fiscal\\s+)?(quarter|period)(?:\\s+(?:a\\s+year\\s+(?:ago|earlier)|(last\\s+year|a\\s+year\\s+ago)))?)|(year-earlier|year-ago))(?![\\w-])`,
		'gi'
	),
	(match) => {
		const [whole, shifted, year, noun, lastYear, bare] = match;
		const lower = whole.toLowerCase();
		// "the period" alone is too vague to be a quarter; it needs "latest", a year, or a shift.
		if (
			noun?.toLowerCase() === 'period' &&
			!/latest|year|recent|comparable|corresponding|same|\d/.test(lower)
		)
			return null;
		const back = Boolean(shifted || lastYear || bare || /a\s+year\s+(?:ago|earlier)/.test(lower));
		return {
			type: 'DATE',
			value: '',
			resolution: '',
			pending: {
				kind: 'quarter-anaphor',
				back,
				year: year ? Number(year) : undefined,
				// "the 1988 period", "year-ago results": whatever span the story reports, quarter or not.
				span: Boolean(bare) || (noun?.toLowerCase() === 'period' && Boolean(year || shifted))
			}
		};
	},
	1,
	{ anchor: /quarter|period|year-earlier|year-ago/gi, before: 200, after: 40, behind: 2 }
);

/**
 * Quarters and halves as business news writes them: "Q2 2024", "Q3'24", "H1 2024", "in Q3". A
 * quarter without a year needs a word before it that makes it a time ("in Q3", "the Q4
 * results"), so an "Audi Q4" stays a car.
 */
export const shortQuarterExtractor = patternExtractor(
	'shortQuarterExtractor',
	/(?<![\w-])([QH])([1-4])(?:\s*(?:FY\s*)?((?:19|20)\d\d)|\s*['’](\d\d)|\s+FY\s*['’]?(\d\d))?(?![\w-])/g,
	(match, { ref }) => {
		const [whole, letter, digit, year, shortYear, fiscalYear] = match;
		const half = letter === 'H';
		const n = Number(digit);
		if (half && n > 2) return null;
		const stated = year ?? ((shortYear ?? fiscalYear) ? `20${shortYear ?? fiscalYear}` : undefined);
		if (
			!stated &&
			!/\b(?:in|for|during|of|by|the|its|their|a|an|this|last|next|fiscal|since|until|through|from|to)\s+$/i.test(
				match.input.slice(Math.max(0, match.index - 12), match.index)
			)
		)
			return null;
		const later = stillToCome(ref, n, half);
		const y = stated ? Number(stated) : ref.y - later;
		return {
			type: 'DATE',
			value: `${y}-${letter}${n}`,
			stated: stated ? ['year', 'quarter'] : ['quarter'],
			implied: stated ? [] : ['year'],
			resolution: `'${whole}': ${half ? 'half' : 'quarter'} ${n} of ${y}${stated ? '' : ', the year taken from publication'}`
		};
	}
);

/** A fiscal year as business news writes it: "FY2023", "FY 2024", "FY23". */
export const fiscalYearExtractor = patternExtractor(
	'fiscalYearExtractor',
	/(?<![\w-])FY\s*['’]?((?:19|20)\d\d|\d\d)(?![\w-])/g,
	(match) => {
		const y = match[1].length === 2 ? `20${match[1]}` : match[1];
		return {
			type: 'DATE',
			value: y,
			stated: ['year'],
			resolution: `'${match[0]}': the fiscal year ${y}, as stated`
		};
	}
);
