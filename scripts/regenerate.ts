/**
 * npm run regenerate
 *
 * Rewrites every `data/timelines/<id>.json` from `data/articles/*`, applying
 * `data/timelines/<id>.corrections.yaml` when present. Corrections are never rewritten, and one
 * that no longer applies stops the run with its name rather than being lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { applyCorrections, datasetJson, type Corrections } from '../src/lib/extract/index';
import { extractFile } from './extract';

const ARTICLE = /\.(?:txt|md|markdown)$/i;

/** Every timeline file regenerated, as `{ file, content }`, without writing anything. */
export function regenerate(root = process.cwd()): { file: string; content: string }[] {
	const articles = path.join(root, 'data', 'articles');
	const timelines = path.join(root, 'data', 'timelines');
	const results: { file: string; content: string }[] = [];
	const seen = new Map<string, string>();
	for (const name of fs
		.readdirSync(articles)
		.filter((n) => ARTICLE.test(n))
		.sort()) {
		let dataset = extractFile(path.join(articles, name));
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

function main(): number {
	try {
		for (const { file, content } of regenerate()) {
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
	process.exitCode = main();
}
