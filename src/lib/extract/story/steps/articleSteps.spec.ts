import { describe, expect, it } from 'vitest';
import { emptyStory } from '../fold';
import { article, bridgeArticles, stepping, storyOf } from '../testing';
import type { ArticleInFold, ArticleStep } from '../types';
import { dateDisagreementStep } from './dateDisagreementStep';
import { knownArticleStep } from './knownArticleStep';
import { ledeStep } from './ledeStep';
import { mentionStep } from './mentionStep';
import { newHappeningStep } from './newHappeningStep';
import { sameHappeningStep } from './sameHappeningStep';
import { setAsideStep } from './setAsideStep';
import { sourceIdStep } from './sourceIdStep';
import type { StoryDraft } from '../storyDraft';

const [closed, survey] = bridgeArticles();

/** Runs steps in order on the draft and the article, as the fold does. */
function run(draft: StoryDraft, input: ArticleInFold, ...steps: ArticleStep[]) {
	for (const step of steps) step.run(draft, input);
	return input;
}

/** What became of each mention, by its first quote's words. */
function placements(input: ArticleInFold) {
	return [...input.placed].map(([m, p]) => [m.event.quotes[0]?.text.slice(0, 30), p.kind]);
}

describe('knownArticleStep', () => {
	it('skips an article whose text the story holds, saying under which id', () => {
		const [draft, input] = stepping(storyOf(closed), {
			...closed,
			id: 'renamed',
			title: 'Another title'
		});
		run(draft, input, knownArticleStep);
		expect(input.skipped).toBe('its text is already in the story, as “bridge-closed”');
	});

	it('lets through an article that differs by a single character', () => {
		const [draft, input] = stepping(storyOf(closed), { ...closed, text: closed.text + ' ' });
		run(draft, input, knownArticleStep);
		expect(input.skipped).toBeUndefined();
	});
});

describe('sourceIdStep', () => {
	it('keeps a free id and numbers one that is taken', () => {
		const [draft, input] = stepping(storyOf(closed), { ...survey, id: 'bridge-closed' });
		run(draft, input, sourceIdStep);
		expect(input.source.id).toBe('bridge-closed-2');
		expect(draft.sources.map((s) => s.id)).toEqual(['bridge-closed', 'bridge-closed-2']);
	});
});

describe('mentionStep', () => {
	it("makes each of the article's events a mention quoting it under its id in the story", () => {
		const [draft, input] = stepping(storyOf(closed), { ...survey, id: 'bridge-closed' });
		run(draft, input, sourceIdStep, mentionStep);
		expect(input.mentions.length).toBe(input.dataset.events.length);
		expect(input.mentions.flatMap((m) => m.event.quotes.map((q) => q.source))).toEqual(
			input.mentions.map(() => 'bridge-closed-2')
		);
		expect([...input.mentions[0].words].length).toBeGreaterThan(2);
	});
});

describe('sameHappeningStep', () => {
	it('joins a mention to the event of its date told in alike words', () => {
		const [draft, input] = stepping(storyOf(closed), survey);
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep);
		expect(placements(input)).toEqual([['The span was shut on Monday wh', 'joined']]);
	});

	it('leaves apart a mention of another happening on that date', () => {
		const council = article(
			'council',
			'2025-03-05',
			'The city council on Monday approved a budget for school repairs after a long debate.'
		);
		const [draft, input] = stepping(storyOf(survey), council);
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep);
		expect(placements(input)).toEqual([]);
	});

	it('joins nothing on another date, however alike the words', () => {
		const later = article(
			'later',
			'2025-03-12',
			'The span was shut on Tuesday when inspectors discovered a crack in its main girder.'
		);
		const [draft, input] = stepping(storyOf(survey), later);
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep);
		expect(placements(input)).toEqual([]);
	});
});

describe('setAsideStep', () => {
	const story = storyOf(closed);
	const shut = story.events.find((e) => e.title.includes('Harbor Bridge'))!;

	it('leaves out a mention of a happening the editor deleted', () => {
		const [draft, input] = stepping({ ...story, events: [] }, survey);
		draft.tombstones.push({ date: shut.date, quotes: shut.quotes, into: null });
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, setAsideStep);
		expect(placements(input)).toEqual([['The span was shut on Monday wh', 'set-aside']]);
	});

	it('joins a mention of a happening the editor moved to the event it became', () => {
		const moved = { ...shut, date: '2025-03-02', start: '2025-03-02', end: '2025-03-02' };
		const [draft, input] = stepping({ ...story, events: [moved] }, survey);
		draft.tombstones.push({ date: shut.date, quotes: shut.quotes, into: shut.id });
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, setAsideStep);
		expect(placements(input)).toEqual([['The span was shut on Monday wh', 'followed']]);
		expect(draft.events[0].quotes.map((q) => q.source)).toContain('survey-begins');
	});

	it('leaves out the deleted happening re-extracted from a new article at another precision', () => {
		const march = article(
			'march',
			'2025-03-20',
			'The city closed the Harbor Bridge in March after inspectors found a crack in its main girder, the transport department said.'
		);
		const [draft, input] = stepping({ ...story, events: [] }, march);
		draft.tombstones.push({ date: shut.date, quotes: shut.quotes, into: null });
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, setAsideStep);
		expect(input.mentions.map((m) => m.event.date)).toContain('2025-03');
		expect(placements(input)).toEqual([['The city closed the Harbor Bri', 'set-aside']]);
	});

	it('leaves out the deleted happening that a new article dates a day off, in the same words', () => {
		const sunday = article(
			'sunday',
			'2025-03-07',
			'The city closed the Harbor Bridge on Sunday after inspectors found a crack in its main girder, the transport department said.'
		);
		const [draft, input] = stepping({ ...story, events: [] }, sunday);
		draft.tombstones.push({ date: shut.date, quotes: shut.quotes, into: null });
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, setAsideStep);
		expect(input.mentions.map((m) => m.event.date)).toContain('2025-03-02');
		expect(placements(input)).toEqual([['The city closed the Harbor Bri', 'set-aside']]);
	});

	it('keeps another happening of the month the deleted one fell in', () => {
		const fares = article(
			'fares',
			'2025-03-20',
			'The ferry company raised its fares in March, blaming the cost of fuel.'
		);
		const [draft, input] = stepping({ ...story, events: [] }, fares);
		draft.tombstones.push({ date: shut.date, quotes: shut.quotes, into: null });
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, setAsideStep);
		expect(input.mentions.length).toBeGreaterThan(0);
		expect(placements(input)).toEqual([]);
	});

	it('lets an event the editor brought back take its mentions first', () => {
		const [draft, input] = stepping(story, survey);
		draft.tombstones.push({ date: shut.date, quotes: shut.quotes, into: null });
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, setAsideStep);
		expect(placements(input)).toEqual([['The span was shut on Monday wh', 'joined']]);
	});
});

