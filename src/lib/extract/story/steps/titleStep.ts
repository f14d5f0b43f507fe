import type { StoryStep } from '../types';
import { clearestTitle } from '../titles';

/**
 * An event made during this fold and told by several articles takes the clearest of their
 * titles (see `clearestTitle`); an event that was in the story before keeps its title, which an
 * editor may have written.
 */
export const titleStep: StoryStep = {
	name: 'title',
	run(draft) {
		for (const i of draft.created) {
			const mentions = draft.gathered.get(i) ?? [];
			if (mentions.length < 2) continue;
			const title = clearestTitle(draft, draft.events[i], mentions);
			if (title !== draft.events[i].title) draft.update(i, { title });
		}
	}
};
