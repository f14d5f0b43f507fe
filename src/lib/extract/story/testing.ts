/**
 * Helpers shared by the story's specs: articles written for the tests (an invented town, its
 * bridge and its people), extracted as the fold receives them. Test-only: nothing in the app
 * imports this.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../../data/article';
import type { Dataset } from '../../data/schema';
import { readArticle } from '../articleFile';
import { extractDataset } from '../index';
import { emptyStory, foldArticles } from './fold';
import { StoryDraft } from './storyDraft';
import type { ArticleInFold } from './types';

const FIXTURES = 'tests/fixtures/story';

/**
 * The fixture story's text articles: Monday's closing of the Harbor Bridge and a council vote
 * the same day (published Tuesday), and Wednesday's survey retelling the closing (published
 * Wednesday). The third, an HTML page, is read by the command line's spec.
 */
export function bridgeArticles(): ArticleInput[] {
	return ['1-bridge-closed.txt', '2-survey-begins.md'].map((name) => {
		const file = path.join(FIXTURES, name);
		const sidecar = file.replace(/\.[^.]+$/, '.meta.yaml');
		const article = readArticle(
			name,
			fs.readFileSync(file, 'utf8'),
			fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : undefined
		);
		article.id ??= name.replace(/\.[^.]+$/, '').replace(/^\d+-/, '');
		return article;
	});
}

/** The reopening article, as plain text: it dates the closing a day earlier (Sunday). */
export const REOPENING: ArticleInput = {
	id: 'reopening',
	title: 'Harbor Bridge to reopen in April',
	publisher: 'Marlow Evening Post',
	published: '2025-03-07T16:45Z',
	text:
		'The Harbor Bridge, closed on Sunday after inspectors found a crack in its main girder, will reopen in April, the transport department said on Friday.\n\n' +
		"Repairs will cost about four million dollars, the department said, and will be paid from the city's reserve fund rather than by raising fares.\n"
};

/** An article extracted on its own, as the fold receives it (no names: faster specs). */
export function extracted(article: ArticleInput): Dataset {
	return extractDataset(article, { entities: false });
}

/** A story of these articles, folded one after another into an empty story. */
export function storyOf(...articles: ArticleInput[]): Dataset {
	return foldArticles(emptyStory('marlow', 'The Harbor Bridge'), articles.map(extracted)).dataset;
}

/** A short article of one dated sentence a paragraph, for the steps' specs. */
export function article(id: string, published: string, ...paragraphs: string[]): ArticleInput {
	return { id, published, title: `Article ${id}`, text: paragraphs.join('\n\n') + '\n' };
}

/** A draft of `story` and the article on its way in, for running one step at a time. */
export function stepping(story: Dataset, input: ArticleInput): [StoryDraft, ArticleInFold] {
	const draft = new StoryDraft(story);
	draft.index.settle();
	const dataset = extracted(input);
	return [draft, { dataset, source: dataset.sources[0], mentions: [], placed: new Map() }];
}
