import { scratchDir } from './testing/scratchDir';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from './extract';

const SEED = 'data/articles/000_03c01ab374849cc1.txt';
// The command as npm runs it (scripts/run.mjs), in a child process so exit codes and streams are real.
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/run.mjs', 'extract', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});

describe('npm run extract', { timeout: 60_000 }, () => {
	it('extracts the raw seed file with its sidecar metadata', async () => {
		const dataset = await extractFile(SEED);
		expect(dataset.id).toBe('iraq-coalition-exit');
		expect(dataset.events).toHaveLength(5);
		expect(dataset.events.every((e) => typeof e.importance === 'number')).toBe(true);
	});

	it('lets --published override the article date', async () => {
		expect((await extractFile(SEED, '2024-01-09')).sources[0].published).toBe('2024-01-09');
	});

	it('writes tab-indented JSON to --out and exits 0', () => {
		const out = path.join(scratchDir(), 'seed.json');
		const result = run(SEED, '--out', out);
		expect(result.status).toBe(0);
		const json = fs.readFileSync(out, 'utf8');
		expect(json.startsWith('{\n\t"version": 1,\n\t"id": "iraq-coalition-exit"')).toBe(true);
		expect(json).toBe(fs.readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
	});

	it('fails with a clear message and a non-zero status on a missing file', () => {
		const result = run('no/such/article.txt');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('extract: cannot read no/such/article.txt: no such file');
	});

	it('fails with usage on an unknown option', () => {
		const result = run(SEED, '--bogus');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/unknown option --bogus[\s\S]*usage:/);
	});

	it('fails clearly when no publication date can be found', () => {
		const dir = scratchDir();
		const file = path.join(dir, 'undated.txt');
		fs.writeFileSync(file, 'A headline\n\nThe council met on Friday.\n');
		const result = run(file);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/No publication date.*--published/);
	});

	it('writes an empty events list with a warning when the article has no dates', () => {
		const dir = scratchDir();
		const file = path.join(dir, 'timeless.txt');
		fs.writeFileSync(file, 'A headline\n\nThe council met and talked about roads.\n');
		const result = run(file, '--published', '2024-01-08');
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout).events).toEqual([]);
		expect(result.stderr).toContain('warning: no dated events found');
	});

	const STORY = ['1-bridge-closed.txt', '2-survey-begins.md', '3-reopening.html'].map(
		(name) => `tests/fixtures/story/${name}`
	);
	const scratch = () => scratchDir();

	it('reads several articles (text, Markdown, HTML) into one story named after --out', () => {
		const out = path.join(scratch(), 'harbor-bridge.json');
		const result = run(...STORY, '--out', out);
		expect(result.status).toBe(0);
		const story = JSON.parse(fs.readFileSync(out, 'utf8'));
		expect(story.id).toBe('harbor-bridge');
		expect(story.sources.map((s: { id: string }) => s.id)).toEqual([
			'bridge-closed',
			'2-survey-begins',
			'3-reopening'
		]);
		// The HTML page is its article: title, publisher and date from the page, no script, no menu.
		expect(story.sources[2]).toMatchObject({
			title: 'Harbor Bridge to reopen in April',
			publisher: 'Marlow Evening Post',
			published: '2025-03-07T16:45Z'
		});
		expect(story.sources[2].text).not.toMatch(/document\.title|Home · Local/);
		const closing = story.events.find((e: { title: string }) => /Harbor Bridge/.test(e.title));
		expect(new Set(closing.quotes.map((q: { source: string }) => q.source)).size).toBe(3);
		expect(result.stderr).toContain('extract: 3 articles, ');
	});

	it('reads --in articles.jsonl, one article a line, with --id and --title', () => {
		const dir = scratch();
		const input = path.join(dir, 'articles.jsonl');
		const texts = [
			fs.readFileSync(STORY[0], 'utf8'),
			'Engineers began a full survey of the Harbor Bridge on Wednesday.\n'
		];
		fs.writeFileSync(
			input,
			[
				{ id: 'one', published: '2025-03-04', text: texts[0], title: '<b>One</b>' },
				{ id: 'two', published: '2025-03-05', text: texts[1] }
			]
				.map((line) => JSON.stringify(line))
				.join('\n')
		);
		const result = run('--in', input, '--id', 'Harbor Bridge!', '--title', 'The bridge');
		expect(result.status).toBe(0);
		const story = JSON.parse(result.stdout);
		expect(story).toMatchObject({ id: 'harbor-bridge', title: 'The bridge' });
		// A line without a title is titled by its lede's main clause.
		expect(story.sources.map((s: { title: string }) => s.title)).toEqual([
			'<b>One</b>',
			'Engineers began a full survey of the Harbor Bridge on Wednesday'
		]);
		expect(story.sources[1].text).toBe(texts[1]);
	});

	it('refuses a JSON Lines file with bad lines, naming each line, and writes nothing', () => {
		const dir = scratch();
		const input = path.join(dir, 'articles.jsonl');
		const out = path.join(dir, 'story.json');
		fs.writeFileSync(
			input,
			'{"id":"a","published":"2025-03-04","text":"The bridge shut on Monday."}\nnot json\n{"id":"c","text":"x"}\n'
		);
		const result = run('--in', input, '--out', out);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`extract: ${input}: line 2, column 1: not JSON`);
		expect(result.stderr).toContain(`extract: ${input}: line 3: "published" is missing`);
		expect(fs.existsSync(out)).toBe(false);
	});

	it('adds an article given twice once, and says so', () => {
		const result = run(STORY[0], STORY[0], STORY[1]);
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout).sources).toHaveLength(2);
		expect(result.stderr).toContain(
			'warning: “Harbor Bridge closed after crack found” adds nothing: its text is already in the story'
		);
	});

	it('refuses --published for a story, and files with --in', () => {
		expect(run(...STORY.slice(0, 2), '--published', '2025-03-04').stderr).toMatch(
			/--published sets the date of one article[\s\S]*usage:/
		);
		expect(run(STORY[0], '--in', 'x.jsonl').status).toBe(2);
	});

	it('is what package.json runs', () => {
		const pkg = JSON.parse(execFileSync('cat', ['package.json'], { encoding: 'utf8' }));
		expect(pkg.scripts.extract).toBe('node scripts/run.mjs extract');
	});
});
