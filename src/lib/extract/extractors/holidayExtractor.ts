/**
 * Fixed and computed holidays: "Thanksgiving Day", "Christmas", "New Year's Day",
 * "Independence Day", "Election Day", Easter and the days counted from it ("Good Friday",
 * "Palm Sunday", "Easter week"). The nearest such day to publication, or the last or next one
 * with "last" or "next".
 */
import {
	addDays,
	formatDay,
	formatWeek,
	isoWeek,
	isoWeekday,
	longDay,
	type Day
} from '../../data/calendar';
import { patternExtractor } from '../lexicon';

/** The nth given weekday (ISO 1-7) of a month. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
	const first = { y, m, d: 1 };
	return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus 1991). */
export function easter(y: number): Day {
	const a = y % 19;
	const b = Math.floor(y / 100);
	const c = y % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const n = h + l - 7 * m + 114;
	return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

const HOLIDAYS: Record<string, (y: number) => Day> = {
	easter,
	'easter sunday': easter,
	'easter monday': (y) => addDays(easter(y), 1),
	'good friday': (y) => addDays(easter(y), -2),
	'palm sunday': (y) => addDays(easter(y), -7),
	// The week that ends on Easter Sunday (Holy Week), Monday to Sunday as ISO weeks run.
	'easter week': easter,
	thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
	christmas: (y) => ({ y, m: 12, d: 25 }),
	'christmas eve': (y) => ({ y, m: 12, d: 24 }),
	"new year's day": (y) => ({ y, m: 1, d: 1 }),
	"new year's eve": (y) => ({ y, m: 12, d: 31 }),
	'independence day': (y) => ({ y, m: 7, d: 4 }),
	'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1)
};

export const holidayExtractor = patternExtractor(
	'holidayExtractor',
	// The year stated right after it is part of the expression ("Thanksgiving in 2011"), so
	// that it is not read again as a year of its own.
	/\b(?<![\w-])(?:(last|next|this)\s+)?(Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Election\s+Day|Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?|Good\s+Friday|Palm\s+Sunday)(?![\w-])(?:(?:,\s*|\s+(?:in|of)\s+)((?:1[6-9]|20)\d\d)(?![\w%]))?/g,
	(match, { ref }) => {
		const [whole, relative, name, stated] = match;
		const key = name
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/’/g, "'")
			.replace(/^thanksgiving day$/, 'thanksgiving')
			.replace(/^christmas day$/, 'christmas');
		const on = HOLIDAYS[key];
		if (!on) return null;
		// "Easter" alone is the day only after a word that dates it ("at Easter", "before
		// Easter"), and not before a name ("Easter Island") or a noun ("Easter eggs").
		if (
			key === 'easter' &&
			(!(
				relative ||
				/\b(?:at|on|over|before|after|since|until|till|by|for|around|during|of)\s+$/i.test(
					match.input.slice(Math.max(0, match.index - 8), match.index)
				)
			) ||
				/^\s+(?:[A-Z]|(?!(?:and|or|but|in|on|at|to|of|for|with|from|by|after|before|since|until|when|while|as|because|the|a|this|last|next|that|he|she|they|we|it|is|was|were|will|would|said)\b)[a-z]{3,})/.test(
					match.input.slice(match.index + whole.length)
				))
		)
			return null;
		const ordinal = (d: Day) => d.y * 400 + d.m * 31 + d.d;
		// "the day before Thanksgiving in 2011", "Christmas of 1998", "Easter, 2003": a year
		// stated right after the holiday wins over the one publication implies.
		let day = on(stated ? Number(stated) : ref.y);
		if (stated) {
			// The year is read; "last" or "next" beside it adds nothing.
		} else if (relative === 'next') {
			if (ordinal(day) <= ordinal(ref)) day = on(ref.y + 1);
		} else if (relative === 'last') {
			if (ordinal(day) > ordinal(ref)) day = on(ref.y - 1);
		} else if (relative !== 'this') {
			// The nearest one: Election Day a week ahead, Thanksgiving six weeks past.
			const candidates = [on(ref.y - 1), day, on(ref.y + 1)];
			day = candidates.sort(
				(a, b) => Math.abs(ordinal(a) - ordinal(ref)) - Math.abs(ordinal(b) - ordinal(ref))
			)[0];
		}
		if (key === 'easter week') {
			const { week } = isoWeek(day);
			return {
				type: 'DATE',
				value: formatWeek(day),
				stated: stated ? ['holiday', 'year'] : ['holiday'],
				implied: stated ? [] : ['year'],
				resolution: `'${whole}': week ${week} of ${day.y}, the week that ends on Easter Sunday, ${longDay(day)}`
			};
		}
		return {
			type: 'DATE',
			value: formatDay(day),
			stated: stated ? ['holiday', 'year'] : ['holiday'],
			implied: stated ? [] : ['year'],
			resolution: `'${whole}': ${longDay(day)}${stated ? `, in the year stated after it` : ''}`
		};
	},
	1,
	{
		anchor:
			/Thanksgiving|Christmas|New\s+Year|Independence|Election|Easter|Good\s+Friday|Palm\s+Sunday/g,
		before: 20,
		after: 30,
		behind: 2
	}
);
