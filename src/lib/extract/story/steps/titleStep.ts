import type { StoryStep } from '../types';
import { clearestTitle } from '../titles';
import { isCoarser } from '../spans';

/**
 * An event made during this fold and told by several articles takes the clearest of their
 * titles (see `clearestTitle`); an event that was in the story before keeps its title, which an
 * editor may have written. A telling that dates the happening only to a span holding the event's
 * day ("last week", see `coarserDateStep`) recalls it rather than reports it: it is a quote of
 * the event, not one of the titles it chooses from.
 */
export const titleStep: StoryStep = {
	name: 'title',
	run(draft) {
		for (const i of draft.created) {
			const event = draft.events[i];
			const mentions = (draft.gathered.get(i) ?? []).filter(
				(m) => !isCoarser(m.event.date, event.date)
			);
			if (mentions.length < 2) continue;
			const title = clearestTitle(draft, event, mentions);
			if (title !== event.title) draft.update(i, { title });
		}
	}
};
