/**
 * Words and regular-expression pieces shared by the extractors. `\s` in JavaScript already
 * matches U+00A0 (no-break space), which pasted news text is full of; apostrophes may be
 * straight or curly.
 */
import type { Candidate, ExtractContext, TimexType } from './types';

export const APOS = "['\u2019]";

const SMALL: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	'a hundred': 100,
	'a dozen': 12,
	dozen: 12,
	'a couple of': 2,
	'a couple': 2,
	couple: 2,
	'couple of': 2
};

/** Quantities that TIMEX3 writes as `X`: "several years" is `PXY`. */
const VAGUE = new Set(['several', 'a few', 'few', 'some', 'many', 'numerous', 'a number of']);

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** A count: digits, number words ("twenty-four", "a couple of"), or a vague quantity. */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?|\\d+\\s+\\d/\\d|(?:${TENS})(?:[\\s-](?:${UNITS_WORDS}))?|${UNITS_WORDS}|a\\s+hundred|hundred|a\\s+dozen|dozen|(?:a\\s+)?couple(?:\\s+of)?|several|a\\s+few|few|a\\s+number\\s+of|an?)`;

/** Hedges TimeML keeps inside the extent ("nearly four years ago", "about a decade"). */
export const HEDGE =
	'(?:(?:about|around|nearly|almost|roughly|approximately|some|more\\s+than|less\\s+than|fewer\\s+than|over|under|at\\s+least|at\\s+most|up\\s+to|just|only|barely|well\\s+over|close\\s+to|little\\s+more\\s+than)\\s+)';

/** The value of a count, or `'X'` when the text leaves it vague. */
export function numberValue(raw: string): string {
	const word = raw.toLowerCase().replace(/\s+/g, ' ').trim();
	if (VAGUE.has(word)) return 'X';
	if (/^\d+\s+\d\/\d$/.test(word)) {
		const [whole, frac] = word.split(' ');
		const [a, b] = frac.split('/').map(Number);
		return String(Number(whole) + a / b);
	}
	if (/^\d+(?:\.\d+)?$/.test(word)) return String(Number(word));
	if (word in SMALL) return String(SMALL[word]);
	const [tens, unit] = word.split(/[\s-]/);
	if (tens in SMALL && unit in SMALL) return String(SMALL[tens] + SMALL[unit]);
	return 'X';
}

/** Time units and their TIMEX3 duration letters. */
export const UNIT =
	'(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

/** The next smaller unit, how many of it make one, and its TIMEX3 letter. */
const SMALLER: Record<string, [string, number, string]> = {
	year: ['month', 12, 'M'],
	month: ['day', 30, 'D'],
	day: ['hour', 24, 'H'],
	hour: ['minute', 60, 'M'],
	minute: ['second', 60, 'S']
};

/** `PnU` for a count of a unit, as TimeML writes durations (`P3Y`, `PT2H`, `P10Y` for a decade). */
export function durationValue(count: string, unit: string): string {
	const u = unit.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
	const n = count;
	// "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: TIMEX3 writes whole numbers of units.
	const fraction = n === 'X' ? 0 : Number(n) % 1;
	if (fraction && u in SMALLER) {
		const [smallerUnit, per, letter] = SMALLER[u];
		const whole = Math.floor(Number(n));
		const part = Math.round(fraction * per);
		if (!whole) return durationValue(String(part), smallerUnit);
		const head = durationValue(String(whole), u);
		// A day's hours come after the T: P1DT12H.
		return u === 'day' ? `${head}T${part}${letter}` : `${head}${part}${letter}`;
	}
	const times = (k: number) => (n === 'X' ? 'X' : String(Number(n) * k));
	switch (u) {
		case 'second':
			return `PT${n}S`;
		case 'minute':
			return `PT${n}M`;
		case 'hour':
			return `PT${n}H`;
		case 'day':
			return `P${n}D`;
		case 'week':
			return `P${n}W`;
		case 'fortnight':
			return `P${times(2)}W`;
		case 'month':
			return `P${n}M`;
		case 'quarter':
			// TimeML writes quarters as their own unit: "the past two quarters" is P2Q.
			return `P${n}Q`;
		case 'year':
			return `P${n}Y`;
		case 'decade':
			return n === 'X' ? 'PXE' : `P${times(10)}Y`;
		case 'century':
		case 'centurie':
		case 'centurY':
			return n === 'X' ? 'PXC' : `P${times(100)}Y`;
		default:
			return `P${n}D`;
	}
}

export const MONTHS: Record<string, number> = {
	jan: 1,
	january: 1,
	feb: 2,
	february: 2,
	mar: 3,
	march: 3,
	apr: 4,
	april: 4,
	may: 5,
	jun: 6,
	june: 6,
	jul: 7,
	july: 7,
	aug: 8,
	august: 8,
	sep: 9,
	sept: 9,
	september: 9,
	oct: 10,
	october: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12
};

/** Full month names; "May" and "March" must be capitalised (they are also a verb and a noun). */
export const MONTH_NAME =
	'(?:[Jj]anuary|[Ff]ebruary|March|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)';

export const WEEKDAYS: Record<string, number> = {
	monday: 1,
	tuesday: 2,
	wednesday: 3,
	thursday: 4,
	friday: 5,
	saturday: 6,
	sunday: 7
};

export const WEEKDAY =
	'(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';

export const ORDINALS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	'1st': 1,
	'2nd': 2,
	'3rd': 3,
	'4th': 4
};

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: Record<string, string> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI',
	overnight: 'NI'
};

/** Season words and their TIMEX3 codes. */
export const SEASONS: Record<string, string> = {
	spring: 'SP',
	summer: 'SU',
	fall: 'FA',
	autumn: 'FA',
	winter: 'WI'
};

/**
 * Where a pattern can match: every match holds a word of `anchor` (the pattern's mandatory
 * part, such as a unit of time for durations) and starts at most `before` characters ahead of
 * it. The pattern then runs only around those words, and not over the rest of a story.
 */
export interface Anchor {
	/** A global pattern. */
	anchor: RegExp;
	/** How far before its anchor word a match may start. */
	before: number;
	/** How far past its anchor word a match, with what its lookaheads read, may reach. */
	after: number;
	/** How far before the start of a match its lookbehinds read. */
	behind: number;
}

/**
 * Every match of global `pattern` in `text`, exactly as `pattern.exec` finds them one after the
 * other from the start; with an `anchor`, found by reading only the stretches around anchor
 * words, each match confirmed in place on the whole text (a sticky copy of the pattern), so
 * lookbehinds and lookaheads see what they would have seen.
 */
export function* matchesOf(
	pattern: RegExp,
	text: string,
	near?: Anchor
): Generator<RegExpExecArray> {
	let match: RegExpExecArray | null;
	if (!near) {
		pattern.lastIndex = 0;
		while ((match = pattern.exec(text))) {
			if (match[0].length === 0) pattern.lastIndex++;
			else yield match;
		}
		return;
	}
	const sticky = stickyCopy(pattern);
	const anchor = near.anchor;
	anchor.lastIndex = 0;
	// Where the next match may start: after the last one, as `exec` would go on.
	let cursor = 0;
	let hit: RegExpExecArray | null;
	while ((hit = anchor.exec(text))) {
		const from = Math.max(cursor, hit.index - near.before);
		let to = Math.min(text.length, hit.index + hit[0].length + near.after);
		// One stretch for anchors close together.
		for (;;) {
			const next = anchor.exec(text);
			if (!next) {
				anchor.lastIndex = text.length;
				break;
			}
			if (next.index - near.before > to) {
				anchor.lastIndex = next.index;
				break;
			}
			to = Math.min(text.length, next.index + next[0].length + near.after);
		}
		if (from >= to) continue;
		const sliceStart = Math.max(0, from - near.behind);
		const stretch = text.slice(sliceStart, to);
		pattern.lastIndex = from - sliceStart;
		while ((match = pattern.exec(stretch))) {
			const at = sliceStart + match.index;
			sticky.lastIndex = at;
			const whole = sticky.exec(text);
			if (!whole || whole[0].length === 0) {
				pattern.lastIndex = match.index + 1;
				continue;
			}
			yield whole;
			cursor = at + whole[0].length;
			if (cursor >= to) break;
			pattern.lastIndex = cursor - sliceStart;
		}
		// Anchors already passed by the last match start no stretch of their own.
		if (anchor.lastIndex < cursor) anchor.lastIndex = cursor;
	}
}

const stickies = new WeakMap<RegExp, RegExp>();

function stickyCopy(pattern: RegExp): RegExp {
	let sticky = stickies.get(pattern);
	if (!sticky) {
		sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
		stickies.set(pattern, sticky);
	}
	return sticky;
}

/**
 * Builds an extractor from one global pattern: every match becomes a candidate unless `read`
 * returns null. `read` may narrow the span with `skip` (characters to drop at the start of the
 * match), for patterns that need context on the left that is not part of the expression.
 * `near` says where the pattern can match at all (see `Anchor`), for speed.
 */
export function patternExtractor(
	name: string,
	pattern: RegExp,
	read: (match: RegExpExecArray, context: ExtractContext) => Reading | null,
	priority = 1,
	near?: Anchor
) {
	if (near && !near.anchor.global)
		throw new TypeError(`${name}: the anchor must be a global pattern`);
	return {
		name,
		pattern,
		near,
		extract(context: ExtractContext): Candidate[] {
			const found: Candidate[] = [];
			for (const match of matchesOf(pattern, context.text, near)) {
				const reading = read(match, context);
				if (!reading) continue;
				const skip = reading.skip ?? 0;
				const start = match.index + skip;
				const end = match.index + match[0].length - (reading.trim ?? 0);
				found.push({
					start,
					end,
					text: context.text.slice(start, end),
					type: reading.type,
					value: reading.value,
					stated: reading.stated ?? [],
					implied: reading.implied ?? [],
					tags: [name],
					resolution: reading.resolution,
					priority: reading.priority ?? priority,
					pending: reading.pending,
					...(reading.eventOnly ? { eventOnly: true } : {})
				});
			}
			return found;
		}
	};
}

/** What a pattern's `read` function returns. */
export interface Reading {
	type: TimexType;
	value: string;
	resolution: string;
	stated?: string[];
	implied?: string[];
	skip?: number;
	trim?: number;
	priority?: number;
	pending?: Candidate['pending'];
	eventOnly?: boolean;
}
