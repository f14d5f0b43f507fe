/**
 * Seasons: "last fall", "this summer", "the early summer", "spring 2024", "winter of 1998".
 * A bare "fall" is a verb, so a season needs a determiner or a year. Northern-hemisphere
 * seasons, as the TIMEX3 codes SP, SU, FA, WI are read. "The fall" is the coming one when its
 * clause speaks of the future ("will hear arguments in the fall"), else the last one begun.
 */
import { SEASONS, patternExtractor } from '../lexicon';
import { looksAhead } from '../tense';

const START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const seasonExtractor = patternExtractor(
	'seasonExtractor',
	/\b(?<![\w-])(?:(the|this|last|next|this\s+past|past)\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:1[6-9]|20)\d\d)(?![\d,.]\d))?(?![\w-])/gi,
	(match, { ref }) => {
		const [, determiner, , name, year] = match;
		if (!determiner && !year) return null;
		const code = SEASONS[name.toLowerCase()];
		const rel = determiner?.toLowerCase().replace(/\s+/g, ' ');
		let y: number;
		if (year) y = Number(year);
		else if (rel === 'next') y = START_MONTH[code] > ref.m ? ref.y : ref.y + 1;
		else if (rel === 'this') y = ref.y;
		else if (rel === 'this past') y = START_MONTH[code] + 3 <= ref.m ? ref.y : ref.y - 1;
		else if (rel === 'last' || rel === 'past') y = ref.y - 1;
		else if (looksAhead(match.input, match.index, match.index + match[0].length))
			// "The justices will hear arguments in the fall": the next one, or the one under way.
			y = START_MONTH[code] + 2 >= ref.m ? ref.y : ref.y + 1;
		else y = START_MONTH[code] <= ref.m + 1 ? ref.y : ref.y - 1;
		return {
			type: 'DATE',
			value: `${y}-${code}`,
			stated: year ? ['year', 'season'] : ['season'],
			implied: year ? [] : ['year'],
			resolution: `'${match[0]}': the ${name.toLowerCase()} of ${y}${year ? '' : ', counted from publication'}`
		};
	},
	1,
	{ anchor: /spring|summer|fall|autumn|winter/gi, before: 40, after: 20, behind: 2 }
);
