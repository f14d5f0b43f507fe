/**
 * Weekdays: "Friday", "last Friday", "Friday night", "Mondays" (a set). Which Friday is
 * settled by the `weekdayRefiner`, which reads the tense of the sentence.
 */
import { DAY_PARTS, WEEKDAY, WEEKDAYS, patternExtractor } from '../lexicon';

export const weekdayExtractor = patternExtractor(
	'weekdayExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(noon|midnight|midday)\\s+)?(?:(early|late)\\s+)?(?:(last|this|next|past|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|every|each)\\s+)?(${WEEKDAY})(s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w-])`,
		'gi'
	),
	(match) => {
		const [, clockWord, , relative, name, plural, part, partPlural] = match;
		if (!/^[A-Z]/.test(name)) return null;
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
		// "noon Thursday", "midnight Friday": TIMEX3 writes T12:00 and T24.
		// TimeML values "Friday night" and "Friday morning" mostly as the day alone, but
		// "Friday evening" as the evening of that day (TEV).
		const clock = clockWord
			? clockWord.toLowerCase() === 'midnight'
				? '24'
				: '12:00'
			: code === 'EV'
				? 'EV'
				: '';
		return {
			type: clock ? 'TIME' : 'DATE',
			value: '',
			stated: code ? ['weekday', 'partOfDay'] : ['weekday'],
			implied: ['year', 'month', 'day'],
			resolution: '',
			pending: { kind: 'weekday', weekday, relative: rel ?? '', part: clock }
		};
	}
);
