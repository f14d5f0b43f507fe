import { scratchDir } from './testing/scratchDir';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/lib/data/schema';
import { fromSheetsCsv } from '../src/lib/data/sheets';

// The commands as npm runs them (tsx), in a child process so exit codes and streams are real.
const run = (script: string, ...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
const SHEET = 'tests/fixtures/timelinejs/pompeii.sheet.csv';
const tmp = () => scratchDir();

describe('npm run import', { timeout: 60_000 }, () => {
	it('reads a TimelineJS sheet into a dataset with every field of version 2, saying what it showed differently', () => {
		const out = path.join(tmp(), 'pompeii.json');
		const result = run('import', SHEET, '--id', 'pompeii', '--out', out);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(
			/^import: 1 medium \(videos, maps, posts, pages\) is shown as a link/m
		);
		const written = validateDataset(JSON.parse(fs.readFileSync(out, 'utf8')), out);
		const expected = {
			...fromSheetsCsv(fs.readFileSync(SHEET, 'utf8'), 'x.csv').dataset,
			id: 'pompeii'
		};
		// Every field comes through the file, eras, media, groups and the HTML kept for the way back.
		expect(written).toEqual(JSON.parse(JSON.stringify(expected)));
		expect(written.version).toBe(2);
	});

	it('refuses a file with a problem, naming its row and column, and exits 1', () => {
		const file = path.join(tmp(), 'bad.csv');
		fs.writeFileSync(file, 'Year,Month,Headline\n2020,13,Vote\n');
		const result = run('import', file);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'bad.csv: row 2, column "Month": expected a whole number from 1 to 12, found "13"'
		);
	});

	it('refuses an article, pointing to extract, and an unknown option with the usage', () => {
		expect(run('import', 'data/articles/000_03c01ab374849cc1.txt').stderr).toContain(
			'this is an article, not a timeline'
		);
		const usage = run('import', SHEET, '--bogus');
		expect(usage.status).toBe(2);
		expect(usage.stderr).toMatch(/unknown option --bogus[\s\S]*usage:/);
	});
});

describe('npm run export', { timeout: 60_000 }, () => {
	it('writes a dataset as the TimelineJS sheet it came from', () => {
		const dir = tmp();
		const json = path.join(dir, 'pompeii.json');
		expect(run('import', SHEET, '--out', json).status).toBe(0);
		const result = run('export', json, '--to', 'sheets');
		expect(result.status).toBe(0);
		const back = fromSheetsCsv(result.stdout, 'back.csv');
		const first = JSON.parse(fs.readFileSync(json, 'utf8'));
		expect(back.dataset.events).toEqual(first.events);
		expect(back.dataset.eras).toEqual(first.eras);
	});

	it('refuses a format it does not know, and a dataset that breaks the contract', () => {
		const bad = run('export', 'data/timelines/iraq-coalition-exit.json', '--to', 'pdf');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('--to pdf: expected one of sheets, timelinejs, csv');
		const file = path.join(tmp(), 'broken.json');
		fs.writeFileSync(file, '{"version": 1}');
		const broken = run('export', file, '--to', 'csv');
		expect(broken.status).toBe(1);
		expect(broken.stderr).toContain('$.id: expected a string, found nothing');
	});
});
