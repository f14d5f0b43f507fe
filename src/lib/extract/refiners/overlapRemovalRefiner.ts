/**
 * Keeps one candidate where several overlap: the longest (TimeML tags the maximal expression,
 * "the past two months" rather than "two months"), then the higher priority, then the earlier.
 * After chrono's `OverlapRemovalRefiner`.
 */
import type { Candidate, Refiner } from '../types';

export const overlapRemovalRefiner: Refiner = {
	name: 'overlapRemovalRefiner',
	refine(_context, candidates) {
		const ranked = [...candidates].sort(
			(a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start
		);
		const kept: Candidate[] = [];
		for (const candidate of ranked) {
			if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
			kept.push(candidate);
		}
		return kept.sort((a, b) => a.start - b.start);
	}
};
