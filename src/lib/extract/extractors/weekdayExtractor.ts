/**
 * Weekdays: "Friday", "last Friday", "Friday night", "Mondays" (a set). Which Friday is
 * settled by the `weekdayRefiner`, which reads the tense of the sentence.
 */
import { isOrganisationWord } from '../entities';
import { addDays, formatDay, isoWeekday, longDay, type Day } from '../../data/calendar';
import { DAY_PARTS, WEEKDAY, WEEKDAYS, patternExtractor, type Reading } from '../lexicon';

// The capitalised word after a weekday, and the word before it.
const NEXT_NAME = /^\s+(\p{Lu}\p{Ll}+)\b/u;
const DAY_PREPOSITION = /\b(?:on|by|since|until|till|from|before|after|through|of)\s+$/i;
// The paper as a source: "the Sunday Times reported", "The Sunday Times newspaper said",
// "told London's Sunday Telegraph", "asked by The Sunday Telegraph", "in an interview with".
const REPORTED_AFTER =
	/^(?:\s+of\s+\p{Lu}\p{Ll}+)?(?:\s+newspaper)?,?\s+(?:reported|reports|said|says|quoted|cited|revealed|published|wrote|added)\b/u;
const REPORTED_BEFORE = /\b(?:told|by|with|to)\s+(?:(?:the|The)\s+|\p{Lu}[\p{L}.]*['’]s\s+)?$/u;

/**
 * Whether the bare weekday at `match` opens an organisation's name: "The Sunday Times reported",
 * "Britain's Sunday Telegraph", "the Sunday Chronicle", where the next word is one compromise's
 * data knows for closing organisation names. After a preposition it is still a day ("on Sunday
 * Times Square was closed").
 */
function opensName(match: RegExpExecArray): RegExpExecArray | null {
	const after = match.index + match[0].length;
	const next = NEXT_NAME.exec(match.input.slice(after, after + 30));
	if (!next || !isOrganisationWord(next[1])) return null;
	if (DAY_PREPOSITION.test(match.input.slice(Math.max(0, match.index - 10), match.index)))
		return null;
	return next;
}

/**
 * A weekday's paper as the source of what the sentence tells ("the Sunday Times reported that
 * BP …", "Hayward told London's Sunday Telegraph"): a paper named for its day speaks on that
 * day, so what it reported is dated to its latest issue, that weekday on or before publication.
 * The weekday is still no time expression (`eventOnly`); a paper merely named dates nothing.
 */
function paperDay(match: RegExpExecArray, name: RegExpExecArray, ref: Day): Reading | null {
	const after = match.index + match[0].length + name[0].length;
	const source =
		REPORTED_AFTER.test(match.input.slice(after, after + 40)) ||
		REPORTED_BEFORE.test(match.input.slice(Math.max(0, match.index - 30), match.index));
	if (!source) return null;
	const weekday = WEEKDAYS[match[4].toLowerCase()];
	const day = addDays(ref, -((isoWeekday(ref) - weekday + 7) % 7));
	return {
		type: 'DATE',
		value: formatDay(day),
		stated: ['weekday'],
		implied: ['year', 'month', 'day'],
		eventOnly: true,
		resolution: `'${match[0]}${name[0]}': the paper's latest issue, ${longDay(day)}, on or before publication (${longDay(ref)})`
	};
}

export const weekdayExtractor = patternExtractor(
	'weekdayExtractor',
	new RegExp(
		`\\b(?<![\\w-])(?:(noon|midnight|midday)\\s+)?(?:(early|late)\\s+)?(?:(last|this|next|past|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|every|each)\\s+)?(${WEEKDAY})(s)?(?:\\s+(morning|afternoon|evening|night)(s)?)?(?![\\w-])`,
		'gi'
	),
	(match, { ref }) => {
		const [, clockWord, early, relative, name, plural, part, partPlural] = match;
		if (!/^[A-Z]/.test(name)) return null;
		const paper = !clockWord && !early && !relative && !plural && !part && opensName(match);
		if (paper) return paperDay(match, paper, ref);
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
