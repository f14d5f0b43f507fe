/**
 * A story's articles as JSON Lines, one article a line: `{"id", "published", "text"}` plus
 * optional `title`, `url`, `publisher` and `author`, as newsroom archives and benchmarks export
 * them. Every line is checked before any is used, and a file with bad lines is refused whole,
 * each named by its line number and what is wrong with it, so that no article is silently lost.
 */
import type { ArticleInput } from './article';
import { calendarProblem, ISO_DATE_TIME } from './calendar';
import { ImportError } from './importError';
import { jsonSyntaxError } from './jsonSyntax';
import { isHttpUrl } from './url';

/** The fields a line may hold; any other is refused (a misspelt "titel" would be lost). */
const FIELDS = ['id', 'published', 'text', 'title', 'url', 'publisher', 'author'] as const;
const REQUIRED = new Set(['id', 'published', 'text']);

/**
 * The articles of a JSON Lines text, in its order. Blank lines are skipped.
 *
 * @example
 * readArticlesJsonl('{"id":"a1","published":"2010-04-21","text":"The rig sank on Thursday."}\n');
 * // [{ id: 'a1', published: '2010-04-21', text: 'The rig sank on Thursday.' }]
 * @throws ImportError naming each bad line and what is wrong with it.
 */
export function readArticlesJsonl(text: string, file = 'articles.jsonl'): ArticleInput[] {
	const articles: ArticleInput[] = [];
	const problems: string[] = [];
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	lines.forEach((raw, i) => {
		const line = raw.replace(/\r$/, '');
		if (!line.trim()) return;
		const at = `line ${i + 1}`;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			const place = jsonSyntaxError(line);
			problems.push(
				place
					? `${at}, column ${place.column}: not JSON: expected ${place.expected}`
					: `${at}: not JSON: ${(error as Error).message}`
			);
			return;
		}
		const wrong = lineProblems(value);
		if (wrong.length) problems.push(`${at}: ${wrong.join('; ')}`);
		else articles.push(articleOf(value as Record<string, string>));
	});
	if (problems.length) throw new ImportError(file, problems);
	if (!articles.length) throw new ImportError(file, ['holds no article (one JSON object a line)']);
	return articles;
}

/** What is wrong with one line's value as an article, in a few words each. */
function lineProblems(value: unknown): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return [`expected an object with "id", "published" and "text", found ${kind(value)}`];
	const record = value as Record<string, unknown>;
	const problems: string[] = [];
	for (const key of Object.keys(record)) {
		if (!(FIELDS as readonly string[]).includes(key))
			problems.push(`unknown field ${JSON.stringify(key)} (expected ${FIELDS.join(', ')})`);
	}
	for (const key of FIELDS) {
		const field = Object.hasOwn(record, key) ? record[key] : undefined;
		if (field === undefined || field === null) {
			if (REQUIRED.has(key)) problems.push(`"${key}" is missing`);
		} else if (typeof field !== 'string') {
			problems.push(`"${key}" should be a string, found ${kind(field)}`);
		}
	}
	if (problems.length) return problems;
	const { id, published, text, url } = record as Record<string, string | undefined>;
	if (!id?.trim()) problems.push('"id" is empty');
	if (!text?.trim()) problems.push('"text" is empty');
	const day = /^\d{4}-\d{2}-\d{2}/.test(published ?? '') && ISO_DATE_TIME.test(published ?? '');
	const calendar = day ? calendarProblem(published!) : null;
	if (!day)
		problems.push(
			`"published" should be a day, e.g. 2010-04-21 or 2010-04-21T10:19, found ${JSON.stringify(published)}`
		);
	else if (calendar) problems.push(`"published" is not on the calendar (${calendar})`);
	if (url !== undefined && !isHttpUrl(url))
		problems.push(`"url" should be an http(s) link, found ${JSON.stringify(url.slice(0, 60))}`);
	return problems;
}

function articleOf(record: Record<string, string>): ArticleInput {
	const article: ArticleInput = { text: record.text };
	for (const key of FIELDS) {
		if (key !== 'text' && Object.hasOwn(record, key) && record[key] !== undefined)
			article[key] = record[key];
	}
	return article;
}

function kind(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
	return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}
