/**
 * Calendar dates and clock times, parsed by chrono-node: "Oct. 7, 2023", "January 8, 2024
 * 10:19am", "10/7/2023", "2024-01-08". chrono is configured from its strict English parsers and
 * extended through its own API with one refiner (below). Relative expressions ("Friday", "two
 * days ago") are left to our extractors, which follow TimeML's extent and value conventions.
 */
import * as chrono from 'chrono-node';
import { formatDay, pad } from '../calendar';
import type { Candidate, ExtractContext, Extractor } from '../types';

/**
 * Drops chrono readings that are not dates in news text: a "date" glued to money or a
 * percentage ("$10/7", "10.5%"), or a bare time like "at 2" with no minutes and no meridiem.
 */
const notMoneyRefiner: chrono.Refiner = {
	refine(context, results) {
		return results.filter((result) => {
			const before = context.text.slice(Math.max(0, result.index - 1), result.index);
			const after = context.text.slice(result.index + result.text.length).slice(0, 1);
			return !/[$£€#]/.test(before) && !/[%\d]/.test(after);
		});
	}
};

function configuredChrono(): chrono.Chrono {
	const parser = chrono.strict.clone();
	// Runs last: after chrono's own merging, a merged result is judged as a whole.
	parser.refiners.push(notMoneyRefiner);
	return parser;
}

const parser = configuredChrono();

/** chrono results whose month and day (or month and year), or clock time, the text states. */
export const chronoExtractor: Extractor = {
	name: 'chronoExtractor',
	extract(context: ExtractContext): Candidate[] {
		// chrono only needs to look where a month name, a digit or a slash date can be.
		if (!/\d/.test(context.text)) return [];
		const { ref } = context;
		const reference = { instant: new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)), timezone: 0 };
		const found: Candidate[] = [];
		for (const result of parser.parse(context.text, reference)) {
			const c = result.start;
			const has = (k: chrono.Component) => c.isCertain(k);
			const dated = has('month') && (has('day') || has('year'));
			const clock = has('hour') && (has('minute') || /[ap]\.?m\b|o'clock/i.test(result.text));
			if (!dated && !clock) continue;
			const y = c.get('year') ?? ref.y;
			const m = c.get('month') ?? ref.m;
			const d = c.get('day') ?? ref.d;
			const stated = (['year', 'month', 'day', 'hour', 'minute'] as const).filter(has);
			const implied = (['year', 'month', 'day'] as const).filter((k) => !has(k));
			let value: string;
			let type: Candidate['type'] = 'DATE';
			let resolution: string;
			const day = formatDay({ y, m, d });
			if (!has('day') && !has('hour')) {
				value = `${pad(y, 4)}-${pad(m)}`;
				resolution = `'${result.text}': the month as stated`;
			} else {
				value = day;
				resolution = has('year')
					? `'${result.text}': the date as stated`
					: `'${result.text}': the year ${y} taken from the publication date`;
			}
			if (clock) {
				type = 'TIME';
				value = `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
				if (!has('day')) resolution = `'${result.text}': a time on the publication day`;
			}
			found.push({
				start: result.index,
				end: result.index + result.text.length,
				text: result.text,
				type,
				value,
				stated,
				implied,
				tags: ['chronoExtractor', ...result.tags()],
				resolution,
				priority: 2
			});
		}
		return found;
	}
};
