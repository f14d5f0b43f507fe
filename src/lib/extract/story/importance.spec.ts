import { describe, expect, it } from 'vitest';
import type { Source, TimelineEvent } from '../../data/schema';
import { importanceOf, importanceRules, NEWS_DAYS, WEIGHTS } from './importance';

const source = (id: string, published: string): Source => ({
	id,
	title: id,
	publisher: '',
	author: '',
	published,
	text: 'x'.repeat(5000)
});

const event = (
	id: string,
	date: string,
	...quotes: [string, number, string?][]
): TimelineEvent => ({
	id,
	title: id,
	date,
	start: date.slice(0, 10),
	end: date.length === 10 ? date : `${date.slice(0, 4)}-12-31`,
	precision: date.length === 10 ? 'day' : 'year',
	quotes: quotes.map(([s, start, text = `${s}${start}`]) => ({
		source: s,
		start,
		end: start + 1,
		text
	}))
});

/** Importance with only the rules named (and the sum), to see one rule at work. */
function only(names: string[], story: { sources: Source[]; events: TimelineEvent[] }) {
	return importanceOf(
		story,
		importanceRules.filter((r) => ['oneVotePerArticle', 'sum', ...names].includes(r.name))
	);
}

const sources = [source('a', '2025-03-04'), source('b', '2025-03-04'), source('c', '2025-03-20')];

