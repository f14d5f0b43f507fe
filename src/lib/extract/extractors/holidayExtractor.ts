/**
 * Fixed and computed holidays: "Thanksgiving Day", "Christmas", "New Year's Day",
 * "Independence Day", "Election Day". The last such day on or before publication, or the next
 * one with "next".
 */
import { addDays, formatDay, isoWeekday, longDay, type Day } from '../calendar';
import { patternExtractor } from '../lexicon';

/** The nth given weekday (ISO 1-7) of a month. */
function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
	const first = { y, m, d: 1 };
	return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

const HOLIDAYS: Record<string, (y: number) => Day> = {
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
	/\b(?<![\w-])(?:(last|next|this)\s+)?(Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Election\s+Day)(?![\w-])/g,
	(match, { ref }) => {
		const [whole, relative, name] = match;
		const key = name
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/’/g, "'")
			.replace(/^thanksgiving day$/, 'thanksgiving')
			.replace(/^christmas day$/, 'christmas');
		const on = HOLIDAYS[key];
		if (!on) return null;
		const ordinal = (d: Day) => d.y * 400 + d.m * 31 + d.d;
		let day = on(ref.y);
		if (relative === 'next') {
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
		return {
			type: 'DATE',
			value: formatDay(day),
			stated: ['holiday'],
			implied: ['year'],
			resolution: `'${whole}': ${longDay(day)}`
		};
	}
);
