/**
 * npm run bench:story [-- --in articles.jsonl] [--articles 400] [--runs 3] [--url http://127.0.0.1:5600]
 *
 * Measures running stories at scale (issue 12):
 *
 * - the command line's fold (`extractStory`, people and places included) in MB of article text
 *   per second on one core, in CPU time of this process;
 * - the command itself, `npm run extract -- --in story.jsonl`, run `--runs` times as a process of
 *   its own: start-up included (loading the packages and the language model), every thread's CPU
 *   time counted, the least and the median of the runs;
 * - with `--url` (a running Dateline, e.g. `npm run start`), the browser: `/new/` in headless
 *   Chromium builds the first article, then adds the other 399 at once through "Add an article",
 *   in its worker; prints the time to the finished draft, the progress values the page showed,
 *   and the longest gap between the page's animation frames meanwhile (how long it stopped
 *   answering).
 *
 * The story is 400 distinct articles of about 10 KB (4 MB), made from the repository's own
 * articles: each a day's update, its paragraphs in another order under its own first line, so
 * that every article is new to the story and most of its happenings join events already there,
 * as in a running story. `--in` measures a JSON Lines story instead (`{"id","published","text"}`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { isMain } from './cli';
import type { ArticleInput } from '../src/lib/data/article';
import { readArticlesJsonl } from '../src/lib/data/articlesJsonl';
import { readArticle } from '../src/lib/extract/index';
import { extractStory } from '../src/lib/extract/story/index';

const SOURCES = [
	'data/articles/000_03c01ab374849cc1.txt',
	'tests/fixtures/extract/wire-story.txt',
	'tests/fixtures/extract/feature-seasons.txt',
	'tests/fixtures/extract/markdown-front-matter.md'
];
const DAY = 86_400_000;

/** `count` distinct articles of about `size` characters each, a day's update apiece. */
export function syntheticStory(count = 400, size = 10_000): ArticleInput[] {
	const paragraphs = SOURCES.flatMap((file) =>
		readArticle(path.basename(file), fs.readFileSync(file, 'utf8'))
			.text.split(/\n\s*\n/)
			.filter((p) => p.trim())
	);
	const start = Date.UTC(2024, 0, 8);
	return Array.from({ length: count }, (_, i) => {
		const published = new Date(start + Math.floor(i / 4) * DAY).toISOString().slice(0, 10);
		const body: string[] = [`Update ${i + 1} on the story, published ${published}.`];
		let length = body[0].length;
		for (let k = 0; length < size; k++) {
			const paragraph = paragraphs[(i * 7 + k) % paragraphs.length];
			body.push(paragraph);
			length += paragraph.length + 2;
		}
		return { id: `update-${i + 1}`, published, text: body.join('\n\n') + '\n' };
	});
}

function megabytes(articles: ArticleInput[]): number {
	return articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
}

/** The command line's fold, in MB/s of CPU time, people and places included. */
function commandLine(articles: ArticleInput[]): void {
	const start = process.cpuUsage();
	const wall = performance.now();
	const { dataset } = extractStory(articles, { entities: true });
	const used = process.cpuUsage(start);
	const seconds = (used.user + used.system) / 1e6;
	const mb = megabytes(articles);
	console.log(
		`command line: ${articles.length} articles, ${mb.toFixed(2)} MB → ${dataset.events.length} events in ` +
			`${seconds.toFixed(1)} s CPU (${((performance.now() - wall) / 1000).toFixed(1)} s wall): ` +
			`${(mb / seconds).toFixed(2)} MB/s with people and places`
	);
}

/**
 * The command line as a reader runs it, `runs` times: CPU seconds of the whole process (every
 * thread, start-up included), reported by a preloaded module as it exits.
 */
