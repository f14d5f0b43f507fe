import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyStory, foldArticles } from '../fold';
import { article, extracted, storyOf } from '../testing';

// A strike at the Marlow docks on Tuesday, 4 March 2025, told to the day by the evening paper and
// only to its week ("last week") by the next Monday's weekly.
const onTheDay = article(
	'on-the-day',
	'2025-03-05',
	'Dock workers in Marlow walked out on Tuesday in a strike over night-shift pay, halting the container cranes.'
);
const theWeekAfter = article(
	'week-after',
	'2025-03-10',
	'Dock workers in Marlow walked out last week in a strike over night-shift pay, and the container cranes stood idle.'
);

const ferry = article(
	'ferry',
	'2025-03-06',
	'The ferry company raised its fares on Wednesday, blaming the cost of fuel.'
);
const monthAfter = article(
	'month-after',
	'2025-04-02',
	'Dock workers in Marlow walked out in March in a strike over night-shift pay, and the container cranes stood idle.'
);

/**
 * The happenings of the story folded from these articles in this order: each event's date and
 * sources, in an order that does not depend on which was made first.
 */
function folded(...articles: ReturnType<typeof article>[]) {
	const { dataset } = foldArticles(emptyStory('marlow', 'Marlow'), articles.map(extracted));
	return dataset.events
		.map((e) => ({ date: e.date, sources: [...new Set(e.quotes.map((q) => q.source))].sort() }))
		.sort((a, b) => a.sources.join().localeCompare(b.sources.join()));
}

describe('finerDateStep', () => {
	it('reads the week-telling first: the day-telling joins its event, which takes the day', () => {
		expect(folded(theWeekAfter, onTheDay)).toEqual([
			{ date: '2025-03-04', sources: ['on-the-day', 'week-after'] }
		]);
	});

	it('gives the story the same happenings whichever article is read first', () => {
		expect(folded(theWeekAfter, onTheDay)).toEqual(folded(onTheDay, theWeekAfter));
	});

	it('leaves apart another happening told to the day in that week', () => {
		expect(folded(theWeekAfter, ferry)).toHaveLength(2);
	});

	it("takes the day-telling's title, as the story would read the other way round", () => {
		const [event] = foldArticles(
			emptyStory('marlow', 'Marlow'),
			[theWeekAfter, onTheDay].map(extracted)
		).dataset.events;
		expect(event.title).toBe(extracted(onTheDay).events[0].title);
	});

	it('leaves an event that was in the story before its date, as an editor may have set it', () => {
		const before = storyOf(theWeekAfter);
		const { dataset } = foldArticles(before, [extracted(onTheDay)]);
		// Its importance is counted again over the grown story; nothing else of it changes.
		expect({ ...dataset.events[0], importance: 0 }).toEqual({ ...before.events[0], importance: 0 });
		expect(dataset.events.map((e) => e.date)).toEqual(['2025-03-03/2025-03-09', '2025-03-04']);
	});

	it('leaves a happening dated to a month, which may be an expectation, on its month', () => {
		expect(folded(monthAfter, onTheDay).map((e) => e.date)).toEqual(['2025-03', '2025-03-04']);
	});

	it('gives the same happenings in any order of day- and week-tellings, a month-telling last (property)', () => {
		const pool = [onTheDay, theWeekAfter, ferry];
		const expected = folded(...pool, monthAfter);
		expect(expected).toEqual([
			{ date: '2025-03-05', sources: ['ferry'] },
			{ date: '2025-03-04', sources: ['month-after', 'on-the-day', 'week-after'] }
		]);
		fc.assert(
			fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (order) => {
				expect(folded(...order, monthAfter)).toEqual(expected);
			}),
			{ numRuns: 30 }
		);
	});
});
