/**
 * Days named relative to publication: "today", "yesterday", "tomorrow", "tonight",
 * "this morning", "last night", "late yesterday", "mid-afternoon yesterday"; and a part of the
 * day alone, "at midday", "by mid-afternoon", on the day the story named last.
 */
import { addDays, formatDay, longDay } from '../../data/calendar';
import { DAY_PARTS, patternExtractor } from '../lexicon';

const GENERIC =
	/^['’]s\s+(?:world|youth|society|generation|young|children|kids|students|families|personal|modern|technology|standards|economy|culture)\b/i;

const OFFSETS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

export const relativeDayExtractor = patternExtractor(
	'relativeDayExtractor',
	/\b(?<![\w-])(?:(?:early|late|earlier|later)\s+|(?:early|mid|late)[\s-]?(morning|afternoon|evening)\s+)?(?:(today|yesterday|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))(?![\w-])/gi,
	(match, { ref }) => {
		const [, partBefore, word, partAfter, relative, part2] = match;
		const part = partAfter ?? partBefore;
		// "today's world", "tomorrow's generation", "the people of tomorrow": the present age or the
		// one to come, not a day.
		if (
			/^(?:today|tomorrow)$/i.test(match[0]) &&
			(GENERIC.test(
				match.input.slice(match.index + match[0].length, match.index + match[0].length + 30)
			) ||
				/\b(?:those|leaders|people|world|generations?|children|workers|homes?|city|cities|jobs|schools?|cars?|technology)\s+of\s+$/i.test(
					match.input.slice(Math.max(0, match.index - 30), match.index)
				))
		)
			return null;
		// "USA Today", "This is VOA Today": a capitalised "Today" after a name is a title.
		if (
			word === 'Today' &&
			/[A-Z][\w.]*\s+$/.test(match.input.slice(Math.max(0, match.index - 12), match.index)) &&
			!/(?:^|[.!?:"“‘'`]\s*)\s*$/.test(match.input.slice(Math.max(0, match.index - 3), match.index))
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

/** "at midday", "by mid-afternoon": a time on the day the story named last (see `contextRefiner`). */
export const partOfDayExtractor = patternExtractor(
	'partOfDayExtractor',
	/(?=[abius])\b(?:at|by|around|until|since|before|after)\s+(?:(midday)|mid-?\s?(morning|afternoon))(?![\w-])(?!\s+(?:today|yesterday|tomorrow|on)\b)/gi,
	(match, { ref }) => {
		const [, midday, part] = match;
		const skip = match[0].search(/mid/i);
		const whole = match[0].slice(skip);
		const clock = midday ? '12:00' : DAY_PARTS[part.toLowerCase()];
		return {
			skip,
			type: 'TIME',
			value: `${formatDay(ref)}T${clock}`,
			stated: ['partOfDay'],
			implied: ['year', 'month', 'day'],
			resolution: `'${whole}': ${midday ? 'noon' : `the ${part.toLowerCase()}`}, on the publication day unless the story named another`
		};
	},
	1,
	{ anchor: /mid/gi, before: 10, after: 30, behind: 2 }
);

const COUNTED =
	'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,3}(?:st|nd|rd|th)';

/**
 * "It's the second day of an offensive", "today is the eighth day of Desert Shield": the day a
 * story says it is, counted within something under way, is the publication day.
 */
export const countedDayExtractor = patternExtractor(
	'countedDayExtractor',
	new RegExp(
		`\\b(?:it['’]s|it\\s+is|today\\s+is|this\\s+is)\\s+((?:the\\s+)?(?:${COUNTED})\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day)\\s+of\\b`,
		'gi'
	),
	(match, { ref }) => {
		const day = match[1];
		const skip = match[0].indexOf(day);
		return {
			skip,
			trim: match[0].length - skip - day.length,
			type: 'DATE',
			value: formatDay(ref),
			stated: ['day'],
			implied: ['year', 'month'],
			resolution: `'${day}': ${longDay(ref)}, the publication day, which the story says it is`
		};
	},
	1,
	{ anchor: /\bday\s+of\b/gi, before: 60, after: 10, behind: 2 }
);
