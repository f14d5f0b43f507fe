/**
 * The extractor, off the main thread: the editor page posts an article and receives progress,
 * then the dataset or the reason there is none. A 50,000-word article takes seconds to read; in
 * here, the page keeps answering clicks meanwhile (issue 6).
 */
import { ExtractError, extractDataset, findPublished } from '../extract/index';
import { readPublishedDate } from './dates';
import { DraftError } from './draft';
import type { ExtractRequest, ExtractResponse } from './extractMessages';

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
		const dataset = extractDataset(request.article, {
			published: request.published,
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
