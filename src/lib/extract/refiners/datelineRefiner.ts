/**
 * Drops the time expressions of a dateline ("LONDON | Tue Apr 27, 2010 4:08 am EDT LONDON
 * (Reuters) - ", "Wednesday, May 5, 2010; 12:54 PM"): they date the article, which its
 * publication date already says, not a happening of the story (issue 14).
 */
import { datelineOf } from '../dateline';
import type { Refiner } from '../types';

export const datelineRefiner: Refiner = {
	name: 'datelineRefiner',
	refine({ text }, candidates) {
		if (!candidates.length) return candidates;
		// The line starts, found in one pass; candidates come in text order (the overlap
		// removal sorts them), so a pointer walks the lines once and each line's dateline is
		// read once: linear in a text without line breaks too.
		const starts = [0];
		for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		let k = 0;
		let line = -1;
		let end = 0;
		return candidates.filter((candidate) => {
			if (candidate.start < starts[k]) k = 0;
			while (k + 1 < starts.length && starts[k + 1] <= candidate.start) k++;
			if (starts[k] !== line) {
				line = starts[k];
				const next = starts[k + 1] ?? text.length;
				end = line + (datelineOf(text.slice(line, Math.min(next, line + 400)))?.end ?? 0);
			}
			return candidate.start >= end;
		});
	}
};
