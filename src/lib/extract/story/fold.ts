/**
 * A running story as a fold: a draft and one more article give a draft. Each article is
 * extracted on its own (one source, its events), then joins the story through an ordered list of
 * small steps, each commented with why it sits where it does; once every article of a fold has
 * joined, a second list settles what only the whole fold can tell (dates most articles give,
 * the clearest title, how central each event is).
 *
 * What a fold never does: change an event that was in the draft before it (its id, title, date,
 * summary), bring back a happening the editor set aside, or add an event for an article the story
 * holds already. So an editor's corrections stay in force, and ids stay stable, as articles come.
 *
 * @example
 * const { dataset } = foldArticles(emptyStory('oil-spill', 'The oil spill'), [first, second]);
 */
import type { Dataset } from '../../data/schema';
import { coarserDateStep } from './steps/coarserDateStep';
import { dateDisagreementStep } from './steps/dateDisagreementStep';
import { finerDateStep } from './steps/finerDateStep';
import { knownArticleStep } from './steps/knownArticleStep';
import { mentionStep } from './steps/mentionStep';
import { newHappeningStep } from './steps/newHappeningStep';
import { retoldStep } from './steps/retoldStep';
import { sameHappeningStep } from './steps/sameHappeningStep';
import { setAsideStep } from './steps/setAsideStep';
import { sourceIdStep } from './steps/sourceIdStep';
import { importanceStep } from './steps/importanceStep';
import { orderStep } from './steps/orderStep';
import { settleDateStep } from './steps/settleDateStep';
import { titleStep } from './steps/titleStep';
import { ledeStep } from './steps/ledeStep';
import { StoryDraft, type Tombstone } from './storyDraft';
import type { ArticleInFold, ArticleStep, StoryStep } from './types';

export type { Tombstone } from './storyDraft';

export const articleSteps: ArticleStep[] = [
	// First: an article the story holds already adds nothing, not even a source.
	knownArticleStep,
	// Needs the article to be new; gives it the id its quotes will name.
	sourceIdStep,
	// Needs the article's id in the story, for its quotes.
	mentionStep,
	// The common case first: the same happening told on the same date.
	sameHappeningStep,
	// Needs the story's own events tried first: an event the editor brought back wins.
	setAsideStep,
	// A looser match in dates, so a stricter one in words, tried only once the same day failed.
	dateDisagreementStep,
	// Looser still in dates (a week or a month that holds the day): tried once no day matched.
	coarserDateStep,
	// The same join the other way round (a day-telling into a span's event made earlier in this
	// fold), so that which article is read first does not decide how many events there are.
	finerDateStep,
	// Once the story's events are all tried: what is left may be the article telling one
	// happening twice, made one event here rather than two below.
	retoldStep,
	// Last: whatever joined nothing is a happening of its own.
	newHappeningStep,
	ledeStep
];

export const storySteps: StoryStep[] = [
	// First: the date decides the day the title is read against.
	settleDateStep,
	// Needs dates settled: the clearest title comes from an article close to the day.
	titleStep,
	// Needs every article joined: centrality is counted over the whole story.
	importanceStep,
	// Last: the timeline's order, once no step looks events up by index.
	orderStep
];

/** Options for `foldArticles`. */
export interface FoldOptions {
	/** Happenings the editor set aside or moved (see `Tombstone`). */
	tombstones?: Tombstone[];
	/** Called after each article, with how many have joined and how many there are. */
	onProgress?: (done: number, total: number) => void;
}

/** What a fold did, for people: which articles joined and what became of their events. */
export interface FoldReport {
	/** The ids of the sources added, in order. */
	added: string[];
	/** Articles that added nothing, with why (by title). */
	skipped: { title: string; reason: string }[];
	/** Mentions that joined an event already in the story (same day, or another day). */
	joined: number;
	/** Mentions that joined an event dated another day: the articles disagree. */
	disagreements: number;
	/** Mentions left out, as the editor deleted their happening. */
	setAside: number;
	/** Events made. */
	created: number;
}

/** An empty story to fold articles into. */
export function emptyStory(id: string, title: string): Dataset {
	return { version: 1, id, title, sources: [], events: [] };
}

/**
 * The story with each article joined in turn. `articles` are datasets of one source each, as
 * `extractDataset` makes them; they may be given one at a time (an iterable), so that a story of
 * hundreds need never hold all of them at once.
 */
export function foldArticles(
	story: Dataset,
	articles: Iterable<Dataset>,
	options: FoldOptions = {}
): { dataset: Dataset; report: FoldReport } {
	const draft = new StoryDraft(story, options.tombstones);
	draft.index.settle();
	const report: FoldReport = {
		added: [],
		skipped: [],
		joined: 0,
		disagreements: 0,
		setAside: 0,
		created: 0
	};
	const total = Array.isArray(articles) ? articles.length : NaN;
	let done = 0;
	for (const dataset of articles) {
		const source = dataset.sources[0];
		if (!source || dataset.sources.length !== 1)
			throw new RangeError(`An article joins a story as a dataset of one source (${dataset.id})`);
		const article: ArticleInFold = { dataset, source, mentions: [], placed: new Map() };
		for (const step of articleSteps) {
			step.run(draft, article);
			if (article.skipped) break;
		}
		// The article's words count from the next article on.
		draft.index.settle();
		tally(report, article);
		options.onProgress?.(++done, total);
	}
	for (const step of storySteps) step.run(draft);
	return { dataset: draft.dataset(), report };
}

function tally(report: FoldReport, article: ArticleInFold): void {
	if (article.skipped) {
		report.skipped.push({ title: article.source.title, reason: article.skipped });
		return;
	}
	report.added.push(article.source.id);
	for (const placement of article.placed.values()) {
		if (placement.kind === 'new') report.created++;
		else if (placement.kind === 'set-aside') report.setAside++;
		else report.joined++;
		if (placement.kind === 'disagrees') report.disagreements++;
	}
}
