import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../data/schema';
import { StoryDraft, type Mention } from '../storyDraft';
import { emptyStory } from '../fold';
import { contentWords } from '../words';
import { orderStep } from './orderStep';
import { settleDateStep } from './settleDateStep';
import { titleStep } from './titleStep';
import { importanceStep } from './importanceStep';

const source = (id: string, published: string, title = `Article ${id}`) => ({
	id,
	title,
	publisher: '',
	author: '',
	published,
	text: `${id} `.repeat(400)
});

const event = (id: string, date: string, title: string, quotes: [string, number][] = []) =>
	({
		id,
		title,
		date,
		start: date.slice(0, 10),
		end: date.slice(-10),
		precision: date.length === 10 ? 'day' : 'year',
		quotes: quotes.map(([s, start]) => ({ source: s, start, end: start + 3, text: `${s} ` })),
		resolution: `'${date}': as stated`
	}) as TimelineEvent;

/** A mention of `own` told by `from` in `words`. */
function mention(draft: StoryDraft, own: TimelineEvent, from: string, words: string): Mention {
	const bag = contentWords(words);
	return { event: own, source: draft.source(from)!, bags: [bag], words: bag };
}

function draftWith(sources: ReturnType<typeof source>[]) {
	const draft = new StoryDraft({ ...emptyStory('s', 'S'), sources });
	draft.index.settle();
	return draft;
}

describe('settleDateStep', () => {
	it('puts an event made in the fold on the day most of its articles give, and says which give which', () => {
		const draft = draftWith([
			source('a', '2025-03-04'),
			source('b', '2025-03-05'),
			source('c', '2025-03-06')
		]);
		const own = event('closing', '2025-03-02', 'Bridge closed', [['a', 0]]);
		const i = draft.create(mention(draft, own, 'a', 'bridge closed crack'));
		for (const from of ['b', 'c']) {
			const other = event('x', '2025-03-03', 'Bridge shut', [[from, 0]]);
			draft.join(i, mention(draft, other, from, 'bridge shut crack'), {
				source: from,
				date: '2025-03-03',
				resolution: "'Monday': Monday"
			});
		}
		settleDateStep.run(draft);
		expect(draft.events[i]).toMatchObject({
			date: '2025-03-03',
			start: '2025-03-03',
			end: '2025-03-03'
		});
		expect(draft.events[i].resolution).toBe(
			"'Monday': Monday. The articles disagree on the day: “Article b” and “Article c” give Monday, March 3, 2025; “Article a” gives Sunday, March 2, 2025. Every quote is kept."
		);
		// Its id was given when it was made, and stays.
		expect(draft.events[i].id).toBe('closing');
	});

	it('keeps the day of an event the draft had, saying which article gives another', () => {
		const draft = new StoryDraft({
			...emptyStory('s', 'S'),
			sources: [source('a', '2025-03-04'), source('b', '2025-03-05'), source('c', '2025-03-06')],
			events: [event('closing', '2025-03-02', 'Bridge closed', [['a', 0]])]
		});
		draft.index.settle();
		for (const from of ['b', 'c']) {
			const other = event('x', '2025-03-03', 'Bridge shut', [[from, 0]]);
			draft.join(0, mention(draft, other, from, 'bridge shut'), {
				source: from,
				date: '2025-03-03'
			});
		}
		settleDateStep.run(draft);
		expect(draft.events[0].date).toBe('2025-03-02');
		expect(draft.events[0].resolution).toBe(
			"'2025-03-02': as stated. Articles disagree on the day: “Article b” and “Article c” give Monday, March 3, 2025. Every quote is kept."
		);
	});

	it('leaves alone an event whose articles agree', () => {
		const draft = draftWith([source('a', '2025-03-04')]);
		const i = draft.create(mention(draft, event('e', '2025-03-02', 'E', [['a', 0]]), 'a', 'e'));
		settleDateStep.run(draft);
		expect(draft.events[i].resolution).toBe("'2025-03-02': as stated");
	});
});

/**
 * The title `titleStep` gives an event of March 3 made from tellings (a title and its words)
 * of articles "a", "b", "c"…, published as given.
 */
function titleOf(published: string[], tellings: [title: string, words: string][]): string {
	const ids = published.map((_, k) => String.fromCharCode(97 + k));
	const draft = draftWith(published.map((day, k) => source(ids[k], day)));
	const own = (k: number) =>
		mention(
			draft,
			event('closing', '2025-03-03', tellings[k][0], [[ids[k], 0]]),
			ids[k],
			tellings[k][1]
		);
	const i = draft.create(own(0));
	for (let k = 1; k < tellings.length; k++) draft.join(i, own(k));
	titleStep.run(draft);
	return draft.events[i].title;
}

