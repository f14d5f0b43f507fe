/**
 * How central each event is to the story, from what its articles show, as an ordered list of
 * small rules, each with its reason. Computed from the dataset alone (its sources and the
 * quotes of its events), so that it means the same in the command line, the editor and a
 * hand-made dataset, and can be recomputed after any change. Higher is more central; the
 * numbers compare events of one story, not of two.
 *
 * Every article that tells an event casts a vote for it, weighed by when and where it tells
 * it; an event's importance is the sum of its votes, plus, for the event that leads its day, a
 * share of the votes the day gets.
 */
import { dayStart } from '../../data/calendar';
import type { Source, TimelineEvent } from '../../data/schema';
import { bodyStart } from './articleBody';
import { furnitureOf } from './tellingShape';
import { completeness } from './titles';

const DAY = 86_400_000;

/** One article's telling of one event. */
export interface Vote {
	/** The event's index in the story. */
	event: number;
	source: string;
	/** Where the article first tells it (UTF-16 offset of its first quote). */
	at: number;
	/** Days from the event's first day to the article's publication (negative: told before). */
	after: number;
	/** The words it tells it in (its quotes, joined). */
	words: string;
	weight: number;
	/**
	 * True when another article told the event in the same words first (a syndicated story, a
	 * fact box pasted into every update): it adds nothing to its event, but counts for its day.
	 */
	copy?: boolean;
	/**
	 * True when the telling is page furniture (a letter, a caption, a comment stamp:
	 * `tellingShape.ts`): it counts for its day, hardly for its event.
	 */
	furniture?: boolean;
}

/** The votes of a story, and the events' scores once counted. */
export interface Tally {
	story: { sources: Source[]; events: TimelineEvent[] };
	votes: Vote[];
	scores: number[];
	/** The share of its day's votes each event was lifted by (`keyDays`), 0 until then. */
	lifts: number[];
}

/** One rule of importance: reads and changes the tally. */
export interface ImportanceRule {
	name: string;
	apply(tally: Tally): void;
}

/**
 * Articles published within this many days of an event's day report it as news: a running story
 * follows a happening for days (reactions, the next attempt, the count revised), and only an
 * article a week or more later that still tells it shows the story returning to it.
 */
export const NEWS_DAYS = 7;

/** An article's vote for what it reports, as the news of its day, ahead of it or long after. */
export const WEIGHTS = {
	/** Told before the day: announced, scheduled, feared; it may not happen as said. */
	ahead: 0.5,
	/** Told as the news of the article's day (published within `NEWS_DAYS`). */
	news: 0.5,
	/** Still told `NEWS_DAYS` or more after (a week on): the story keeps coming back to it. */
	recalled: 2,
	/** Told in the article's opening words: the article is about it. */
	lede: 3,
	/** Opening words: about the first two sentences of a news article. */
	ledeChars: 600,
	/** A telling that is page furniture weighs this much of a vote for its event. */
	furniture: 0.1,
	/** A date coarser than a day (a month, a year) is background, not a happening of the story. */
	coarse: 0.5,
	/** The share of its day's votes each event of the day gets: the story's key days first. */
	day: 3
};

/**
 * The precisions of a happening: a day, a time of day, or the week news tells a recent one by
 * ("last week's strike", a happening of some day of it). Months, seasons, years and longer are
 * the story's background.
 */
const HAPPENING = new Set<TimelineEvent['precision']>(['minute', 'day', 'week']);

