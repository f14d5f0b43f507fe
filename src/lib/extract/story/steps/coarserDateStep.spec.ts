import { describe, expect, it } from 'vitest';
import { article, bridgeArticles, stepping, storyOf } from '../testing';
import type { ArticleInFold } from '../types';
import { coarserDateStep } from './coarserDateStep';
import { dateDisagreementStep } from './dateDisagreementStep';
import { mentionStep } from './mentionStep';
import { sameHappeningStep } from './sameHappeningStep';
import { sourceIdStep } from './sourceIdStep';

// The story: the Harbor Bridge closed on Monday, 3 March 2025 (and the council's vote that day).
const [closed] = bridgeArticles();

/** Folds an article of one paragraph, published `published`, up to `coarserDate` (or not). */
function placing(published: string, text: string, withStep = true) {
	const [draft, input] = stepping(storyOf(closed), article('later', published, text));
	const steps = [sourceIdStep, mentionStep, sameHappeningStep, dateDisagreementStep];
	for (const step of withStep ? [...steps, coarserDateStep] : steps) step.run(draft, input);
	return { draft, input };
}

/** The date of the event each placed mention joined. */
function joinedDates({ draft, input }: ReturnType<typeof placing>) {
	return [...input.placed.values()].map((p) => ('event' in p ? draft.events[p.event].date : p));
}

const mentionDates = (input: ArticleInFold) => input.mentions.map((m) => m.event.date);

describe('coarserDateStep', () => {
	const lastWeek =
		'The city closed the Harbor Bridge last week after inspectors found a crack in its main girder.';

	it('joins a telling dated to the week to the event of the day within it told alike, which keeps its day and both quotes', () => {
		const placed = placing('2025-03-10', lastWeek);
		expect(mentionDates(placed.input)).toEqual(['2025-03-03/2025-03-09']);
		expect(joinedDates(placed)).toEqual(['2025-03-03']);
		const [event] = placed.draft.events.filter(
			(e) => e.date === '2025-03-03' && e.quotes.length > 1
		);
		expect(event.quotes.map((q) => q.source)).toEqual(['bridge-closed', 'later']);
		expect(event.precision).toBe('day');
	});

	it('is what joins them: without it, the week telling stands apart', () => {
		expect(placing('2025-03-10', lastWeek, false).input.placed.size).toBe(0);
	});

	it('leaves apart another happening of that week', () => {
		const fares = placing(
			'2025-03-10',
			'The ferry company raised its fares last week, blaming the cost of fuel.'
		);
		expect(fares.input.mentions).toHaveLength(1);
		expect(fares.input.placed.size).toBe(0);
	});

	it('leaves apart a week that does not hold the day, however alike the words', () => {
		expect(placing('2025-03-17', lastWeek).input.placed.size).toBe(0);
	});

	it('joins a telling dated to the month, which holds many happenings, only in nearly the same words', () => {
		const same = placing(
			'2025-03-20',
			'The city closed the Harbor Bridge in March after inspectors found a crack in its main girder, the transport department said.'
		);
		expect(joinedDates(same)).toEqual(['2025-03-03']);
		const loose = placing(
			'2025-03-20',
			'The Harbor Bridge was shut in March after a crack was found, and the ferry added crossings.'
		);
		expect(mentionDates(loose.input)).toEqual(['2025-03']);
		expect(loose.input.placed.size).toBe(0);
	});

	it('leaves a year to the story’s background', () => {
		const year = placing(
			'2025-03-20',
			'The city closed the Harbor Bridge in 2025 after inspectors found a crack in its main girder.'
		);
		expect(mentionDates(year.input)).toEqual(['2025']);
		expect(year.input.placed.size).toBe(0);
	});

	it('matches a telling of the month with the day as told on its day, not with another month-telling that joined it', () => {
		const day = article(
			'day',
			'2025-03-05',
			'The Marlow council approved the harbour budget on Tuesday after a long debate over dredging.'
		);
		const recalled = article(
			'recalled',
			'2025-04-02',
			'The Marlow council approved the harbour budget in March, so dredging of the silted north quay will start in May.'
		);
		// Alike to the recollection's words about May, not to the budget's approval.
		const plan = article(
			'plan',
			'2025-04-09',
			'Dredging of the silted north quay will start in May, the council decided in March.'
		);
		const sourcesOn = (date: string) =>
			storyOf(day, recalled, plan)
				.events.filter((e) => e.date === date)
				.map((e) => [...new Set(e.quotes.map((q) => q.source))]);
		expect(sourcesOn('2025-03-04')).toEqual([['day', 'recalled']]);
		expect(sourcesOn('2025-03')).toEqual([['plan']]);
	});
});
