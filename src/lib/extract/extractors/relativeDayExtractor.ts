/**
 * Days named relative to publication: "today", "yesterday", "tomorrow", "tonight",
 * "this morning", "last night", "late yesterday".
 */
import { addDays, formatDay, longDay } from '../calendar';
import { DAY_PARTS, patternExtractor } from '../lexicon';

const GENERIC =
	/^['’]s\s+(?:world|youth|society|generation|young|children|kids|students|families|personal|modern|technology|standards|economy|culture)\b/i;

const OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

export const relativeDayExtractor = patternExtractor(
	'relativeDayExtractor',
	/\b(?<![\w-])(?:(?:early|late|earlier|later)\s+)?(?:(today|yesterday|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))(?![\w-])/gi,
	(match, { ref }) => {
		const [, word, part, relative, part2] = match;
		// "today's world", "tomorrow's generation": the present age, not a day.
		if (
			/^(?:today|tomorrow)$/i.test(match[0]) &&
			GENERIC.test(
				match.input.slice(match.index + match[0].length, match.index + match[0].length + 30)
			)
		)
			return null;
		const offset = word
			? OFFSETS[word.toLowerCase()]
			: relative.toLowerCase() === 'last' && part2.toLowerCase() === 'night'
				? -1
				: 0;
		const day = addDays(ref, offset);
		const partWord = (part ?? part2 ?? (word?.toLowerCase() === 'tonight' ? 'night' : ''))
			.toLowerCase()
			.trim();
		const code = partWord ? DAY_PARTS[partWord] : '';
		return {
			type: code ? 'TIME' : 'DATE',
			value: formatDay(day) + (code ? `T${code}` : ''),
			stated: code ? ['day', 'partOfDay'] : ['day'],
			implied: ['year', 'month'],
			resolution: `'${match[0]}': ${longDay(day)}, counted from the publication date`
		};
	}
);
