import type { StoryStep } from '../types';
import { importanceOf } from '../importance';

/** Every event's importance, from what the whole story's articles show (see `importance.ts`). */
export const importanceStep: StoryStep = {
	name: 'importance',
	run(draft) {
		const scores = importanceOf({ sources: draft.sources, events: draft.events });
		scores.forEach((importance, i) => draft.update(i, { importance }));
	}
};
