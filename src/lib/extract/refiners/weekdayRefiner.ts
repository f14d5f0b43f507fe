/**
 * Settles which day a weekday names. In news, a bare weekday is the publication day if it is
 * that weekday, else the most recent such day before publication ("said Friday" in an article of
 * Monday, January 8, 2024 is January 5), unless the nearest verb before it speaks of the future
 * ("will meet Friday", "is set to resume Monday", "as early as Tuesday") or the day is what a
 * plan is for ("called a protest for Saturday"), when it is the next one;
 * "would appeal the ruling, announced Wednesday" is past (see `governingTense`). "last", "next"
 * and "this" say so.
 */
import { addDays, formatDay, isoWeekday, longDay } from '../../data/calendar';
import { governingTense, openingTense } from '../tense';
import type { Candidate, Refiner } from '../types';

// "Wednesday's ruling", "Friday's edition": a possessive weekday names something that has
// happened, whatever the clause goes on to plan ("would look for ways around Wednesday's
// ruling"), unless it is awaited ("ahead of Thursday's vote").
function lookedBack(text: string, candidate: Candidate): boolean {
	return (
		/^['’]s\b/.test(text.slice(candidate.end, candidate.end + 3)) &&
		!/\b(?:ahead\s+of|before|until|for|upcoming|planned|scheduled|expected)\s+$/i.test(
			text.slice(Math.max(0, candidate.start - 20), candidate.start)
		)
	);
}

// "called a protest for Saturday", "booked the hall for Friday": the day a plan is for lies
// ahead, whatever the tense of the verb that made the plan ("jailed for Saturday's attack" is
// a possessive, read by the tense).
function plannedFor(text: string, candidate: Candidate): boolean {
	return (
		/\bfor\s+$/i.test(text.slice(Math.max(0, candidate.start - 5), candidate.start)) &&
		!/^['’]s\b/.test(text.slice(candidate.end, candidate.end + 3))
	);
}

export const weekdayRefiner: Refiner = {
	name: 'weekdayRefiner',
	refine({ text, ref }, candidates) {
		return candidates.map((candidate): Candidate => {
			const pending = candidate.pending;
			if (pending?.kind !== 'weekday') return candidate;
			const today = isoWeekday(ref);
			const back = (today - pending.weekday + 7) % 7;
			const ahead = (pending.weekday - today + 7) % 7;
			const relative = pending.relative;
			let offset: number;
			let why: string;
			if (relative === 'last' || relative === 'past' || relative === 'this past') {
				offset = -(back || 7);
				why = 'the last such day before publication';
			} else if (relative === 'the previous') {
				offset = -(back || 7) - 7;
				why = 'the week before the last such day';
			} else if (
				relative === 'next' ||
				relative === 'this coming' ||
				relative === 'the following'
			) {
				offset = ahead || 7;
				why = 'the next such day after publication';
			} else if (relative === 'this') {
				offset = pending.weekday - today;
				why = 'that day of the publication week';
			} else if (back === 0) {
				offset = 0;
				why = 'the publication day itself';
			} else if (
				!lookedBack(text, candidate) &&
				(plannedFor(text, candidate) ||
					(openingTense(text, candidate.start, candidate.end) ??
						governingTense(text, candidate.start)) === 'future')
			) {
				offset = ahead;
				why = 'the next such day, as the clause speaks of the future';
			} else {
				offset = -back;
				why = 'the most recent such day before publication';
			}
			const day = addDays(ref, offset);
			return {
				...candidate,
				value: formatDay(day) + (pending.part ? `T${pending.part}` : ''),
				pending: undefined,
				tags: [...candidate.tags, 'weekdayRefiner'],
				resolution: `'${candidate.text}': ${longDay(day)}, ${why} (${longDay(ref)})`
			};
		});
	}
};