describe('importance rules, in order', () => {
	it('runs its rules in the order their reasons need', () => {
		expect(importanceRules.map((r) => r.name)).toEqual([
			'oneVotePerArticle',
			'copiesCountOnce',
			'whenTold',
			'whereTold',
			'furnitureTold',
			'sum',
			'coarseDates',
			'keyDays',
			'mostToldLeadsItsDay',
			'dayLiftsItsLead'
		]);
	});

	it('oneVotePerArticle: an event told by two articles weighs twice one told by one, however many quotes each', () => {
		const story = {
			sources,
			events: [
				event('two', '2025-03-03', ['a', 900], ['b', 900]),
				event('one', '2025-03-03', ['a', 900], ['a', 1200], ['a', 1500])
			]
		};
		expect(only([], story)).toEqual([2, 1]);
	});

	it('copiesCountOnce: the same words in two articles are one telling', () => {
		const story = {
			sources,
			events: [event('copied', '2025-03-03', ['a', 900, 'Same words.'], ['b', 900, 'Same words.'])]
		};
		expect(only(['copiesCountOnce'], story)).toEqual([1]);
	});

	it('copiesCountOnce: a copy adds nothing to its event, but the article that prints it still tells its day', () => {
		const story = {
			sources,
			events: [
				event('copied', '2025-03-03', ['a', 900, 'Same words.'], ['b', 900, 'Same words.']),
				event('retold', '2025-03-05', ['a', 900, 'Own words.'], ['b', 900, 'Other words.'])
			]
		};
		const [copied, retold] = only(['copiesCountOnce', 'keyDays'], story);
		// Both days are told by two articles; the events differ by the one telling the copy is not.
		expect(retold - copied).toBe(1);
		expect(copied).toBe(1 + 2 * WEIGHTS.day);
	});

	it('whenTold: told ahead, as news of the day, or recalled long after', () => {
		const story = {
			sources: [
				source('ahead', '2025-03-01'),
				source('news', '2025-03-04'),
				source('late', `2025-03-${String(3 + NEWS_DAYS).padStart(2, '0')}`)
			],
			events: [
				event('a', '2025-03-03', ['ahead', 900]),
				event('n', '2025-03-03', ['news', 900]),
				event('l', '2025-03-03', ['late', 900])
			]
		};
		expect(only(['whenTold'], story)).toEqual([WEIGHTS.ahead, WEIGHTS.news, WEIGHTS.recalled]);
	});

	it('whenTold: a running story still reports a happening as news days later; a week on, it recalls it', () => {
		const story = {
			sources: [source('thursday', '2025-03-07'), source('next-week', '2025-03-10')],
			events: [
				event('followed', '2025-03-03', ['thursday', 900]),
				event('recalled', '2025-03-03', ['next-week', 900])
			]
		};
		expect(only(['whenTold'], story)).toEqual([WEIGHTS.news, WEIGHTS.recalled]);
	});

	it('whenTold: a story does not return to what it never reported as news: a long-past day its articles recall is background', () => {
		const story = {
			sources: [source('monday', '2026-12-02'), source('tuesday', '2026-12-03')],
			events: [
				event('strike', '2026-12-01', ['monday', 900], ['tuesday', 900]),
				event('freeze', '2021-03-05', ['tuesday', 1900])
			]
		};
		const [strike, freeze] = only(['whenTold'], story);
		expect(strike).toBe(2 * WEIGHTS.news);
		expect(freeze).toBe(WEIGHTS.news);
		expect(importanceOf(story)[0]).toBeGreaterThan(importanceOf(story)[1]);
	});

	it('whereTold: told in the opening words weighs more', () => {
		const story = {
			sources,
			events: [event('lede', '2025-03-03', ['a', 0]), event('deep', '2025-03-03', ['a', 4000])]
		};
		expect(only(['whereTold'], story)).toEqual([WEIGHTS.lede, 1]);
	});

	it('whenTold: an article alone recalls its background, it does not return to it: what it reports weighs most', () => {
		const story = {
			sources: [source('only', '2025-03-10')],
			events: [
				event('news', '2025-03-07', ['only', 900]),
				event('background', '2023-10-07', ['only', 1900])
			]
		};
		expect(only(['whenTold'], story)).toEqual([WEIGHTS.news, WEIGHTS.news]);
	});

	it('whenTold: a year or a month weighs at most what a day’s news does, however late it is told', () => {
		const story = {
			sources: [source('a', '2025-03-04'), source('late', '2026-05-01')],
			events: [event('year', '2020', ['late', 900]), event('day', '2026-04-30', ['late', 1900])]
		};
		expect(only(['whenTold'], story)).toEqual([WEIGHTS.news, WEIGHTS.news]);
	});

	it('whereTold: a page copied whole opens on its header; the opening words are its body’s', () => {
		const header =
			'A headline that runs to many words, long enough to be a sentence of its own, which it is not\n\n' +
			'A standfirst of a sentence or two, as a page sets under its headline. '.repeat(6) +
			'\n\nPublished: March 4, 2025 9:12am\n\nUpdated: March 4, 2025 9:40am\n\n';
		const page = { ...source('page', '2025-03-04'), text: header + 'x'.repeat(3000) };
		const story = {
			sources: [page],
			events: [
				event('lede', '2025-03-03', ['page', header.length + 100]),
				event('deep', '2025-03-03', ['page', header.length + 2000])
			]
		};
		expect(header.length + 100).toBeGreaterThan(WEIGHTS.ledeChars);
		expect(only(['whereTold'], story)).toEqual([WEIGHTS.lede, 1]);
	});

	it('furnitureTold: a reader’s letter, a caption, a comment stamp or the paper’s print note is not the day’s top event, but counts for its day', () => {
		const story = {
			sources: [...sources, source('d', '2025-03-04')],
			events: [
				event('report', '2025-03-03', ['a', 900, 'The council closed the ferry on Monday.']),
				event('letter', '2025-03-03', ['b', 900, 'I waited for the ferry on Monday for an hour.']),
				event('caption', '2025-03-03', [
					'c',
					900,
					'A girl waits at the closed ferry pier March 3, 2025.'
				]),
				event('note', '2025-03-03', [
					'd',
					900,
					'A version appeared on p12 of the News section of the Herald on Monday 3 March 2025.'
				])
			]
		};
		const [report, letter, caption, note] = only(['furnitureTold'], story);
		expect(letter).toBe(WEIGHTS.furniture);
		expect(caption).toBe(WEIGHTS.furniture);
		expect(note).toBe(WEIGHTS.furniture);
		expect(report).toBeGreaterThan(letter);
		// The day's share is the same for all four: the letter, the caption and the note still count for it.
		const withDays = only(['furnitureTold', 'keyDays'], story);
		expect(withDays[1] - letter).toBe(withDays[0] - report);
		expect(withDays[3] - note).toBe(withDays[0] - report);
		expect(withDays[0] - report).toBe(WEIGHTS.day * 4);
	});

	it('coarseDates: a year is background to the happenings of days', () => {
		const story = {
			sources,
			events: [event('day', '2025-03-03', ['a', 900]), event('year', '2024', ['a', 900])]
		};
		expect(only(['coarseDates'], story)).toEqual([1, WEIGHTS.coarse]);
	});

	it('coarseDates and whenTold: a week told of ("last week") and a time of day are happenings, a month is background', () => {
		// Each told by the article of March 20, which returns to them.
		const dated = (id: string, date: string, precision: TimelineEvent['precision']) => ({
			...event(id, '2025-03-03', ['c', 900]),
			date,
			precision
		});
		const story = {
			sources,
			events: [
				event('day', '2025-03-03', ['c', 900]),
				dated('week', '2025-03-03/2025-03-09', 'week'),
				dated('time', '2025-03-03T18:00', 'minute'),
				dated('month', '2025-03', 'month')
			]
		};
		expect(only(['coarseDates'], story)).toEqual([1, 1, 1, WEIGHTS.coarse]);
		const [day, week, time, month] = only(['whenTold'], story);
		expect(day).toBe(WEIGHTS.recalled);
		expect(week).toBe(day);
		expect(time).toBe(day);
		expect(month).toBe(WEIGHTS.news);
	});

	it('keyDays: every event of a day many articles tell is lifted, each article counted once a day', () => {
		const story = {
			sources,
			events: [
				event('main', '2025-03-03', ['a', 900], ['b', 900]),
				event('aside', '2025-03-03', ['a', 1900]),
				event('aside-2', '2025-03-03', ['a', 2900]),
				event('quiet', '2025-03-04', ['c', 900])
			]
		};
		// Monday's votes: a and b, once each (a's three events count once).
		expect(only(['keyDays'], story)).toEqual([
			2 + 2 * WEIGHTS.day,
			1 + 2 * WEIGHTS.day,
			1 + 2 * WEIGHTS.day,
			1 + WEIGHTS.day
		]);
	});

	it('mostToldLeadsItsDay: the happening most articles report leads its day, above one article’s prominent recollection', () => {
		const story = {
			sources: [...sources, source('d', '2025-03-04'), source('weeks-later', '2025-04-20')],
			events: [
				event('recollection', '2025-03-03', ['weeks-later', 10]),
				event('reported', '2025-03-03', ['a', 900], ['b', 900], ['d', 900]),
				event('elsewhere', '2025-03-05', ['c', 900])
			]
		};
		const without = only(['whenTold', 'whereTold', 'keyDays'], story);
		const [recollection, reported, elsewhere] = only(
			['whenTold', 'whereTold', 'keyDays', 'mostToldLeadsItsDay'],
			story
		);
		// Weighed alone, the recollection in a late article's opening words outweighs three reports.
		expect(without[0]).toBeGreaterThan(without[1]);
		expect(reported).toBeGreaterThan(recollection);
		// The day's scores are dealt out again, and no other day moves.
		expect([reported, recollection]).toEqual([without[0], without[1]]);
		expect(elsewhere).toBe(without[2]);
	});

	it('mostToldLeadsItsDay: of two happenings told by as many articles, the one whose title says who did what leads', () => {
		const story = {
			sources,
			events: [
				{ ...event('vague', '2025-03-03', ['a', 10]), title: 'The council will' },
				{
					...event('whole', '2025-03-03', ['b', 2400]),
					title: 'The city council approved the new harbour bridge budget'
				}
			]
		};
		const without = only(['whenTold', 'whereTold', 'keyDays'], story);
		const [vague, whole] = only(['whenTold', 'whereTold', 'keyDays', 'mostToldLeadsItsDay'], story);
		// Weighed alone, the vague telling in an article's opening words comes first.
		expect(without[0]).toBeGreaterThan(without[1]);
		expect(whole).toBeGreaterThan(vague);
		expect([whole, vague]).toEqual([without[0], without[1]]);
	});

	it('mostToldLeadsItsDay: of two happenings told by as many articles, the one told nearer the top of its article leads (news first, background below)', () => {
		const title = (id: string, words: string) => ({ ...event(id, '2025-03-03'), title: words });
		const story = {
			sources,
			events: [
				{
					...title('background', 'The old ferry terminal closed after a long dispute over rent'),
					quotes: event('background', '2025-03-03', ['c', 3600]).quotes
				},
				{
					...title('news', 'Storm winds tore the roof off the main railway station'),
					quotes: event('news', '2025-03-03', ['b', 1200]).quotes
				}
			]
		};
		const without = only(['whenTold', 'whereTold', 'keyDays'], story);
		const [background, news] = only(
			['whenTold', 'whereTold', 'keyDays', 'mostToldLeadsItsDay'],
			story
		);
		// Weighed alone, a later article's recollection deep in its body outweighs the report.
		expect(without[0]).toBeGreaterThan(without[1]);
		expect(news).toBeGreaterThan(background);
		expect([news, background]).toEqual([without[0], without[1]]);
	});

	it('dayLiftsItsLead: only the lead of a day many articles tell is lifted, so the next day’s news outranks the rest of it', () => {
		const story = {
			sources: [...sources, source('d', '2025-03-04')],
			events: [
				event('blast', '2025-03-03', ['a', 10], ['b', 10], ['d', 10]),
				event('since', '2025-03-03', ['a', 1900]),
				event('anchor', '2025-03-03', ['b', 2900]),
				event('next', '2025-03-18', ['c', 10])
			]
		};
		const rules = ['whenTold', 'whereTold', 'keyDays', 'mostToldLeadsItsDay'];
		const without = only(rules, story);
		const [blast, since, anchor, next] = only([...rules, 'dayLiftsItsLead'], story);
		// Lifted by their day, every telling of Monday outranked Tuesday's news.
		expect(Math.min(without[1], without[2])).toBeGreaterThan(without[3]);
		expect(next).toBeGreaterThan(Math.max(since, anchor));
		// The lead keeps its lift, so the days rank as before; the others keep their own votes.
		expect(blast).toBe(without[0]);
		expect(next).toBe(without[3]);
		// Each was told once, as news of the day after, deep in its article: half a vote.
		expect([since, anchor]).toEqual([WEIGHTS.news, WEIGHTS.news]);
	});

	it('dayLiftsItsLead: a year many articles name lifts none of its events above a day’s news', () => {
		const story = {
			sources: [...sources, source('d', '2025-03-04')],
			events: [
				event('aside', '2025', ['a', 10]),
				event('another', '2025', ['b', 10], ['d', 10]),
				event('news', '2025-03-18', ['c', 10])
			]
		};
		const rules = ['whenTold', 'whereTold', 'coarseDates', 'keyDays', 'mostToldLeadsItsDay'];
		const without = only(rules, story);
		const [aside, another, news] = only([...rules, 'dayLiftsItsLead'], story);
		expect(without[1]).toBeGreaterThan(without[2]);
		expect(news).toBe(without[2]);
		expect(news).toBeGreaterThan(Math.max(aside, another));
	});

	it('dayLiftsItsLead: of two events scored alike, the lift goes to the one whose title says who did what', () => {
		const story = {
			sources,
			events: [
				{ ...event('vague', '2025-03-03', ['a', 900]), title: 'The council will' },
				{
					...event('whole', '2025-03-03', ['b', 900]),
					title: 'The city council approved the new harbour bridge budget'
				}
			]
		};
		const [vague, whole] = importanceOf(story);
		expect(whole).toBeGreaterThan(vague);
	});

	it('ranks what many articles recall in their opening words above what one mentions in passing', () => {
		const story = {
			sources,
			events: [
				event('passing', '2025-03-05', ['a', 3000]),
				event('key', '2025-03-03', ['a', 10], ['b', 20], ['c', 30])
			]
		};
		const [passing, key] = importanceOf(story);
		expect(key).toBeGreaterThan(passing);
	});

	it('gives an event no article quotes (added by an editor) no votes of its own, and never a negative number', () => {
		const story = {
			sources,
			events: [event('added', '2025-03-03'), event('told', '2025-03-03', ['a', 900])]
		};
		const [added, told] = importanceOf(story);
		expect(added).toBe(0);
		expect(told).toBeGreaterThan(added);
		expect(importanceOf({ sources, events: [] })).toEqual([]);
	});
});
