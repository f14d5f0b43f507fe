/**
 * npm run bench:extract
 *
 * Measures extraction speed in MB of article text per second on one core, over the repository's
 * own articles (the seed and the golden fixtures) repeated to a few megabytes, in CPU time.
 * Prints one line per stage; the target is at least 2 MB/s for the extractor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDataset, extractTimexes, readArticle } from '../src/lib/extract/index';

const SOURCES = [
	'data/articles/000_03c01ab374849cc1.txt',
	'tests/fixtures/extract/wire-story.txt',
	'tests/fixtures/extract/feature-seasons.txt',
	'tests/fixtures/extract/markdown-front-matter.md'
];

/**
 * MB/s of `run` over `texts`, after a warm-up pass, in CPU time of this process (user + system):
 * one core's throughput, steady even when other processes share the machine.
 */
function measure(texts: string[], run: (text: string) => void): number {
	for (const text of texts.slice(0, 50)) run(text);
	const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
	const start = process.cpuUsage();
	for (const text of texts) run(text);
	const used = process.cpuUsage(start);
	return bytes / 1e6 / ((used.user + used.system) / 1e6);
}

function main(): void {
	const articles = SOURCES.map((file) =>
		readArticle(path.basename(file), fs.readFileSync(file, 'utf8'))
	);
	const texts: string[] = [];
	let size = 0;
	for (let i = 0; size < 4e6; i++) {
		const text = articles[i % articles.length].text;
		texts.push(text);
		size += Buffer.byteLength(text, 'utf8');
	}
	const published = '2024-01-08';
	const mb = (size / 1e6).toFixed(1);
	console.log(`articles: ${texts.length} (${mb} MB, ${articles.length} distinct, repeated)`);
	const timexes = measure(texts, (text) => extractTimexes(text, published));
	console.log(`time expressions (extractTimexes): ${timexes.toFixed(2)} MB/s`);
	const events = measure(texts, (text) => extractDataset({ text }, { published, entities: false }));
	console.log(`datasets without entities (extractDataset): ${events.toFixed(2)} MB/s`);
	const full = measure(texts, (text) => extractDataset({ text }, { published }));
	console.log(`datasets with entities (extractDataset): ${full.toFixed(2)} MB/s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
	main();
