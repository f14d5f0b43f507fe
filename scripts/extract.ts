/**
 * npm run -s extract -- <article file>... [--published <ISO date-time>] [--out <file>]
 *                       [--id <slug>] [--title <text>]
 * npm run -s extract -- --in <articles.jsonl> [--out <file>] [--id <slug>] [--title <text>]
 *
 * Reads one article or a running story of several: plain-text articles (such as the raw seed
 * file, as is), Markdown with YAML front matter, HTML pages (reduced to their article by
 * Readability), each with its `<name>.meta.yaml` sidecar if there is one; or a JSON Lines file,
 * one article a line. Writes the story's dataset JSON to --out or standard output: every
 * article a source, every happening one event, each with its importance. Thin over
 * `src/lib/extract`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMain, UsageError, writeOut } from './cli';
import type { ArticleInput } from '../src/lib/data/article';
import { readArticlesJsonl } from '../src/lib/data/articlesJsonl';
import { ImportError } from '../src/lib/data/importError';
import type { Dataset } from '../src/lib/data/schema';
import { articleFromHtml, type HtmlParser } from '../src/lib/extract/htmlArticle';
import {
	datasetJson,
	ExtractError,
	readArticle,
	sidecarName,
	slugify
} from '../src/lib/extract/index';
import { extractStory, type FoldReport } from '../src/lib/extract/story/index';

const USAGE = [
	'usage: npm run -s extract -- <article file>... [--published <ISO date-time>] [--out <file>] [--id <slug>] [--title <text>]',
	'       npm run -s extract -- --in <articles.jsonl> [--out <file>] [--id <slug>] [--title <text>]'
].join('\n');

const HTML = /\.html?$/i;

/** An article file as the extractor takes it, with its sidecar metadata when present. */
export async function readArticleFile(file: string): Promise<ArticleInput> {
	if (!fs.existsSync(file)) throw new ExtractError(`cannot read ${file}: no such file`);
	if (fs.statSync(file).isDirectory())
		throw new ExtractError(`cannot read ${file}: it is a directory`);
	const content = fs.readFileSync(file, 'utf8');
	const sidecar = sidecarName(file);
	const meta = fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : undefined;
	let article: ArticleInput;
	if (HTML.test(file)) {
		// linkedom (a DOM for Node) loads only for HTML files.
		const { DOMParser } = await import('linkedom');
		const page = await articleFromHtml(
			content,
			undefined,
			new DOMParser() as unknown as HtmlParser
		);
		// The sidecar wins over what the page says of itself, as it does over front matter.
		const fromMeta =
			meta === undefined ? {} : withoutText(readArticle(path.basename(file), '', meta));
		article = { ...page, ...fromMeta };
	} else article = readArticle(path.basename(file), content, meta);
	if (!article.id) article.id = idFromFileName(file);
	return article;
}

/** The dataset of one article file (a story of one), as `npm run regenerate` builds it. */
export async function extractFile(file: string, published?: string): Promise<Dataset> {
	const article = await readArticleFile(file);
	if (published) article.published = published;
	return extractStory([article], { validate: true }).dataset;
}

function withoutText(article: ArticleInput): Partial<ArticleInput> {
	const { text: _text, ...rest } = article;
	return rest;
}

/** `data/articles/000_03c01ab374849cc1.txt` -> `03c01ab374849cc1` when no id is given. */
function idFromFileName(file: string): string | undefined {
	const base = path
		.basename(file)
		.replace(/\.[^.]+$/, '')
		.replace(/^\d+_/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return base || undefined;
}

interface Args {
	files: string[];
	jsonl?: string;
	published?: string;
	out?: string;
	id?: string;
	title?: string;
}

const VALUED = {
	'--published': 'published',
	'--out': 'out',
	'--id': 'id',
	'--title': 'title',
	'--in': 'jsonl'
} as const;

function parseArgs(argv: string[]): Args {
	const args: Args = { files: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (Object.hasOwn(VALUED, arg)) {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--'))
				throw new UsageError(`${arg} needs a value`);
			args[VALUED[arg as keyof typeof VALUED]] = value;
		} else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
		else args.files.push(arg);
	}
	if (args.jsonl !== undefined && args.files.length)
		throw new UsageError('give article files or --in <articles.jsonl>, not both');
	if (args.jsonl === undefined && !args.files.length)
		throw new UsageError('missing the article file');
	if (args.published && (args.jsonl !== undefined || args.files.length > 1))
		throw new UsageError('--published sets the date of one article; a story states each');
	if (args.id !== undefined && !slugify(args.id))
		throw new UsageError(`--id needs letters or digits, found ${JSON.stringify(args.id)}`);
	return args;
}

/** The story's articles, from the files or the JSON Lines file named. */
async function articlesOf(args: Args): Promise<ArticleInput[]> {
	if (args.jsonl !== undefined) {
		if (!fs.existsSync(args.jsonl))
			throw new ExtractError(`cannot read ${args.jsonl}: no such file`);
		return readArticlesJsonl(fs.readFileSync(args.jsonl, 'utf8'), args.jsonl);
	}
	const articles: ArticleInput[] = [];
	for (const file of args.files) {
		const article = await readArticleFile(file);
		if (args.published) article.published = args.published;
		articles.push(article);
	}
	return articles;
}

/** One line on what the story holds, for people (standard error). */
function summary(dataset: Dataset, report: FoldReport): string {
	const shared = dataset.events.filter((e) => new Set(e.quotes.map((q) => q.source)).size > 1);
	const parts = [
		`${report.added.length} article${report.added.length === 1 ? '' : 's'}`,
		`${dataset.events.length} events`,
		`${shared.length} told by several articles`
	];
	if (report.disagreements) parts.push(`${report.disagreements} telling another day`);
	return `extract: ${parts.join(', ')}`;
}

async function main(argv: string[]): Promise<number> {
	try {
		const args = parseArgs(argv);
		const articles = await articlesOf(args);
		// A story is named by --id, else by the file it is written to, else by its first article.
		const many = articles.length > 1 || args.jsonl !== undefined;
		const fromOut =
			many && args.out ? slugify(path.basename(args.out).replace(/\.[^.]+$/, ''), 12) : '';
		const id = args.id ? slugify(args.id, 12) : fromOut || undefined;
		const { dataset, report } = extractStory(articles, { id, title: args.title, validate: true });
		for (const skipped of report.skipped)
			console.error(`extract: warning: “${skipped.title}” adds nothing: ${skipped.reason}`);
		if (dataset.events.length === 0)
			console.error(
				`extract: warning: no dated events found in ${args.jsonl ?? args.files.join(', ')}; writing an empty events list`
			);
		else if (many) console.error(summary(dataset, report));
		const json = datasetJson(dataset);
		writeOut(json, args.out);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`extract: ${error.message}\n${USAGE}`);
			return 2;
		}
		const message = (error as Error).message;
		// An import error lists one problem a line, each already naming the file.
		console.error(
			error instanceof ImportError
				? message
						.split('\n')
						.map((line) => `extract: ${line}`)
						.join('\n')
				: `extract: ${message}`
		);
		return 1;
	}
}

if (isMain(import.meta.url)) {
	main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