describe('dateDisagreementStep', () => {
	const sunday = article(
		'sunday',
		'2025-03-07',
		'The Harbor Bridge was closed on Sunday after inspectors found a crack in its main girder, the transport department said.'
	);

	it('joins a mention told in nearly the same words to an event a day away, saying the day it gives', () => {
		const [draft, input] = stepping(storyOf(closed), sunday);
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, dateDisagreementStep);
		const [[mention, placement]] = [...input.placed];
		expect(placement).toEqual({ kind: 'disagrees', event: expect.any(Number), date: '2025-03-02' });
		expect(mention.event.date).toBe('2025-03-02');
		expect(draft.disagreements.get((placement as { event: number }).event)).toEqual([
			expect.objectContaining({ source: 'sunday', date: '2025-03-02' })
		]);
	});

	it('leaves apart an article that tells both days itself', () => {
		const both = article(
			'both',
			'2025-03-07',
			'The Harbor Bridge was closed on Sunday after inspectors found a crack in its main girder, the transport department said.',
			'Engineers came back on Monday to look at the crack again.'
		);
		const [draft, input] = stepping(storyOf(closed), both);
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, dateDisagreementStep);
		expect([...input.placed.values()].map((p) => p.kind)).not.toContain('disagrees');
	});

	it('leaves apart a mention a week away, however alike', () => {
		const week = { ...sunday, text: sunday.text.replace('on Sunday', 'on Feb. 24') };
		const [draft, input] = stepping(storyOf(closed), week);
		run(draft, input, sourceIdStep, mentionStep, sameHappeningStep, dateDisagreementStep);
		expect(input.placed.size).toBe(0);
	});
});

describe('newHappeningStep', () => {
	it('makes every mention left an event of its own, with an id no other event has', () => {
		const story = storyOf(closed);
		const [draft, input] = stepping(story, { ...closed, text: closed.text + '\n' });
		run(draft, input, sourceIdStep, mentionStep, newHappeningStep);
		const ids = draft.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.filter((id) => id.endsWith('-2'))).toHaveLength(story.events.length);
	});
});

describe('ledeStep', () => {
	it("joins an undated opening sentence to the story's event of its day or the day before that it tells", () => {
		const lede = article(
			'lede',
			'2025-03-04',
			'Inspectors found a crack in the main girder of the Harbor Bridge, and the city closed it to all traffic.',
			'The ferry added crossings on Wednesday.'
		);
		const [draft, input] = stepping(storyOf(closed), lede);
		run(draft, input, sourceIdStep, mentionStep, ledeStep);
		const [[mention, placement]] = [...input.placed];
		expect(placement.kind).toBe('joined');
		expect(draft.events[(placement as { event: number }).event].date).toBe('2025-03-03');
		expect(mention.event.quotes[0].start).toBe(0);
	});

	it('quotes an opening sentence from where its story starts, past its dateline', () => {
		const opening =
			'Inspectors found a crack in the main girder of the Harbor Bridge, and the city closed it to all traffic.';
		const lede = article('lede', '2025-03-04', `SPRINGFIELD (Reuters) - ${opening}`);
		const [draft, input] = stepping(storyOf(closed), lede);
		run(draft, input, sourceIdStep, mentionStep, ledeStep);
		const [[mention]] = [...input.placed];
		expect(mention.event.quotes[0].text).toBe(opening);
		expect(lede.text.slice(mention.event.quotes[0].start)).toMatch(/^Inspectors found/);
	});

	it('makes no event of an opening sentence the story does not tell', () => {
		const lede = article(
			'lede',
			'2025-03-04',
			'A heron nested on the roof of the public library, delighting readers and staff alike.'
		);
		const [draft, input] = stepping(emptyStory('x', 'X'), lede);
		run(draft, input, sourceIdStep, mentionStep, ledeStep);
		expect(input.placed.size).toBe(0);
		expect(draft.events).toEqual([]);
	});

	it('leaves alone an opening sentence that dates itself', () => {
		const [draft, input] = stepping(storyOf(closed), survey);
		run(draft, input, sourceIdStep, mentionStep, ledeStep);
		expect(input.placed.size).toBe(0);
	});
});
