/**
 * The extractor: a news article in, a Dateline dataset out, every event traced to the article's
 * exact words. Pure TypeScript with no `fs` and no DOM, so it runs in Node and in a Web Worker.
 *
 * @example
 * const dataset = extractDataset({ text, title, publisher, author, published: '2024-01-08T10:19' });
 */
import * as chrono from 'chrono-node';
import type { ArticleInput } from '../data/article';
import { validateDataset, type Dataset } from '../data/schema';
import { calendarProblem, isoParts, pad } from '../data/calendar';
import { articleCredits } from './credits';
import { datelineStamp } from './dateline';
import { buildEvents } from './events';
import { ExtractError } from './errors';
import { runPipeline } from './pipeline';
import { leadTitle } from './leadTitle';
import { articleHeadline, trimEndBlanks } from './sentences';
import type { Timex } from './types';

export { ExtractError } from './errors';
export { readArticle, sidecarName } from './articleFile';
export { datasetJson } from './serialize';
export {
	applyCorrections,
	CorrectionError,
	type Corrections,
	type EventCorrection
} from './corrections';
export type { Timex, TimexType } from './types';
export type { ArticleInput };

/** Options for `extractDataset`. */
export interface ExtractOptions {
	/** Publication date to use, overriding the article's. */
	published?: string;
	/** Called with 0…1 as the work proceeds (the editor shows a bar). */
	onProgress?: (fraction: number) => void;
	/** Look for people, places and organisations (default true; the slowest step). */
	entities?: boolean;
	/** Check the result against the dataset contract before returning it (default false). */
	validate?: boolean;
}

// The date is the rest of the line, its trailing spaces trimmed after the match (a lazy capture
// before `[ \t\u00a0]*$` would retry them at every step: quadratic in a long run of spaces).
const PUBLISHED_LINE =
	/^[ \t\u00a0]*(?:published|posted|first\s+published|publication\s+date|date)(?:\s+on)?\s*:?[ \t\u00a0]*(.+)$/im;

/**
 * The publication date stated in an article's text, as ISO 8601 with no invented time zone: a
 * "Published: …" line, else a dateline's stamp ("LONDON | Tue Apr 27, 2010 4:08 am EDT",
 * "Fri Oct 21, 2011 7:47am EDT"), whose place comes with it.
 *
 * @example
 * findPublished('Published: January 8, 2024 10:19am'); // { value: '2024-01-08T10:19', start: 11, end: 34 }
 */
export function findPublished(
	text: string
): { value: string; start: number; end: number; place?: string } | null {
	const line = PUBLISHED_LINE.exec(text);
	const stamp = line ? null : datelineStamp(text);
	if (!line && !stamp) return null;
	const at = line ? line.index + line[0].length - line[1].length : stamp!.start;
	const stated = line ? trimEndBlanks(line[1]) || line[1].slice(0, 1) : stamp!.text;
	const [result] = chrono.strict.parse(stated, {
		instant: new Date(Date.UTC(2000, 0, 1)),
		timezone: 0
	});
	if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) return null;
	const c = result.start;
	let value = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
	if (c.isCertain('hour')) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
	const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
	if (offset !== null && offset !== undefined && c.isCertain('hour'))
		value +=
			offset === 0
				? 'Z'
				: `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
	const found = { value, start: at + result.index, end: at + result.index + result.text.length };
	return stamp?.place ? { ...found, place: stamp.place } : found;
}

/**
 * Every time expression in a text, with TIMEX3 types and values resolved against the document
 * creation time `dct` (`YYYY-MM-DD`, a time part is ignored).
 *
 * @example
 * extractTimexes('The office said Friday.', '2024-01-08');
 * // [{ start: 16, end: 22, text: 'Friday', type: 'DATE', value: '2024-01-05' }]
 */
export function extractTimexes(text: string, dct: string): Timex[] {
	return runPipeline(text, dct)
		.filter((candidate) => !candidate.eventOnly)
		.map(({ start, end, text, type, value }) => ({ start, end, text, type, value }));
}

/**
 * An article as a dataset: one source (the whole text, byte for byte) and its dated events.
 *
 * @throws ExtractError when no publication date is given or can be found in the text.
 */
export function extractDataset(article: ArticleInput, options: ExtractOptions = {}): Dataset {
	const progress = options.onProgress ?? (() => {});
	progress(0);
	const text = article.text;
	const published = options.published ?? article.published ?? findPublished(text)?.value;
	if (!published) {
		throw new ExtractError(
			'No publication date: the article states none (no "Published: …" line) and none was given. ' +
				'Pass one, e.g. --published 2024-01-08T10:19.'
		);
	}
	// The contract's own check: a date the dataset could not hold is refused before any work.
	const problem = calendarProblem(published);
	if (problem) {
		const what = isoParts(published) ? `not on the calendar (${problem})` : 'not ISO 8601';
		throw new ExtractError(
			`Publication date ${JSON.stringify(published)} is ${what}: write it as 2024-01-08 or 2024-01-08T10:19.`
		);
	}
	// A headline is the source's title and no happening; a lede without one is news.
	const headline = article.title?.trim() || articleHeadline(text);
	const title = headline || leadTitle(text) || 'Untitled article';
	// An id given (a file's name, a JSON Lines "id") becomes a slug, as the contract wants ids.
	const id =
		(article.id && SLUG.test(article.id) ? article.id : slugify(article.id ?? '', 12)) ||
		slugify(title) ||
		'article';
	const candidates = runPipeline(text, published);
	progress(0.4);
	const events = buildEvents(text, candidates, {
		sourceId: id,
		published,
		title: headline,
		entities: options.entities
	});
	progress(0.9);
	// Credits the article's own lines state fill what was not given (an editor's blank fields).
	const credits = articleCredits(text);
	const source: Dataset['sources'][number] = {
		id,
		title,
		publisher: article.publisher?.trim() || credits.publisher || '',
		author: article.author?.trim() || credits.author || '',
		published,
		text
	};
	if (article.url) source.url = article.url;
	const dataset: Dataset = { version: 1, id, title, sources: [source], events };
	// The pipeline builds datasets that satisfy the contract (the property test checks it);
	// callers that write files ask for the check anyway.
	if (options.validate) validateDataset(dataset, id);
	progress(1);
	return dataset;
}

/** The contract's id: lowercase letters and digits, words joined by hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A URL-safe slug of a few words. */
export function slugify(text: string, words = 6): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, words)
		.join('-');
}
