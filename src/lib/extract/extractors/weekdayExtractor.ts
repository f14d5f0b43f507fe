/**
 * Weekdays: "Friday", "last Friday", "Friday night", "Mondays" (a set). Which Friday is
 * settled by the `weekdayRefiner`, which reads the tense of the sentence.
 */
import { DAY_PARTS, WEEKDAY, WEEKDAYS, patternExtractor } from '../lexicon';

export const weekdayExtractor = patternExtractor(
	'weekdayExtractor',
	new RegExp(
		`(?<![\\w-])(?:(early|late|earlier|later)\\s+)?(?:(last|this|next|past|this\\s+past|every|each)\\s+)?(${WEEKDAY})(s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w-])`,
		'g'
	),
	(match) => {
		const [, , relative, name, plural, part, partPlural] = match;
		const weekday = WEEKDAYS[name.toLowerCase()];
		const code = part ? DAY_PARTS[part.toLowerCase()] : '';
		const rel = relative?.toLowerCase().replace(/\s+/g, ' ');
		if (plural || partPlural || rel === 'every' || rel === 'each') {
			return {
				type: 'SET',
				value: `XXXX-WXX-${weekday}${code ? `T${code}` : ''}`,
				stated: ['weekday'],
				resolution: `'${match[0]}': every ${name}`
			};
		}
		return {
			type: 'DATE',
			value: '',
			stated: code ? ['weekday', 'partOfDay'] : ['weekday'],
			implied: ['year', 'month', 'day'],
			resolution: '',
			pending: { kind: 'weekday', weekday, relative: rel ?? '', part: code }
		};
	}
);
