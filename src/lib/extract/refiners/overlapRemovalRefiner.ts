/**
 * Keeps one candidate where several overlap: the longest (TimeML tags the maximal expression,
 * "the past two months" rather than "two months"), then the higher priority, then the earlier.
 * After chrono's `OverlapRemovalRefiner`.
 */
import type { Candidate, Refiner } from '../types';

export const overlapRemovalRefiner: Refiner = {
	name: 'overlapRemovalRefiner',
	refine({ text }, candidates) {
		const ranked = [...candidates].sort(
			(a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start
		);
		// Characters already taken by a kept candidate: linear in the text, whatever it holds.
		const taken = new Uint8Array(text.length + 1);
		const kept: Candidate[] = [];
		for (const candidate of ranked) {
			let free = true;
			for (let i = candidate.start; i < candidate.end && free; i++) if (taken[i]) free = false;
			if (!free) continue;
			taken.fill(1, candidate.start, candidate.end);
			kept.push(candidate);
		}
		return kept.sort((a, b) => a.start - b.start);
	}
};