function wholeCommand(articles: ArticleInput[], runs: number): void {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-story-'));
	try {
		const story = path.join(dir, 'story.jsonl');
		fs.writeFileSync(story, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
		const cpu = path.join(dir, 'cpu.json');
		const seconds: number[] = [];
		for (let run = 0; run < runs; run++) {
			const args = ['--import', './scripts/testing/cpuAtExit.mjs', 'scripts/run.mjs', 'extract'];
			const result = spawnSync(
				process.execPath,
				[...args, '--in', story, '--out', path.join(dir, 'story.json')],
				{ encoding: 'utf8', env: { ...process.env, DATELINE_CPU_OUT: cpu } }
			);
			if (result.status !== 0) throw new Error(`extract failed: ${result.stderr}`);
			const { user, system } = JSON.parse(fs.readFileSync(cpu, 'utf8'));
			seconds.push((user + system) / 1e6);
		}
		seconds.sort((a, b) => a - b);
		const median = seconds[Math.floor((seconds.length - 1) / 2)];
		const mb = megabytes(articles);
		console.log(
			`npm run extract: ${mb.toFixed(2)} MB in ${seconds[0].toFixed(2)} s CPU at least, ` +
				`${median.toFixed(2)} s median of ${runs} (start-up included): ` +
				`${(mb / seconds[0]).toFixed(2)} MB/s at best, ${(mb / median).toFixed(2)} MB/s median`
		);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** The browser: the first article built, then the rest added at once in the worker. */
async function browser(url: string, articles: ArticleInput[]): Promise<void> {
	const chrome = await chromium.launch(chromiumLaunch);
	try {
		const page = await chrome.newPage();
		if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
		if (process.env.BENCH_DEBUG) page.on('pageerror', (e) => console.log('page error:', e.message));
		await page.goto(new URL('/new/', url).href);
		const [first, ...rest] = articles;
		await page.getByLabel(/Paste the article/).fill(first.text);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await page.getByLabel('Publication date').fill(first.published!, { timeout: 30_000 });
		await page.getByRole('button', { name: 'Build the timeline' }).click();
		await page.getByRole('heading', { name: /^Events \(\d+\)$/ }).waitFor({ timeout: 60_000 });
		// The page's frames, and the progress it shows, recorded by the page itself.
		// (A string: the bundler's helpers do not exist in the page.)
		await page.evaluate(`
			window.gaps = [];
			window.seen = [];
			let last = performance.now();
			const frame = (now) => {
				window.gaps.push(now - last);
				last = now;
				const bar = document.querySelector('#add-progress');
				if (bar && window.seen.at(-1) !== bar.value) window.seen.push(bar.value);
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		`);
		const started = performance.now();
		await page
			.getByTestId('add-articles')
			.getByLabel(/Choose article files/)
			.setInputFiles(
				rest.map((a) => ({
					name: `${a.id}.txt`,
					mimeType: 'text/plain',
					buffer: Buffer.from(`Published: ${a.published}\n\n${a.text}`)
				}))
			);
		const panel = page.getByTestId('add-articles');
		await panel
			.getByText(/^Added \d+ articles/)
			.or(panel.getByRole('alert').getByText(/./))
			.waitFor({ timeout: 1_800_000 });
		const refused = await panel.getByRole('alert').innerText();
		if (refused.trim()) throw new Error(`the page refused the articles: ${refused}`);
		const seconds = (performance.now() - started) / 1000;
		const { gaps, seen } = (await page.evaluate('({ gaps: window.gaps, seen: window.seen })')) as {
			gaps: number[];
			seen: number[];
		};
		const sorted = [...gaps].sort((a, b) => a - b);
		const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
		const events = await page.getByRole('heading', { name: /^Events \(\d+\)$/ }).innerText();
		console.log(
			`browser: ${rest.length} articles (${megabytes(rest).toFixed(2)} MB) added in the worker in ` +
				`${seconds.toFixed(1)} s; ${events}; ${seen.length} progress values shown; frame gaps ` +
				`median ${p(0.5).toFixed(0)} ms, 99th percentile ${p(0.99).toFixed(0)} ms, longest ${sorted.at(-1)!.toFixed(0)} ms`
		);
	} finally {
		await chrome.close();
	}
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const option = (name: string) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const input = option('--in');
	const count = Number(option('--articles') ?? 400);
	const articles = input
		? readArticlesJsonl(fs.readFileSync(input, 'utf8'))
		: syntheticStory(count);
	commandLine(articles);
	const runs = Number(option('--runs') ?? 3);
	if (runs > 0) wholeCommand(articles, runs);
	const url = option('--url');
	if (url) await browser(url, articles);
}

if (isMain(import.meta.url)) await main();
