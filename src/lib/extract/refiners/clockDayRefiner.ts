/**
 * Joins a clock time to the day that follows it: "10 p.m. Wednesday", "9 a.m. EST Tuesday",
 * "5 p.m. EST, Nov. 6", "10:35 a.m. (0735 GMT) Friday" are one TIME, on that day (TimeML tags
 * them whole). A clock time glossed in brackets takes the day of its gloss: "4 in the morning (4
 * a.m. EDT Thursday)".
 */
import type { Candidate, Refiner } from '../types';

const BETWEEN = /^\s*(?:\(?[A-Z]{2,4}\)?)?\s*,?\s*$/;
// A gloss between a clock time and its day: "10:35 a.m. (0735 GMT) Friday"; or a gloss that
// holds the day: "4 in the morning (4 a.m. EDT Thursday)".
const GLOSS = /^\s*(?:\(\d{3,4}\s*(?:GMT|UTC)\)\s*|\(\s*)$/;

export const clockDayRefiner: Refiner = {
	name: 'clockDayRefiner',
	refine({ text }, candidates) {
		const out: Candidate[] = [];
		for (let i = 0; i < candidates.length; i++) {
			const clock = candidates[i];
			const day = candidates[i + 1];
			const time = /T(\d{2}:\d{2})$/.exec(clock.value);
			if (
				clock.type === 'TIME' &&
				time &&
				!clock.stated.includes('day') &&
				day &&
				/^\d{4}-\d{2}-\d{2}$/.test(day.value) &&
				BETWEEN.test(text.slice(clock.end, day.start))
			) {
				out.push({
					...clock,
					end: day.end,
					text: text.slice(clock.start, day.end),
					value: `${day.value}T${time[1]}`,
					stated: [...clock.stated, ...day.stated, 'day'],
					implied: clock.implied.filter((part) => part !== 'day'),
					tags: [...clock.tags, ...day.tags, 'clockDayRefiner'],
					resolution: `'${text.slice(clock.start, day.end)}': ${time[1]} on ${day.resolution.replace(/^'[^']*': /, '')}`
				});
				i++;
				continue;
			}
			out.push(clock);
		}
		// Then the glosses, once each clock time in them has its day.
		return out.map((clock, i): Candidate => {
			const day = out[i + 1];
			const time = /T(\d{2}:\d{2})$/.exec(clock.value);
			const gloss = day && /^\d{4}-\d{2}-\d{2}/.exec(day.value);
			if (
				clock.type !== 'TIME' ||
				!time ||
				clock.stated.includes('day') ||
				!gloss ||
				!(day.stated.includes('day') || day.stated.includes('weekday')) ||
				!GLOSS.test(text.slice(clock.end, day.start))
			)
				return clock;
			return {
				...clock,
				value: `${gloss[0]}T${time[1]}`,
				stated: [...clock.stated, 'day'],
				tags: [...clock.tags, 'clockDayRefiner'],
				resolution: `'${clock.text}': ${time[1]} on ${gloss[0]}, the day named with it ('${day.text}')`
			};
		});
	}
};
