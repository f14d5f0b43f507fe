import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './testing/scratchDir';

/**
 * A folder for bundles, inside the project as the runner's own (node_modules/.cache): a bundle
 * leaves the packages out, and Node finds them from where the bundle lies.
 */
const cacheDir = () => scratchDir('dateline-cli-spec-', path.join('node_modules', '.cache'));

/** `node scripts/run.mjs <args>` with its bundles kept in `cache`. */
const run = (cache: string, ...args: string[]) =>
	spawnSync(process.execPath, ['scripts/run.mjs', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, DATELINE_CLI_CACHE: cache }
	});

describe('node scripts/run.mjs', { timeout: 60_000 }, () => {
	it('runs a command from its bundle, made once and kept while its sources are older', () => {
		const cache = cacheDir();
		const dir = scratchDir();
		const input = path.join(dir, 'docs.jsonl');
		fs.writeFileSync(input, JSON.stringify({ id: 'x', dct: '2024-01-08', text: 'Friday.' }) + '\n');
		const output = path.join(dir, 'out.json');
		const first = run(cache, 'timex', '--in', input, '--out', output);
		expect(first.status, first.stderr).toBe(0);
		expect(JSON.parse(fs.readFileSync(output, 'utf8')).timexes[0].value).toBe('2024-01-05');

		const bundle = path.join(cache, 'timex.mjs');
		const inputs: string[] = JSON.parse(
			fs.readFileSync(path.join(cache, 'timex.inputs.json'), 'utf8')
		);
		expect(inputs).toContain('scripts/timex.ts');
		expect(inputs.some((file) => file.startsWith('src/lib/'))).toBe(true);
		const built = fs.statSync(bundle).mtimeMs;
		expect(run(cache, 'timex', '--in', input, '--out', output).status).toBe(0);
		expect(fs.statSync(bundle).mtimeMs, 'kept while nothing changed').toBe(built);

		// A bundle older than its sources (as after an edit) is made again before it runs.
		fs.utimesSync(bundle, new Date(0), new Date(0));
		expect(run(cache, 'timex', '--in', input, '--out', output).status).toBe(0);
		expect(fs.statSync(bundle).mtimeMs).toBeGreaterThan(built - 1);
		expect(fs.readdirSync(cache).filter((file) => file.endsWith('.tmp'))).toEqual([]);
	});

	it('bundles the ES-module packages in, leaves CommonJS ones outside, keeps \\p{…} literals', () => {
		const cache = cacheDir();
		const dir = scratchDir();
		const input = path.join(dir, 'docs.jsonl');
		fs.writeFileSync(input, JSON.stringify({ id: 'x', dct: '2024-01-08', text: 'Friday.' }) + '\n');
		expect(run(cache, 'timex', '--in', input, '--out', path.join(dir, 'out.json')).status).toBe(0);
		const bundle = fs.readFileSync(path.join(cache, 'timex.mjs'), 'utf8');
		const imported = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
		// Node loads these from node_modules at every start, each file on its own when ESM.
		expect(imported).not.toContain('chrono-node');
		expect(imported).not.toContain('compromise');
		expect(imported).toContain('wink-nlp');
		// esbuild would otherwise write `/\p{Lu}/u` as a RegExp constructed at every call.
		expect(bundle).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
	});

	it('passes on the command exit code and its errors', () => {
		const result = run(cacheDir(), 'timex', '--in', 'no-such-file.jsonl', '--out', 'x.json');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^timex: cannot read no-such-file\.jsonl: no such file/);
	});

	it('refuses a command that does not exist, or a name that is not one', () => {
		const missing = run(cacheDir(), 'nothing-here');
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(
			/no command nothing-here \(scripts\/nothing-here\.ts does not exist\)/
		);
		const path = run(cacheDir(), '../package');
		expect(path.status).toBe(2);
		expect(path.stderr).toMatch(/^usage: node scripts\/run\.mjs <command>/);
	});
});
