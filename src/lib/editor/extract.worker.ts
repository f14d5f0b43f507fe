/**
 * The extractor, off the main thread: the editor page posts an article and receives progress,
 * then the dataset or the reason there is none. A 50,000-word article takes seconds to read; in
 * here, the page keeps answering clicks meanwhile (issue 6).
 */
import { ExtractError, findPublished } from '../extract/index';
import { readPublishedDate } from './dates';
import { DraftError } from './draft';
import type { ExtractRequest, ExtractResponse, StoryRequest, StoryResult } from './extractMessages';
import { extractStory } from '../extract/story/index';

const post = (message: ExtractResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
	const request = event.data;
	try {
		if (request.type === 'find-published') {
			post({ type: 'published', id: request.id, found: findPublished(request.text) });
			return;
		}
		if (request.type === 'read-published') {
			try {
				post({ type: 'published-read', id: request.id, value: readPublishedDate(request.typed) });
			} catch (error) {
				if (!(error instanceof DraftError)) throw error;
				post({ type: 'refused', id: request.id, message: error.message });
			}
			return;
		}
		if (request.type === 'story') {
			post({ type: 'story', id: request.id, ...addArticles(request) });
			return;
		}
		// The first article is a story of one, read as the command line and `npm run regenerate`
		// read it: its lede joined to the happening it tells, every event with its importance, so
		// the draft opens on its key events and a second article adds to it as to any story.
		const { dataset } = extractStory([{ ...request.article, published: request.published }], {
			entities: request.entities,
			onProgress: (fraction) => post({ type: 'progress', id: request.id, fraction })
		});
		post({ type: 'dataset', id: request.id, dataset });
	} catch (error) {
		post({
			type: 'error',
			id: request.id,
			message:
				error instanceof ExtractError
					? error.message
					: `The extractor failed on this text: ${(error as Error)?.message ?? String(error)}`
		});
	}
};

/**
 * The draft with the articles added (see `extractStory`): each dated as it states, else by the
 * date typed for those that state none; an article with neither is refused by its name, and
 * nothing is added.
 */
function addArticles(request: StoryRequest): StoryResult {
	const articles = request.articles.map(({ article, name }) => {
		const published = article.published ?? findPublished(article.text)?.value ?? request.fallback;
		if (!published)
			throw new ExtractError(
				`${name}: the article states no publication date. Type the date it was published under “Published on”, then add it again.`
			);
		return { ...article, published };
	});
	const { dataset, report } = extractStory(articles, {
		story: request.story,
		tombstones: request.tombstones,
		entities: request.entities,
		validate: true,
		onProgress: (fraction) => post({ type: 'progress', id: request.id, fraction })
	});
	return {
		dataset,
		added: report.added,
		skipped: report.skipped.map((s) => ({ name: s.title, reason: s.reason })),
		created: report.created,
		joined: report.joined
	};
}
