import { bySpan } from '../../../data/partialDate';
import type { StoryStep } from '../types';

/**
 * Events in the timeline's order: by date (earlier first, the wider span first on a tie), then
 * by where the story first tells them (the article that joined first, the earlier words).
 */
export const orderStep: StoryStep = {
	name: 'order',
	run(draft) {
		const first = (e: (typeof draft.events)[number]) => e.quotes[0];
		draft.events.sort((a, b) => {
			const qa = first(a);
			const qb = first(b);
			return (
				bySpan(a, b) ||
				(qa && qb
					? draft.sourceOrder(qa.source) - draft.sourceOrder(qb.source) || qa.start - qb.start
					: 0)
			);
		});
	}
};
