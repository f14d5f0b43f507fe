/**
 * Weekdays: "Friday", "last Friday", "Friday night", "Mondays" (a set). Which Friday is
 * settled by the `weekdayRefiner`, which reads the tense of the sentence.
 */
import { isOrganisationWord } from '../entities';
import { DAY_PARTS, WEEKDAY, WEEKDAYS, patternExtractor } from '../lexicon';

// The capitalised word after a weekday, and the word before it.
const NEXT_NAME = /^\s+(\p{Lu}\p{Ll}+)\b/u;
const DAY_PREPOSITION = /\b(?:on|by|since|until|till|from|before|after|through|of)\s+$/i;

/**
 * Whether the bare weekday at `match` opens an organisation's name: "The Sunday Times reported",
 * "Britain's Sunday Telegraph", "the Sunday Chronicle", where the next word is one compromise's
 * data knows for closing organisation names. After a preposition it is still a day ("on Sunday
 * Times Square was closed").
 */
function opensName(match: RegExpExecArray): boolean {
	const next = NEXT_NAME.exec(
		match.input.slice(match.index + match[0].length, match.index + match[0].length + 30)
	);
	if (!next || !isOrganisationWord(next[1])) return false;
	return !DAY_PREPOSITION.test(match.input.slice(Math.max(0, match.index - 10), match.index));
}

export const weekdayExtractor = patternExtractor(
	'weekdayExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(noon|midnight|midday)\\s+)?(?:(early|late)\\s+)?(?:(last|this|next|past|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|every|each)\\s+)?(${WEEKDAY})(s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w-])`,
		'gi'
	),
	(match) => {
		const [, clockWord, early, relative, name, plural, part, partPlural] = match;
		if (!/^[A-Z]/.test(name)) return null;
		if (!clockWord && !early && !relative && !plural && !part && opensName(match)) return null;
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
