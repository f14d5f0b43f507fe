/**
 * The shapes the story's fold passes between its steps (see `fold.ts`).
 */
import type { Dataset, Source } from '../../data/schema';
import type { Mention, StoryDraft } from './storyDraft';

/** An article on its way into the story: its own dataset and what its events became. */
export interface ArticleInFold {
	/** The article as extracted on its own: one source and its events. */
	readonly dataset: Dataset;
	/** Its source as the story holds it (its id made free in the story). */
	source: Source;
	/** Its events, as mentions of happenings, each placed by one step or another. */
	mentions: Mention[];
	/** Why the article adds nothing to the story, when it adds nothing. */
	skipped?: string;
	/** The mentions placed, by what became of them. */
	placed: Map<Mention, Placement>;
}

/** What became of a mention. */
export type Placement =
	| { kind: 'joined'; event: number }
	| { kind: 'disagrees'; event: number; date: string }
	| { kind: 'followed'; event: number }
	| { kind: 'set-aside' }
	| { kind: 'new'; event: number };

/** One rule of how an article joins a story: reads and changes the draft and the article. */
export interface ArticleStep {
	name: string;
	run(draft: StoryDraft, article: ArticleInFold): void;
}

/** One rule applied once all the articles of a fold have joined. */
export interface StoryStep {
	name: string;
	run(draft: StoryDraft): void;
}