export const importanceRules: ImportanceRule[] = [
	{
		// First: one vote per article and event, from its first telling.
		name: 'oneVotePerArticle',
		apply(tally) {
			const published = new Map(
				tally.story.sources.map((s) => [s.id, dayStart(s.published.slice(0, 10))])
			);
			tally.story.events.forEach((event, i) => {
				const first = dayStart(event.start);
				const bySource = new Map<string, Vote>();
				for (const q of event.quotes) {
					const vote = bySource.get(q.source);
					if (vote) {
						vote.at = Math.min(vote.at, q.start);
						vote.words += `\n${q.text}`;
						continue;
					}
					const p = published.get(q.source);
					const after = p === undefined || Number.isNaN(first) ? 0 : (p - first) / DAY;
					bySource.set(q.source, {
						event: i,
						source: q.source,
						at: q.start,
						after,
						words: q.text,
						weight: 1
					});
				}
				tally.votes.push(...bySource.values());
			});
		}
	},
	{
		// Needs the votes with their words: the same words in two articles (a syndicated story, a
		// fact box pasted into every update) are one telling of the happening, whoever prints it.
		// The copy stays a vote, marked: each article that prints it still tells its day (see
		// keyDays), as an outlet that reprints a day in every update keeps returning to it.
		name: 'copiesCountOnce',
		apply(tally) {
			const told = new Set<string>();
			for (const vote of tally.votes) {
				const key = `${vote.event}\n${vote.words}`;
				if (told.has(key)) vote.copy = true;
				told.add(key);
			}
		}
	},
	{
		// When the article tells it: a happening the story returns to long after is central; one
		// announced ahead may not happen as said.
		name: 'whenTold',
		apply(tally) {
			// A story of one article never returns to anything: what it recalls is its background,
			// and the news it reports is what it is about. Nor does a story return to what it never
			// reported as news: "wages have been frozen since March 2021", told by a strike's
			// articles years later, is the strike's background, not a day the story keeps coming
			// back to (it outranked the strike itself).
			const returns = tally.story.sources.length > 1;
			const reported = reportedAsNews(tally);
			for (const vote of tally.votes) {
				// Months and years are background: at most the weight of a day's news.
				if (!HAPPENING.has(tally.story.events[vote.event].precision)) {
					vote.weight *= WEIGHTS.news;
					continue;
				}
				vote.weight *=
					vote.after < 0
						? WEIGHTS.ahead
						: vote.after < NEWS_DAYS || !returns || !reported[vote.event]
							? WEIGHTS.news
							: WEIGHTS.recalled;
			}
		}
	},
	{
		// Where the article tells it: in its opening words, the article is about it. They are the
		// body's, after the header of a page copied whole (headline, standfirst, publication lines).
		name: 'whereTold',
		apply(tally) {
			const body = new Map(tally.story.sources.map((s) => [s.id, bodyStart(s.text)]));
			for (const vote of tally.votes)
				if (vote.at - (body.get(vote.source) ?? 0) < WEIGHTS.ledeChars) vote.weight *= WEIGHTS.lede;
		}
	},
	{
		// What the page says around the news (a reader's letter, a photo's caption, a comment's
		// stamp) may date a day of the story, but it is not the day's happening.
		name: 'furnitureTold',
		apply(tally) {
			for (const vote of tally.votes) if (furnitureOf(vote.words)) vote.furniture = true;
		}
	},
	{
		// Needs every vote weighed: an event's own importance is the sum of its votes, a telling
		// that is page furniture counting for little, a copy for nothing.
		name: 'sum',
		apply(tally) {
			for (const vote of tally.votes)
				if (!vote.copy)
					tally.scores[vote.event] += vote.weight * (vote.furniture ? WEIGHTS.furniture : 1);
		}
	},
	{
		// Months, years and decades are the story's background; its happenings have days (or
		// times, or the week they were told by).
		name: 'coarseDates',
		apply(tally) {
			tally.story.events.forEach((event, i) => {
				if (!HAPPENING.has(event.precision)) tally.scores[i] *= WEIGHTS.coarse;
			});
		}
	},
	{
		// Needs every vote weighed: a day on which the story moved (many articles tell something
		// of it) lifts every event of that day, each article counted once per day, so that a page
		// of reader comments dated that day counts as one article. An article that tells the day
		// in another's words counts too: how many articles a day is in is the newsroom's measure
		// of it, whoever wrote the words. The lift stays with the day's lead (`dayLiftsItsLead`).
		name: 'keyDays',
		apply(tally) {
			const byDay = new Map<string, Map<string, number>>();
			for (const vote of tally.votes) {
				const date = tally.story.events[vote.event].date;
				let day = byDay.get(date);
				if (!day) byDay.set(date, (day = new Map()));
				day.set(vote.source, Math.max(day.get(vote.source) ?? 0, vote.weight));
			}
			const dayScore = new Map<string, number>();
			for (const [date, votes] of byDay) {
				let sum = 0;
				for (const weight of votes.values()) sum += weight;
				dayScore.set(date, sum);
			}
			tally.story.events.forEach((event, i) => {
				tally.lifts[i] = WEIGHTS.day * (dayScore.get(event.date) ?? 0);
				tally.scores[i] += tally.lifts[i];
			});
		}
	},
	{
		// Needs the day's scores: which day ranks where is settled. Within a day, the happening
		// most articles report in words of their own leads it (one article's recollection, however
		// prominent, does not outweigh several reports of another happening that day): the day's
		// scores are dealt out again, highest first, in the order `leadOrder` gives. A day's place
		// among days does not change.
		name: 'mostToldLeadsItsDay',
		apply(tally) {
			const leads = leadOrder(tally);
			const byDay = new Map<string, number[]>();
			tally.story.events.forEach((event, i) => {
				if (event.precision !== 'day') return;
				const day = byDay.get(event.date);
				if (day) day.push(i);
				else byDay.set(event.date, [i]);
			});
			for (const events of byDay.values()) {
				const scores = events.map((i) => tally.scores[i]).sort((a, b) => b - a);
				const order = [...events].sort((a, b) => leads(a, b) || a - b);
				order.forEach((event, rank) => (tally.scores[event] = scores[rank]));
			}
		}
	},
	{
		// Needs each day's lead: the day's lift is its lead's alone. A day the story moved on is
		// told by many events (reactions, what happened since, the day recalled as an anchor:
		// "shares have fallen since the April 20 explosion"), and lifted alike they would all
		// outrank the next day's news: the story's key events would be forty tellings of one day.
		// Its other events keep their own votes, so one that many articles report still ranks
		// high, and the days' order is unchanged: each day's highest score is its lead's.
		// A month or a year is no day the story moved on, however many articles name it: its
		// events keep their own votes only ("2010" is named by every article of a year's story,
		// and its lift made forty asides dated 2010 the story's key events).
		name: 'dayLiftsItsLead',
		apply(tally) {
			// Of events scored alike, the one `leadOrder` puts first leads, as it did when the
			// day's scores were dealt out.
			const leads = leadOrder(tally);
			const lead = new Map<string, number>();
			tally.story.events.forEach((event, i) => {
				if (!HAPPENING.has(event.precision)) return;
				const top = lead.get(event.date);
				if (top === undefined || tally.scores[i] > tally.scores[top]) lead.set(event.date, i);
				else if (tally.scores[i] === tally.scores[top] && leads(i, top) < 0)
					lead.set(event.date, i);
			});
			tally.story.events.forEach((event, i) => {
				if (lead.get(event.date) !== i)
					tally.scores[i] = Math.max(0, tally.scores[i] - tally.lifts[i]);
			});
		}
	}
];

