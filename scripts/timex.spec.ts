import { scratchDir } from './testing/scratchDir';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagLines } from './timex';

describe('npm run timex', { timeout: 60_000 }, () => {
	it('writes one {id, timexes} line per {id, dct, text} line, with TIMEX3 values', () => {
		const input = [
			JSON.stringify({ id: 'a', dct: '2024-01-08', text: 'The office said Friday.' }),
			JSON.stringify({ id: 'b', dct: '1989-11-02', text: 'Profit rose in the third quarter.' })
		].join('\n');
		expect(
			tagLines(input)
				.trim()
				.split('\n')
				.map((line) => JSON.parse(line))
		).toEqual([
			{ id: 'a', timexes: [{ start: 16, end: 22, type: 'DATE', value: '2024-01-05' }] },
			{ id: 'b', timexes: [{ start: 15, end: 32, type: 'DATE', value: '1989-Q3' }] }
		]);
	});

	it('names the line of bad input', () => {
		expect(() => tagLines('{"id": "a"}\n', 'docs.jsonl')).toThrow(
			/docs\.jsonl:1: expected \{id, dct, text\}/
		);
	});

	it('runs from the command line with --in and --out', () => {
		const dir = scratchDir();
		const input = path.join(dir, 'docs.jsonl');
		const output = path.join(dir, 'system.jsonl');
		fs.writeFileSync(
			input,
			JSON.stringify({ id: 'x', dct: '2024-01-08', text: 'Last week.' }) + '\n'
		);
		const result = spawnSync(
			process.execPath,
			['scripts/run.mjs', 'timex', '--in', input, '--out', output],
			{ encoding: 'utf8', timeout: 60_000 }
		);
		expect(result.status).toBe(0);
		expect(JSON.parse(fs.readFileSync(output, 'utf8'))).toEqual({
			id: 'x',
			timexes: [{ start: 0, end: 9, type: 'DATE', value: '2024-W01' }]
		});
	});
});
