/**
 * Takes in the words that name part of a period: "the end of 1990", "the beginning of October",
 * "the middle of October", "the end of this week", "the last half of 1989". TimeML tags the whole
 * phrase; the value stays the period's, which the phrase narrows but does not leave.
 */
import type { Candidate, Refiner } from '../types';

const PART =
	/(?:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|(?:first|second|last|latter)\s+half)|a\s+good\s+part)\s+of\s+$/i;

export const partOfPeriodRefiner: Refiner = {
	name: 'partOfPeriodRefiner',
	refine({ text }, candidates) {
		return candidates.map((candidate): Candidate => {
			if (candidate.type !== 'DATE' || !/^\d/.test(candidate.value)) return candidate;
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
