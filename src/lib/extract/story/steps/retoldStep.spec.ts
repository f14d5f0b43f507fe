import { describe, expect, it } from 'vitest';
import { emptyStory } from '../fold';
import { sameHappeningStep } from './sameHappeningStep';
import { article, stepping, storyOf } from '../testing';
import { mentionStep } from './mentionStep';
import { newHappeningStep } from './newHappeningStep';
import { retoldStep } from './retoldStep';
import { sourceIdStep } from './sourceIdStep';

// One article telling the ferry running aground twice on Monday, in sentences about different
// things, and the council's vote that Monday; paragraphs apart, as the article's own extraction
// gathers only mentions of a date in one paragraph or in sentences side by side.
const aground = article(
	'aground',
	'2025-03-11',
	'The coast guard says no fuel is leaking from the ferry that ran aground near the Harbor Bridge on Monday.',
	'Passengers were taken ashore by lifeboat and a tug stood by through the night.',
	'Divers will inspect the hull once the tide turns.',
	'The ferry had lost its engine when it ran aground on Monday in twelve feet of water.',
	'Its owners have not said when crossings will resume.',
	'Commuters were told to take the bus.',
	'The city council on Monday approved a budget for school repairs after a long debate.'
);

/** The events the article adds to an empty story, each as the start of its quotes' words. */
function eventsOf(...steps: (typeof retoldStep)[]) {
	const [draft, input] = stepping(emptyStory('marlow', 'Marlow'), aground);
	for (const step of [sourceIdStep, mentionStep, ...steps, newHappeningStep])
		step.run(draft, input);
	return draft.events.map((e) => e.quotes.map((q) => q.text.slice(0, 24)));
}

describe('retoldStep', () => {
	it("makes one event of an article's two tellings of one day's happening, titled alike", () => {
		const events = eventsOf(retoldStep);
		expect(events).toContainEqual(['The coast guard says no ', 'The ferry had lost its e']);
	});

	it('leaves apart another happening the article dates on that day', () => {
		const events = eventsOf(retoldStep);
		expect(events).toContainEqual(['The city council on Mond']);
		expect(events).toHaveLength(2);
	});

	it('is what joins them: without it, each telling is an event of its own', () => {
		expect(eventsOf()).toHaveLength(3);
	});

	it("joins the story's event that another of the article's tellings of that day joined", () => {
		const first = article(
			'first',
			'2025-03-10',
			'The ferry had lost its engine when it ran aground on Monday in twelve feet of water near the pier.'
		);
		// The coast guard's sentence, long on other things, is not alike enough to the story's.
		const later = article(
			'later',
			'2025-03-11',
			'The coast guard says no fuel is leaking from the vessel, which ran aground near the Harbor Bridge on Monday, and divers found no damage to its hull or propellers.',
			'Passengers were taken ashore by lifeboat and a tug stood by through the night.',
			'Divers will inspect the hull once the tide turns.',
			'The ferry had lost its engine when it ran aground on Monday in twelve feet of water.'
		);
		const run = (...steps: (typeof retoldStep)[]) => {
			const [draft, input] = stepping(storyOf(first), later);
			for (const step of [sourceIdStep, mentionStep, sameHappeningStep, ...steps, newHappeningStep])
				step.run(draft, input);
			return draft.events.map((e) => e.quotes.map((q) => q.source));
		};
		expect(run(retoldStep)).toEqual([['first', 'later', 'later']]);
		expect(run()).toEqual([['first', 'later'], ['later']]);
	});
});
