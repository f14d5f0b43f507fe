/**
 * npm run -s extract -- <article file> [--published <ISO date-time>] [--out <file>]
 *
 * Reads a plain-text article (such as the raw seed file, as is) or a Markdown article with YAML
 * front matter, plus its `<name>.meta.yaml` sidecar if there is one, and writes the dataset JSON
 * to --out or standard output. Thin over `src/lib/extract`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMain, run, UsageError, writeOut } from './cli';
import type { Dataset } from '../src/lib/data/schema';
import {
	datasetJson,
	extractDataset,
	ExtractError,
	readArticle,
	sidecarName
} from '../src/lib/extract/index';

const USAGE =
	'usage: npm run -s extract -- <article file> [--published <ISO date-time>] [--out <file>]';

/** The dataset of an article file, reading its sidecar metadata when present. */
export function extractFile(file: string, published?: string): Dataset {
	if (!fs.existsSync(file)) throw new ExtractError(`cannot read ${file}: no such file`);
	if (fs.statSync(file).isDirectory())
		throw new ExtractError(`cannot read ${file}: it is a directory`);
	const sidecar = sidecarName(file);
	const article = readArticle(
		path.basename(file),
		fs.readFileSync(file, 'utf8'),
		fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : undefined
	);
	if (!article.id) article.id = idFromFileName(file);
	return extractDataset(article, { published, validate: true });
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

function parseArgs(argv: string[]): { file: string; published?: string; out?: string } {
	let file: string | undefined;
	let published: string | undefined;
	let out: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--published' || arg === '--out') {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--'))
				throw new UsageError(`${arg} needs a value`);
			if (arg === '--published') published = value;
			else out = value;
		} else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`unexpected argument ${arg}`);
	}
	if (!file) throw new UsageError('missing the article file');
	return { file, published, out };
}

function main(argv: string[]): number {
	return run('extract', USAGE, () => {
		const { file, published, out } = parseArgs(argv);
		const dataset = extractFile(file, published);
		if (dataset.events.length === 0)
			console.error(
				`extract: warning: no dated events found in ${file}; writing an empty events list`
			);
		writeOut(datasetJson(dataset), out);
	});
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
