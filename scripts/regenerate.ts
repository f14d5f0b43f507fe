/**
 * npm run regenerate
 *
 * Rewrites every `data/timelines/<id>.json` from `data/articles/`: each article file there is a
 * timeline of its own, and each folder `data/articles/<id>/` a running story (every article file
 * in it, or the lines of its `articles.jsonl`, one timeline with the id of the folder, titled by
 * its `story.yaml` when it has one). Applies `data/timelines/<id>.corrections.yaml` when present.
 * Corrections are never rewritten, and one that no longer applies stops the run with its name
 * rather than being lost; event ids stay stable as a story's articles are added, so corrections
 * keep finding their events.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readArticlesJsonl } from '../src/lib/data/articlesJsonl';
import type { ArticleInput } from '../src/lib/data/article';
import type { Dataset } from '../src/lib/data/schema';
import { applyCorrections, datasetJson, type Corrections } from '../src/lib/extract/index';
import { extractStory } from '../src/lib/extract/story/index';
import { readArticleFile } from './extract';

const ARTICLE = /\.(?:txt|md|markdown|html?)$/i;

/** Every timeline file regenerated, as `{ file, content }`, without writing anything. */
export async function regenerate(
	root = process.cwd()
): Promise<{ file: string; content: string }[]> {
	const articles = path.join(root, 'data', 'articles');
	const timelines = path.join(root, 'data', 'timelines');
	const results: { file: string; content: string }[] = [];
	const seen = new Map<string, string>();
	for (const name of fs.readdirSync(articles).sort()) {
		const at = path.join(articles, name);
		let dataset: Dataset;
		if (fs.statSync(at).isDirectory()) dataset = await story(at);
		else if (ARTICLE.test(name))
			dataset = extractStory([await readArticleFile(at)], { validate: true }).dataset;
		else continue;
		const earlier = seen.get(dataset.id);
		if (earlier)
			throw new Error(`${name} and ${earlier} both produce the dataset id "${dataset.id}"`);
		seen.set(dataset.id, name);
		const correctionsFile = path.join(timelines, `${dataset.id}.corrections.yaml`);
		if (fs.existsSync(correctionsFile)) {
			const corrections = (parseYaml(fs.readFileSync(correctionsFile, 'utf8')) ??
				{}) as Corrections;
			try {
				dataset = applyCorrections(dataset, corrections);
			} catch (error) {
				throw new Error(`${path.relative(root, correctionsFile)}:\n${(error as Error).message}`);
			}
		}
		results.push({
			file: path.join(timelines, `${dataset.id}.json`),
			content: datasetJson(dataset)
		});
	}
	return results;
}

/** The running story of a folder of articles, named after the folder. */
async function story(folder: string): Promise<Dataset> {
	const id = path.basename(folder);
	const articles: ArticleInput[] = [];
	for (const name of fs.readdirSync(folder).sort()) {
		const file = path.join(folder, name);
		if (name === 'articles.jsonl')
			articles.push(...readArticlesJsonl(fs.readFileSync(file, 'utf8'), file));
		else if (ARTICLE.test(name)) articles.push(await readArticleFile(file));
	}
	if (!articles.length) throw new Error(`${folder}: a story folder with no article in it`);
	const metaFile = path.join(folder, 'story.yaml');
	const meta = fs.existsSync(metaFile)
		? ((parseYaml(fs.readFileSync(metaFile, 'utf8')) ?? {}) as { title?: unknown })
		: {};
	const title = typeof meta.title === 'string' ? meta.title : undefined;
	return extractStory(articles, { id, title, validate: true }).dataset;
}

async function main(): Promise<number> {
	try {
		for (const { file, content } of await regenerate()) {
			const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
			fs.mkdirSync(path.dirname(file), { recursive: true });
			fs.writeFileSync(file, content);
			console.log(
				`${before === content ? 'unchanged' : before === null ? 'created' : 'updated'} ${path.relative(process.cwd(), file)}`
			);
		}
		return 0;
	} catch (error) {
		console.error(`regenerate: ${(error as Error).message}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	main().then((code) => (process.exitCode = code));
}
