import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from './extract';

const SEED = 'data/articles/000_03c01ab374849cc1.txt';
// The command as npm runs it (tsx), in a child process so exit codes and streams are real.
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
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
		const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-')), 'seed.json');
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
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-'));
		const file = path.join(dir, 'undated.txt');
		fs.writeFileSync(file, 'A headline\n\nThe council met on Friday.\n');
		const result = run(file);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/No publication date.*--published/);
	});

	it('writes an empty events list with a warning when the article has no dates', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-'));
		const file = path.join(dir, 'timeless.txt');
		fs.writeFileSync(file, 'A headline\n\nThe council met and talked about roads.\n');
		const result = run(file, '--published', '2024-01-08');
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout).events).toEqual([]);
		expect(result.stderr).toContain('warning: no dated events found');
	});

	it('is what package.json runs', () => {
		const pkg = JSON.parse(execFileSync('cat', ['package.json'], { encoding: 'utf8' }));
		expect(pkg.scripts.extract).toBe('tsx scripts/extract.ts');
	});
});
