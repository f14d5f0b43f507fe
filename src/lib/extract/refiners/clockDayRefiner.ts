/**
 * Joins a clock time to the day that follows it: "10 p.m. Wednesday", "9 a.m. EST Tuesday",
 * "5 p.m. EST, Nov. 6" are one TIME, on that day (TimeML tags them whole).
 */
import type { Candidate, Refiner } from '../types';

const BETWEEN = /^\s*(?:\(?[A-Z]{2,4}\)?)?\s*,?\s*$/;

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
		return out;
	}
};
