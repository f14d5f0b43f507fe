/**
 * npm run bench:extract [-- --in a.jsonl b.jsonl.gz … [--articles 600] [--stage entities]]
 *
 * Measures extraction speed in MB of article text per second on one core, in CPU time. Prints
 * one line per stage, with how many texts the measured pass tagged; the target is at least
 * 2 MB/s for the extractor.
 *
 * By default the text is the repository's own articles (the seed and the golden fixtures)
 * repeated to a few megabytes, so every cache of words and sentences is warm after the first
 * pass. `--in` reads distinct articles instead, from JSON Lines files (`{"id","published","text"}`,
 * gzipped when the name ends in `.gz`, as the story corpus is): each is read once, against its
 * own publication date, as the command line reads a story. The first 50 warm the code up and are
 * not counted; the next `--articles` (default all) are measured. `--stage` measures one stage
 * only (`timexes`, `events` or `entities`), so that no stage finds what an earlier one cached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { isMain } from './cli';
import type { ArticleInput } from '../src/lib/data/article';
import { readArticlesJsonl } from '../src/lib/data/articlesJsonl';
import { extractDataset, extractTimexes, readArticle } from '../src/lib/extract/index';
import { clearLanguageCache, languageStats } from '../src/lib/extract/language';

const SOURCES = [
	'data/articles/000_03c01ab374849cc1.txt',
	'tests/fixtures/extract/wire-story.txt',
	'tests/fixtures/extract/feature-seasons.txt',
	'tests/fixtures/extract/markdown-front-matter.md'
];
const PUBLISHED = '2024-01-08';
const WARM_UP = 50;

/** A text to read and the date it was published. */
interface Item {
	text: string;
	published: string;
}

/**
 * MB/s of `run` over `measured`, after a warm-up pass over `warm`, in CPU time of this process
 * (user + system): one core's throughput, steady even when other processes share the machine.
 * With it, how many texts were tagged meanwhile: the dearest step, whose count does not drift
 * with the machine's load.
 */
function measure(
	warm: Item[],
	measured: Item[],
	run: (item: Item) => void
): { speed: number; taggings: number } {
	for (const item of warm) run(item);
	const bytes = measured.reduce((sum, item) => sum + Buffer.byteLength(item.text, 'utf8'), 0);
	const tagged = languageStats.tagged;
	const start = process.cpuUsage();
	for (const item of measured) run(item);
	const used = process.cpuUsage(start);
	const speed = bytes / 1e6 / ((used.user + used.system) / 1e6);
	return { speed, taggings: languageStats.tagged - tagged };
}

/** The repository's four articles repeated to 4 MB; the warm-up is the first 50 of them. */
function repeated(): { warm: Item[]; measured: Item[]; label: string } {
	const articles = SOURCES.map((file) =>
		readArticle(path.basename(file), fs.readFileSync(file, 'utf8'))
	);
	const measured: Item[] = [];
	let size = 0;
	for (let i = 0; size < 4e6; i++) {
		const text = articles[i % articles.length].text;
		measured.push({ text, published: PUBLISHED });
		size += Buffer.byteLength(text, 'utf8');
	}
	const mb = (size / 1e6).toFixed(1);
	const label = `${measured.length} (${mb} MB, ${articles.length} distinct, repeated)`;
	return { warm: measured.slice(0, WARM_UP), measured, label };
}

/** Distinct articles from JSON Lines files: the first 50 warm up, the next `count` are measured. */
function distinct(
	files: string[],
	count: number
): { warm: Item[]; measured: Item[]; label: string } {
	const articles: ArticleInput[] = files.flatMap((file) => {
		const bytes = fs.readFileSync(file);
		const text = (file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
		return readArticlesJsonl(text, file);
	});
	const items = articles.map((a) => ({ text: a.text, published: a.published! }));
	const measured = items.slice(WARM_UP, WARM_UP + count);
	const size = measured.reduce((sum, item) => sum + Buffer.byteLength(item.text, 'utf8'), 0);
	const label = `${measured.length} (${(size / 1e6).toFixed(1)} MB, distinct, after ${WARM_UP} to warm up)`;
	return { warm: items.slice(0, WARM_UP), measured, label };
}

const STAGES = {
	timexes: {
		label: 'time expressions (extractTimexes)',
		run: (item: Item) => extractTimexes(item.text, item.published)
	},
	events: {
		label: 'datasets without entities (extractDataset)',
		run: (item: Item) => extractDataset(item, { published: item.published, entities: false })
	},
	entities: {
		label: 'datasets with entities (extractDataset)',
		run: (item: Item) => extractDataset(item, { published: item.published })
	}
};

function main(): void {
	const { values, positionals } = parseArgs({
		options: {
			in: { type: 'string', multiple: true },
			articles: { type: 'string' },
			stage: { type: 'string' }
		},
		allowPositionals: true
	});
	// `--in a b c` as a shell glob gives: the first after `--in`, the rest as positionals.
	const files = [...(values.in ?? []), ...positionals];
	const count = values.articles ? Number(values.articles) : Infinity;
	const stage = values.stage as keyof typeof STAGES | undefined;
	if (stage && !(stage in STAGES)) throw new Error(`--stage is one of ${Object.keys(STAGES)}`);
	const { warm, measured, label } = files.length ? distinct(files, count) : repeated();
	console.log(`articles: ${label}`);
	for (const [name, { label, run }] of Object.entries(STAGES)) {
		if (stage && name !== stage) continue;
		// Each stage starts with no tagged sentence remembered from the one before.
		clearLanguageCache();
		const { speed, taggings } = measure(warm, measured, run);
		console.log(`${label}: ${speed.toFixed(2)} MB/s (${taggings} taggings)`);
	}
}

if (isMain(import.meta.url)) main();
