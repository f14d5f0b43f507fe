/**
 * Months without a day: "in January", "March 1998", "last April", "early December",
 * "mid-November", "June last year" (one expression, as TimeML tags it). Month-and-day dates are chrono's (see chronoExtractor).
 */
import { formatMonth, monthName } from '../../data/calendar';
import { MONTHS, MONTH_NAME, patternExtractor } from '../lexicon';
import { looksAhead, openingTense, pointsBack, speaksOfPast } from '../tense';

const ABBREVIATED = '(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.';

export const monthExtractor = patternExtractor(
	'monthExtractor',
	new RegExp(
		`(?=[LlTtNnEeMmJjFfAaSsOoDd])\\b(?<![\\w-])(?:([Ll]ast|[Tt]his|[Nn]ext|[Tt]his\\s+past)\\s+)?(?:(early|late|mid|earlier|later)[\\s-]+(?:in\\s+)?)?(${MONTH_NAME}|${ABBREVIATED}(?=,?\\s+\\d{4})|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)(?=\\s+(?:1[6-9]|20)\\d\\d\\b))(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d\\d)(?![\\d,.]\\d))?(?:\\s+(last|this|next)\\s+year(?!['’]))?(?![\\w-]|\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\s+(?:\\d{1,2}|${MONTH_NAME}))`,
		'g'
	),
	(match, { ref }) => {
		const [, relative, part, name, year, relativeYear] = match;
		const m = MONTHS[name.toLowerCase().replace(/\.$/, '')];
		// "May" and "March" alone, with nothing else dating them ("early March" is dated), need a
		// dating word before them, or to stand before a noun as a date does ("the March accession",
		// not "the March on Washington").
		if (!relative && !part && !year && !relativeYear && /^(?:May|March)$/.test(name)) {
			const before = match.input.slice(Math.max(0, match.index - 12), match.index);
			const after = match.input.slice(match.index + match[0].length);
			if (
				!/\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid-?)\s*$/i.test(
					before
				) &&
				!(
					/\bthe\s+$/i.test(before) &&
					/^\s+(?!(?:on|of|to|for|in|from|against|through|into|and|or|was|is|will|had|has)\b)[a-z]{3,}/.test(
						after
					)
				)
			)
				return null;
		}
		let y: number;
		let how: string;
		if (year) {
			y = Number(year);
			how = 'as stated';
		} else if (relativeYear) {
			y = ref.y + { last: -1, this: 0, next: 1 }[relativeYear.toLowerCase() as 'last'];
			how = `in ${relativeYear.toLowerCase()} year (${y})`;
		} else if (relative) {
			const word = relative.toLowerCase().replace(/\s+/g, ' ');
			how = `'${word}' from the publication date`;
			if (word === 'next') y = m > ref.m ? ref.y : ref.y + 1;
			else if (word === 'this') y = ref.y;
			else if (word === 'last' && m === ref.m - 1) {
				// The month just ended is "last month": "last February" written in March is the
				// February of the year before ("last December" in January is last year's either way).
				y = ref.y - 1;
				how = `'last', a year before the ${monthName(m)} just ended ("last month")`;
			} else y = m < ref.m ? ref.y : ref.y - 1;
		} else {
			// A bare month is the next one when the clause speaks of the future ("will open in
			// April") or, unless it speaks of the past, when it is at most three months ahead;
			// otherwise the last one before publication ("since March" always).
			const ahead = (m - ref.m + 12) % 12;
			// Each reading of tense tags the sentence, the dearest step here: asked only when the
			// rule below comes to it, and once.
			let pastTense: boolean | undefined;
			const past = () => (pastTense ??= speaksOfPast(match.input, match.index));
			// "In January, the company brought in a new chief": the verb after an opening month.
			const opening = () => openingTense(match.input, match.index, match.index + match[0].length);
			// "when the case is heard in May", "to pay down the loan by February": a schedule or a
			// deadline with no past tense in its clause.
			const deadline = /\bby\s+$/i.test(
				match.input.slice(Math.max(0, match.index - 4), match.index)
			);
			if (
				!pointsBack(match.input, match.index) &&
				(looksAhead(match.input, match.index, match.index + match[0].length) ||
					(deadline && !past()) ||
					(ahead > 0 && ahead <= 3 && !past() && opening() !== 'past'))
			) {
				y = m >= ref.m ? ref.y : ref.y + 1;
				how = `the next ${monthName(m)} after publication`;
			} else {
				y = m <= ref.m ? ref.y : ref.y - 1;
				how = `the last ${monthName(m)} before publication`;
			}
		}
		return {
			type: 'DATE',
			value: formatMonth(y, m),
			stated: year ? ['year', 'month'] : ['month'],
			implied: year ? [] : ['year'],
			resolution: `'${match[0]}': ${monthName(m)} ${y}, ${how}`
		};
	},
	1,
	{
		anchor: /[Jj]an|[Ff]eb|Mar|[Aa]pr|May|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec/g,
		before: 40,
		after: 40,
		behind: 2
	}
);
