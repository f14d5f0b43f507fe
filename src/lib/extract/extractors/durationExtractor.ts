/**
 * Durations: "three years", "the past two months", "the first nine months", "two-year",
 * "two to three weeks", "three days later", "a minute and a half". They are never drawn as dates. Following TimeML,
 * loose hedges ("about", "only") and the article before an adjective ("a two-year contract") stay
 * outside the extent. Ages ("a 40-year-old") are not durations of anything in the story.
 */
import { HEDGE, NUMBER, UNIT, durationValue, numberValue, patternExtractor } from '../lexicon';

const LEAD = '(?:the|a|an)';
const ORDER =
	'(?:past|last|next|first|latest|final|previous|coming|remaining|following|initial|same|full|additional|further|preceding|ensuing|subsequent)';

// How many of a unit fill a period: "24 hours a day" is all the time.
const FULL: Record<string, number> = {
	'hour/day': 24,
	'day/week': 7,
	'day/year': 365,
	'week/year': 52,
	'month/year': 12
};

function allTheTime(count: string, unit: string, period: string): boolean {
	const key = `${unit.toLowerCase().replace(/s$/, '')}/${period.toLowerCase()}`;
	return FULL[key] !== undefined && Number(count) === FULL[key];
}

export const durationExtractor = patternExtractor(
	'durationExtractor',
	new RegExp(
		`\\b(?<![\\w$-])(?:${HEDGE}|each\\s+of\\s+)?(?:${LEAD}\\s+)?(?:${ORDER}\\s+)?(${NUMBER})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+(?:to|or)\\s+(${NUMBER}))?(?:\\s+(?:more|additional|straight|consecutive|full|long|successive))?([\\s-]+)(?:(?:trading|business|working)\\s+(?=days?\\b))?(${UNIT})(?<halfAfter>\\s+and\\s+a\\s+half)?(-long)?(?![\\w-]|-old|\\s+old\\b|\\s+(?:ago|earlier|hence)\\b|\\s+before\\s+(?!\\w+ing\\b))`,
		'gi'
	),
	(match, { text }) => {
		const [whole, count, , upper, joint, unit] = match;
		// "Islam will one day be the second religion": some day to come, not a span of one day.
		if (
			/^one\s+day$/i.test(whole) &&
			/\b(?:will|would|could|may|might|can|shall|should|must|he|she|they|we|I|you)\s+$/.test(
				text.slice(Math.max(0, match.index - 8), match.index)
			) &&
			/^\s+[a-z]/.test(text.slice(match.index + whole.length))
		)
			return {
				type: 'DATE',
				value: 'FUTURE_REF',
				resolution: `'${whole}': some day to come, no calendar date`
			};
		// "CBS's 60 Minutes": a capitalised unit after digits is a title, not a time.
		if (/^\d/.test(count) && /^[A-Z]/.test(unit)) return null;
		// "24 hours a day", "seven days a week": all the time, neither a span nor a recurrence.
		const per = /^\s+(?:a|per)\s+(day|week|month|year)\b/i.exec(
			text.slice(match.index + whole.length)
		);
		const round = /\b(\S+)\s+(hours|days|weeks|months)\s+$/i.exec(
			text.slice(Math.max(0, match.index - 20), match.index)
		);
		if (
			(per && allTheTime(numberValue(count), unit, per[1])) ||
			(/^an?\s+\S+$/i.test(whole) && round && allTheTime(numberValue(round[1]), round[2], unit))
		)
			return null;
		// "a day" inside "$5 a day", "once a year": a rate, not a duration.
		const before = text.slice(Math.max(0, match.index - 12), match.index);
		if (/^an?\s/i.test(whole) && /(?:\d|\btimes|\bonce|\btwice|\bper)\s*$/i.test(before))
			return null;
		// "fifty thousand CDs a year", "hundreds of interviews a day": so many things per unit, a
		// rate, which TimeML tags as a SET.
		const counted = text.slice(Math.max(0, match.index - 40), match.index);
		if (
			/^an?\s+\S+$/i.test(whole) &&
			/(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?))\S*\s+(?:[a-z]+\s+)?[a-z]+s\s+$/i.test(
				counted
			)
		)
			return {
				type: 'SET',
				value: durationValue('1', unit),
				stated: ['duration'],
				resolution: `'${whole}': so many per ${unit.toLowerCase()}, a rate`
			};
		// "a second betrayal", "a second term": an ordinal, not a duration.
		if (
			/^(?:a|one)\s+second$/i.test(whole) &&
			/^\s+(?!(?:or|and|later|ago|earlier|before|after|to|of|in|the|when|that|longer)\b)[a-z]/.test(
				text.slice(match.index + whole.length)
			)
		)
			return null;
		// "three-quarters of its food", "more than a quarter of the market": a share, not a time
		// ("several quarters of losses" is a time: no share is vague).
		if (
			/^quarters?$/i.test(unit) &&
			numberValue(count) !== 'X' &&
			/^\s+of\b/i.test(text.slice(match.index + whole.length))
		)
			return null;
		let skip = 0;
		// Hedges and "each of" stay outside the extent.
		const hedge = new RegExp(`^(?:${HEDGE}|each\\s+of\\s+)`, 'i').exec(whole);
		// "over the past two months": before an article the "hedge" is a preposition.
		const preposition = hedge && /^the\s/i.test(whole.slice(hedge[0].length));
		// TimeML keeps "nearly", "almost", "at least", "more than" in the extent, not "about", "only".
		if (
			hedge &&
			(preposition ||
				/^(?:about|around|roughly|approximately|some|just|only|barely|each)\b/i.test(hedge[0]))
		)
			skip = hedge[0].length;
		const rest = whole.slice(skip);
		// "a two-year contract", "the 30-day period", "a five year plan": an adjective, no article.
		const adjective =
			joint.includes('-') ||
			(/^\d|[a-z]/i.test(count) && !/s$/i.test(unit) && !/^(?:an?|one)$/i.test(count));
		const article =
			/^(?:the|a|an)\s+(?!(?:past|last|next|first|latest|final|previous|coming|remaining|following|initial|same|full))/i.exec(
				rest
			);
		if (adjective && article && !/^(?:an?)$/i.test(count)) skip += article[0].length;
		// "two and a half years", "a minute and a half": half a unit more.
		const halved = match.groups?.half || match.groups?.halfAfter;
		const stated = numberValue(count);
		const n = upper ? 'X' : halved && stated !== 'X' ? String(Number(stated) + 0.5) : stated;
		let trim = 0;
		const later = /\s+later$/i.exec(whole);
		if (later) trim = later[0].length;
		return {
			type: 'DURATION',
			value: durationValue(n, unit),
			skip,
			trim,
			stated: ['duration'],
			resolution: `'${whole.slice(skip)}': a duration, not a date`
		};
	},
	1,
	{ anchor: new RegExp(`\\b${UNIT}`, 'gi'), before: 100, after: 40, behind: 2 }
);

