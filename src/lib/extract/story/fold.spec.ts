import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset, type TimelineEvent } from '../../data/schema';
import { emptyStory, foldArticles } from './fold';
import { article, bridgeArticles, extracted, REOPENING, storyOf } from './testing';

const [closed, survey] = bridgeArticles();

const sourcesOf = (event: TimelineEvent) => [...new Set(event.quotes.map((q) => q.source))];
const on = (story: Dataset, date: string) => story.events.filter((e) => e.date === date);
/** The event quoting these words. */
const telling = (story: Dataset, words: string) => {
	const event = story.events.find((e) => e.quotes.some((q) => q.text.includes(words)));
	if (!event) throw new Error(`no event quotes “${words}”`);
	return event;
};

describe('foldArticles: a draft and one more article give a draft', () => {
	it('adds each article as a source, its text byte for byte', () => {
		const story = storyOf(closed, survey);
		expect(story.sources.map((s) => s.id)).toEqual(['bridge-closed', 'survey-begins']);
		expect(story.sources[0].text).toBe(closed.text);
		expect(story.sources[1].text).toBe(survey.text);
		expect(() => validateDataset(story)).not.toThrow();
	});

	it('adds no event and no source for an article the story holds already', () => {
		const story = storyOf(closed, survey);
		const again = foldArticles(story, [extracted(closed)]);
		expect(again.dataset).toEqual(story);
		expect(again.report.skipped).toEqual([
			{ title: closed.title, reason: 'its text is already in the story, as “bridge-closed”' }
		]);
	});

	it('adds nothing when a story is merged with itself, each of its articles again', () => {
		const story = storyOf(closed, survey, REOPENING);
		const again = foldArticles(story, [closed, survey, REOPENING].map(extracted));
		expect(again.dataset).toEqual(story);
		expect(again.report.added).toEqual([]);
	});

	it('makes two wordings of one happening on one day one event, quoting and listing both articles', () => {
		const story = storyOf(closed, survey);
		const shut = telling(story, 'The span was shut on Monday');
		expect(shut).toBe(telling(story, 'The city closed the Harbor Bridge on Monday'));
		expect(sourcesOf(shut)).toEqual(['bridge-closed', 'survey-begins']);
		expect(shut.date).toBe('2025-03-03');
	});

	it('keeps two happenings of one day apart', () => {
		const story = storyOf(closed, survey);
		const monday = on(story, '2025-03-03');
		expect(monday).toHaveLength(2);
		expect(telling(story, 'the city council on Monday approved a budget')).not.toBe(
			telling(story, 'The city closed the Harbor Bridge on Monday')
		);
	});

	it('says when articles disagree on the day, keeping the quotes of both', () => {
		const story = storyOf(closed, survey, REOPENING);
		const shut = telling(story, 'closed on Sunday after inspectors found a crack');
		expect(shut).toBe(telling(story, 'The city closed the Harbor Bridge on Monday'));
		expect(shut.date).toBe('2025-03-03');
		expect(sourcesOf(shut)).toEqual(['bridge-closed', 'survey-begins', 'reopening']);
		expect(shut.resolution).toContain(
			'The articles disagree on the day: “Harbor Bridge closed after crack found” and “Engineers begin survey of Harbor Bridge” give Monday, March 3, 2025; “Harbor Bridge to reopen in April” gives Sunday, March 2, 2025. Every quote is kept.'
		);
		expect(on(story, '2025-03-02')).toEqual([]);
	});

	it('never changes an event the draft had: its id, title, date and summary stay as an editor left them', () => {
		const story = storyOf(closed, survey);
		const shut = telling(story, 'The city closed the Harbor Bridge on Monday');
		const corrected: Dataset = {
			...story,
			events: story.events.map((e) =>
				e === shut ? { ...e, title: 'Harbor Bridge shut', summary: 'Checked by the desk.' } : e
			)
		};
		const { dataset } = foldArticles(corrected, [extracted(REOPENING)]);
		const after = dataset.events.find((e) => e.id === shut.id)!;
		expect(after).toMatchObject({
			title: 'Harbor Bridge shut',
			summary: 'Checked by the desk.',
			date: '2025-03-03'
		});
		expect(sourcesOf(after)).toContain('reopening');
	});

	it('keeps ids stable: a story read one article at a time has the ids of one read at once', () => {
		const atOnce = storyOf(closed, survey, REOPENING);
		let oneByOne = emptyStory('marlow', 'The Harbor Bridge');
		for (const article of [closed, survey, REOPENING])
			oneByOne = foldArticles(oneByOne, [extracted(article)]).dataset;
		expect(oneByOne.events.map((e) => e.id)).toEqual(atOnce.events.map((e) => e.id));
		const before = storyOf(closed, survey).events.map((e) => e.id);
		expect(atOnce.events.map((e) => e.id)).toEqual(expect.arrayContaining(before));
	});

	it('gives every event an importance, more to a happening more articles tell', () => {
		const story = storyOf(closed, survey, REOPENING);
		expect(story.events.every((e) => typeof e.importance === 'number')).toBe(true);
		const shut = telling(story, 'The city closed the Harbor Bridge on Monday');
		const council = telling(story, 'the city council on Monday approved a budget');
		expect(shut.importance!).toBeGreaterThan(council.importance!);
	});

	it('numbers an article whose id another source has, and its quotes name the new id', () => {
		const story = storyOf(closed);
		const twin = { ...survey, id: 'bridge-closed' };
		const { dataset } = foldArticles(story, [extracted(twin)]);
		expect(dataset.sources.map((s) => s.id)).toEqual(['bridge-closed', 'bridge-closed-2']);
		expect(telling(dataset, 'The span was shut').quotes.map((q) => q.source)).toContain(
			'bridge-closed-2'
		);
		expect(() => validateDataset(dataset)).not.toThrow();
	});

	it('leaves out a happening the editor deleted, and brings a moved one to where the editor put it', () => {
		const story = storyOf(closed);
		const shut = telling(story, 'The city closed the Harbor Bridge on Monday');
		const council = telling(story, 'the city council on Monday approved a budget');
		// The editor deleted the closing, and moved the council vote to the Tuesday.
		const edited: Dataset = {
			...story,
			events: story.events
				.filter((e) => e !== shut)
				.map((e) =>
					e === council ? { ...e, date: '2025-03-04', start: '2025-03-04', end: '2025-03-04' } : e
				)
		};
		const councilAgain = {
			id: 'minutes',
			published: '2025-03-06',
			title: 'Council minutes',
			text: 'The city council on Monday approved a budget for school repairs, the minutes show.\n'
		};
		const { dataset, report } = foldArticles(edited, [extracted(survey), extracted(councilAgain)], {
			tombstones: [
				{ date: shut.date, quotes: shut.quotes, into: null },
				{ date: council.date, quotes: council.quotes, into: council.id }
			]
		});
		expect(on(dataset, '2025-03-03')).toEqual([]);
		expect(report.setAside).toBe(1);
		const moved = dataset.events.find((e) => e.id === council.id)!;
		expect(moved.date).toBe('2025-03-04');
		expect(sourcesOf(moved)).toEqual(['bridge-closed', 'minutes']);
	});

	it('refuses an article that is not a dataset of one source', () => {
		const two = storyOf(closed, survey);
		expect(() => foldArticles(emptyStory('x', 'X'), [two])).toThrow(
			/An article joins a story as a dataset of one source/
		);
	});

	it('keeps hostile titles, texts and ids as text, byte for byte, in a valid story', () => {
		const hostile = '<img src=x onerror="alert(1)"> \u202e\u0000 {{7*7}} ${x} javascript:alert(1)';
		const first = article(
			'<script>',
			'2025-03-04',
			`The city closed the Harbor Bridge on Monday ${hostile}.`
		);
		const second = {
			...article(
				'x" onload="y',
				'2025-03-05',
				`Crews closed the Harbor Bridge on Monday ${hostile}.`
			),
			title: hostile,
			publisher: hostile,
			author: hostile
		};
		const story = storyOf(first, second);
		expect(() => validateDataset(story)).not.toThrow();
		expect(story.sources.map((s) => s.text)).toEqual([first.text, second.text]);
		expect(story.sources[1].title).toBe(hostile);
		// Ids are slugs whatever the article's own id says.
		for (const id of [...story.sources, ...story.events].map((x) => x.id))
			expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
		// Every quote is exactly its source's words; titles are plain text taken from them.
		for (const event of story.events)
			for (const q of event.quotes)
				expect(story.sources.find((s) => s.id === q.source)!.text.slice(q.start, q.end)).toBe(
					q.text
				);
	});
});
