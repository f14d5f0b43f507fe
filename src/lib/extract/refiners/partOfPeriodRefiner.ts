/**
 * Takes in the words that name part of a period: "the end of 1990", "the beginning of October",
 * "the middle of October", "the end of this week", "the last half of 1989". TimeML tags the whole
 * phrase; the value stays the period's, which the phrase narrows but does not leave. Also the
 * words that move a day: "the day before last Tuesday" (the Monday), "the week of March 6" (the
 * week that holds it).
 */
import { addDays, formatDay, formatWeek, longDay, parseDay } from '../../data/calendar';
import type { Candidate, Refiner } from '../types';

const AROUND_DAY = /(?:the\s+)?(?:(day\s+(before|after))|(week)\s+of)\s+$/i;

const PART =
	/(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|(?:first|second|last|latter)\s+half)|a\s+good\s+part)\s+of\s+$/i;

export const partOfPeriodRefiner: Refiner = {
	name: 'partOfPeriodRefiner',
	refine({ text }, candidates) {
		return candidates.map((candidate): Candidate => {
			if (candidate.type !== 'DATE' || !/^\d/.test(candidate.value)) return candidate;
			const day = /^\d{4}-\d{2}-\d{2}$/.test(candidate.value) ? parseDay(candidate.value) : null;
			const around =
				day && AROUND_DAY.exec(text.slice(Math.max(0, candidate.start - 20), candidate.start));
			if (day && around) {
				const start = candidate.start - around[0].length;
				const moved = around[3] ? null : addDays(day, /before/i.test(around[2]) ? -1 : 1);
				const phrase = text.slice(start, candidate.end);
				return {
					...candidate,
					start,
					text: phrase,
					value: moved ? formatDay(moved) : formatWeek(day),
					tags: [...candidate.tags, 'partOfPeriodRefiner'],
					resolution: moved
						? `'${phrase}': ${longDay(moved)}, the day ${around[2].toLowerCase()} ${longDay(day)}`
						: `'${phrase}': the week (Monday to Sunday) that holds ${longDay(day)}`
				};
			}
			const part = PART.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
			if (!part) return candidate;
			const start = candidate.start - part[0].length;
			const half = /(first|second|last|latter)\s+half/i.exec(part[0]);
			const value =
				half && /^\d{4}$/.test(candidate.value)
					? `${candidate.value}-H${/first/i.test(half[1]) ? 1 : 2}`
					: candidate.value;
			return {
				...candidate,
				start,
				text: text.slice(start, candidate.end),
				value,
				tags: [...candidate.tags, 'partOfPeriodRefiner'],
				resolution: `'${text.slice(start, candidate.end)}': part of ${candidate.resolution.replace(/^'[^']*': /, '')}`
			};
		});
	}
};