describe('titleStep', () => {
	it('takes no title from a telling that dates the happening only to the week around its day', () => {
		const draft = draftWith([
			source('a', '2025-03-04'),
			source('b', '2025-03-04'),
			source('c', '2025-03-10')
		]);
		const told = (from: string, date: string, title: string, words: string) =>
			mention(draft, event(from, date, title, [[from, 0]]), from, words);
		const i = draft.create(told('a', '2025-03-03', 'Span shut', 'span shut crack girder'));
		draft.join(i, told('b', '2025-03-03', 'Bridge shut', 'bridge shut crack girder'));
		// The clearest title of the three, had it dated the day.
		const week = '2025-03-03/2025-03-09';
		draft.join(
			i,
			told(
				'c',
				week,
				'City closed the Harbor Bridge over a crack in its girder',
				'city closed harbor bridge crack girder'
			)
		);
		titleStep.run(draft);
		expect(['Span shut', 'Bridge shut']).toContain(draft.events[i].title);
		draft.gathered.get(i)![2].event = { ...draft.gathered.get(i)![2].event, date: '2025-03-03' };
		titleStep.run(draft);
		expect(draft.events[i].title).toBe('City closed the Harbor Bridge over a crack in its girder');
	});

	it('gives an event made in the fold the title of the telling most like the others, from an article of the day', () => {
		const title = titleOf(
			['2025-03-20', '2025-03-04', '2025-03-05'],
			[
				['Weeks ago it was shut', 'weeks ago it was shut, a long story of traffic'],
				[
					'City closed the Harbor Bridge after a crack',
					'city closed harbor bridge crack girder inspectors'
				],
				['Span shut over crack', 'span shut crack girder inspectors harbor bridge']
			]
		);
		expect(title).toBe('City closed the Harbor Bridge after a crack');
	});

	it('prefers a title that tells who did what to a cut-off one, even from the most typical telling', () => {
		const title = titleOf(
			['2025-03-04', '2025-03-04', '2025-03-04'],
			[
				['The city said it would', 'city harbor bridge closed crack'],
				[
					'The city closed the Harbor Bridge over a crack in its girder',
					'city harbor bridge closed girder'
				],
				['Bridge shut', 'city harbor bridge closed crack inspectors']
			]
		);
		expect(title).toBe('The city closed the Harbor Bridge over a crack in its girder');
	});

	it('passes over a title that carries the page around an article (a byline, a summary box’s bullets)', () => {
		const title = titleOf(
			['2025-03-04', '2025-03-04', '2025-03-04'],
			[
				[
					'Harbor Bridge closed over a crack By Jane Porter, Transport Editor',
					'city harbor bridge closed crack girder inspectors traffic'
				],
				[
					'The city closed the Harbor Bridge after inspectors found a crack',
					'city harbor bridge closed inspectors'
				],
				[
					'Bridge closed | Traffic diverted to the ferry',
					'harbor bridge closed girder traffic ferry'
				]
			]
		);
		expect(title).toBe('The city closed the Harbor Bridge after inspectors found a crack');
	});

	it('keeps the title of an event the draft had, which an editor may have written', () => {
		const draft = new StoryDraft({
			...emptyStory('s', 'S'),
			sources: [source('a', '2025-03-04'), source('b', '2025-03-04')],
			events: [event('closing', '2025-03-03', 'Harbor Bridge shut (edited)', [['a', 0]])]
		});
		draft.index.settle();
		draft.join(
			0,
			mention(
				draft,
				event('x', '2025-03-03', 'City closed the bridge', [['b', 0]]),
				'b',
				'city closed bridge'
			)
		);
		titleStep.run(draft);
		expect(draft.events[0].title).toBe('Harbor Bridge shut (edited)');
	});
});

describe('importanceStep', () => {
	it('sets every event’s importance from the whole story', () => {
		const draft = draftWith([source('a', '2025-03-04'), source('b', '2025-03-05')]);
		draft.create(
			mention(
				draft,
				event('one', '2025-03-03', 'One', [
					['a', 0],
					['b', 0]
				]),
				'a',
				'one'
			)
		);
		draft.create(mention(draft, event('two', '2025-03-03', 'Two', [['a', 900]]), 'a', 'two'));
		importanceStep.run(draft);
		const [one, two] = draft.events;
		expect(one.importance).toBeGreaterThan(two.importance!);
	});
});

describe('orderStep', () => {
	it('orders events by date, the wider span first, then by the article and words that tell them first', () => {
		const draft = draftWith([source('a', '2025-03-04'), source('b', '2025-03-05')]);
		for (const e of [
			event('late', '2025-03-03', 'Late', [['b', 5]]),
			event('year', '2025', 'Year', [['a', 0]]),
			event('early', '2025-03-03', 'Early', [['a', 50]]),
			event('first', '2025-03-03', 'First', [['a', 10]])
		])
			draft.create(mention(draft, e, e.quotes[0].source, e.title));
		orderStep.run(draft);
		expect(draft.events.map((e) => e.id)).toEqual(['year', 'first', 'early', 'late']);
	});
});