/**
 * Vague spans: "recent months", "years", "for months", "follows months of", "for centuries", "for a
 * while", "over the years", "in the years that followed", "decades-long".
 */
export const vagueDurationExtractor = patternExtractor(
	'vagueDurationExtractor',
	/(?=[rymwdhcat])\b(?<![\w-])(?:(recent)\s+|(?<=\b(?:for|over|within|after|follows?|followed|following|took|take|takes|lasted|last|in)\s+))(years|months|weeks|days|decades|centuries|hours|minutes|(?<=\bfor\s+)a\s+while|(?<=\bover\s+)the\s+years|(?<=\bin\s+)the\s+years(?=\s+(?:that\s+)?(?:followed|since)\b))(?:-long)?(?![\w-])(?!\s+(?:ago|old|earlier|later|before|after)\b)/gi,
	(match) => {
		const [whole, recent, unit] = match;
		const u = unit.toLowerCase().replace(/^the\s+/, '');
		if (recent && u === 'years')
			return {
				type: 'DATE',
				value: 'PAST_REF',
				resolution: `'${whole}': a vague time before publication`
			};
		if (!recent && (u === 'days' || u === 'hours' || u === 'minutes')) return null;
		return {
			type: 'DURATION',
			value: /while$/.test(u) ? 'PXX' : durationValue('X', u),
			resolution: `'${whole}': a vague duration`
		};
	},
	1,
	{
		anchor: /\b(?:years|months|weeks|days|decades|centuries|hours|minutes|while)\b/gi,
		before: 20,
		after: 30,
		behind: 15
	}
);