/**
 * Whether each event is one the story reported as news: an article of it was published on its
 * first day or within `NEWS_DAYS` after.
 */
function reportedAsNews(tally: Tally): boolean[] {
	const published = tally.story.sources.map((s) => dayStart(s.published.slice(0, 10)));
	return tally.story.events.map((event) => {
		const first = dayStart(event.start);
		return published.some((p) => p >= first && p - first < NEWS_DAYS * DAY);
	});
}

/**
 * Which of two happenings of one day leads it, as a comparator of event indexes (the one to lead
 * first). In order:
 *
 * 1. the one more articles tell in words of their own (copies and page furniture not counted):
 *    how many reporters found it worth a sentence is the newsroom's measure of a happening;
 * 2. then the one whose title tells it more completely (`completeness`: who did what, and where,
 *    rather than "Company will"): the day's top event is what a reader sees of the day;
 * 3. then the one told nearer the top of an article's body: news is written most important
 *    first (the inverted pyramid), so what an article tells in its first paragraphs is its news
 *    and what it tells further down is background, reaction or colour;
 * 4. then the higher score (its own votes: when and where each article tells it).
 */
export function leadOrder(tally: Tally): (a: number, b: number) => number {
	const events = tally.story.events;
	const tellers = events.map(() => 0);
	const highest = events.map(() => Infinity);
	const body = new Map(tally.story.sources.map((s) => [s.id, bodyStart(s.text)]));
	for (const vote of tally.votes) {
		if (vote.copy || vote.furniture) continue;
		tellers[vote.event]++;
		const at = vote.at - (body.get(vote.source) ?? 0);
		if (at < highest[vote.event]) highest[vote.event] = at;
	}
	const complete = events.map((event) => completeness(event.title));
	return (a, b) =>
		tellers[b] - tellers[a] ||
		complete[b] - complete[a] ||
		compareHighest(highest[a], highest[b]) ||
		tally.scores[b] - tally.scores[a];
}

/** Nearer the top first; events no article tells in its own words (Infinity) alike, last. */
function compareHighest(a: number, b: number): number {
	return a === b ? 0 : a - b;
}

/**
 * The importance of every event of a story, in the order of its events, rounded to two
 * decimals (stable in files and diffs).
 *
 * @example
 * importanceOf(dataset); // [12.5, 0.75, …]
 */
export function importanceOf(
	story: { sources: Source[]; events: TimelineEvent[] },
	rules: ImportanceRule[] = importanceRules
): number[] {
	const tally: Tally = {
		story,
		votes: [],
		scores: story.events.map(() => 0),
		lifts: story.events.map(() => 0)
	};
	for (const rule of rules) rule.apply(tally);
	return tally.scores.map((score) => Math.round(score * 100) / 100);
}
