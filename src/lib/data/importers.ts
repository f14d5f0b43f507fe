/**
 * What a dropped, chosen or pasted file is, and what it holds: an article to extract from, or a
 * finished dataset (ours as JSON or CSV, or TimelineJS's JSON) to review.
 *
 * Pure and DOM-free: HTML is recognised here but reduced to its article in the browser (see
 * `$lib/extract/htmlArticle`), since Readability needs a DOM.
 */
import { calendarProblem } from './calendar';
import { jsonSyntaxError } from './jsonSyntax';
import { parse as parseYaml } from 'yaml';
import { csvToDataset } from './csv';
import { ImportError } from './importError';
import { DatasetError, validateDataset, type Dataset } from './schema';
import { isHttpUrl } from './url';
import { fromSheetsCsv, isSheetsCsv } from './sheets';
import { fromTimelineJs } from './timelinejs';
import type { ArticleInput } from './article';

/** An article as the extractor takes it. */
export type { ArticleInput };

/** The format a dataset came in. */
export type DatasetFormat = 'dataset' | 'csv' | 'timelinejs' | 'sheets';

export type ImportResult =
	| { kind: 'article'; article: ArticleInput; notices: string[] }
	| { kind: 'html'; html: string }
	| { kind: 'dataset'; format: DatasetFormat; dataset: Dataset; notices: string[] };

/**
 * Reads a file's bytes by its name and content.
 *
 * @example
 * readImport('events.csv', bytes); // { kind: 'dataset', format: 'csv', dataset, notices: [] }
 * @throws ImportError when the file is binary, empty, or a malformed dataset, saying where.
 */
export function readImport(name: string, bytes: Uint8Array, today?: string): ImportResult {
	return readImportText(name, decodeText(name, bytes), today);
}

/** Decodes UTF-8 text, refusing what is plainly not text (NUL bytes, invalid UTF-8). */
export function decodeText(name: string, bytes: Uint8Array): string {
	const notText = () =>
		new ImportError(name, [
			'this is a binary file, not text. Paste the article, or drop a .txt, .md or .html article, or a .json or .csv dataset.'
		]);
	if (bytes.subarray(0, 8192).includes(0)) throw notText();
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		throw notText();
	}
}

/** Like `readImport`, for text already decoded (a paste, or a file read as text). */
export function readImportText(name: string, text: string, today?: string): ImportResult {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (text.trim() === '') throw new ImportError(name, ['the file is empty']);
	const head = text.trimStart().slice(0, 200).toLowerCase();
	if (ext === 'json' || (ext === '' && /^[{[]/.test(head))) return readJson(name, text, today);
	if (ext === 'csv' && isSheetsCsv(text)) {
		const { dataset, notices } = fromSheetsCsv(text, name, today);
		return { kind: 'dataset', format: 'sheets', dataset, notices };
	}
	if (ext === 'csv')
		return { kind: 'dataset', format: 'csv', dataset: csvToDataset(text, name), notices: [] };
	if (ext === 'html' || ext === 'htm' || looksLikeHtml(head)) return { kind: 'html', html: text };
	if (ext === 'md' || ext === 'markdown') return { kind: 'article', ...readMarkdown(name, text) };
	return { kind: 'article', article: { text }, notices: [] };
}

/** True for text that starts like an HTML document, as pasted page source does. */
export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

function readJson(name: string, text: string, today?: string): ImportResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new ImportError(name, [`not valid JSON: ${jsonErrorPlace(text, error as Error)}`]);
	}
	const object =
		typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: null;
	if (object && ('sources' in object || 'version' in object)) {
		try {
			return {
				kind: 'dataset',
				format: 'dataset',
				dataset: validateDataset(value, name),
				notices: []
			};
		} catch (error) {
			if (error instanceof DatasetError) {
				throw new ImportError(
					name,
					error.problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`)
				);
			}
			throw error;
		}
	}
	if (object && Array.isArray(object.events)) {
		const { dataset, notices } = fromTimelineJs(value, name, today);
		return { kind: 'dataset', format: 'timelinejs', dataset, notices };
	}
	throw new ImportError(name, [
		'$: expected a Dateline dataset (with version, sources and events) or a TimelineJS file (with events that have a start_date), found neither'
	]);
}

/**
 * Where JSON.parse stopped, as line and column, and what was due there, in the words the
 * timeline page's `?src=` errors use (engines word their own messages differently, V8 with a
 * ragged excerpt of the text).
 */
function jsonErrorPlace(text: string, error: Error): string {
	const at = jsonSyntaxError(text);
	if (!at) return error.message;
	const found = at.offset < text.length ? JSON.stringify(text[at.offset]) : 'the end of the text';
	return `line ${at.line}, column ${at.column}: expected ${at.expected}, found ${found}`;
}

/** The offset of the first character at which `text` stops being JSON (its length when none). */
export function jsonErrorOffset(text: string): number {
	return jsonSyntaxError(text)?.offset ?? text.length;
}

/**
 * A Markdown article: YAML front matter (title, publisher or outlet, author, url, published or
 * date) and the body after it, as is.
 */
function readMarkdown(name: string, text: string): { article: ArticleInput; notices: string[] } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return { article: { text }, notices: [] };
	let meta: unknown;
	try {
		meta = parseYaml(match[1]);
	} catch (error) {
		throw new ImportError(name, [
			`the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`
		]);
	}
	const field = (...keys: string[]): string | undefined => {
		if (typeof meta !== 'object' || meta === null) return undefined;
		for (const key of keys) {
			if (!Object.hasOwn(meta, key)) continue;
			const value = (meta as Record<string, unknown>)[key];
			if (typeof value === 'string' && value.trim()) return value.trim();
			if (value instanceof Date)
				return value
					.toISOString()
					.replace(/T00:00:00\.000Z$/, '')
					.replace(/:00\.000Z$/, '');
		}
		return undefined;
	};
	const article: ArticleInput = { text: text.slice(match[0].length) };
	const title = field('title');
	const publisher = field('publisher', 'outlet', 'site');
	const author = field('author', 'byline');
	const url = field('url', 'link');
	const published = field('published', 'date');
	// Refused here, before the page takes the article, rather than kept to fail later: a link
	// the source could not hold, or a date written as ISO 8601 that is not on the calendar
	// (a date in words is for the person to confirm, as one found in the text is).
	const problems: string[] = [];
	if (url && !isHttpUrl(url))
		problems.push(
			`the front matter's url: expected an absolute http(s) URL, found ${JSON.stringify(url)}`
		);
	const offCalendar = published && /^\d{4}(?:-|$)/.test(published) && calendarProblem(published);
	if (offCalendar)
		problems.push(
			`the front matter's publication date: expected a real date such as 2024-01-08 or 2024-01-08T10:19, found ${JSON.stringify(published)} (${offCalendar})`
		);
	if (problems.length) throw new ImportError(name, problems);
	if (title) article.title = title;
	if (publisher) article.publisher = publisher;
	if (author) article.author = author;
	if (url) article.url = url;
	if (published) article.published = published;
	return { article, notices: [] };
}
