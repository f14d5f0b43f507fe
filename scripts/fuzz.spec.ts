import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MUTATIONS } from '../src/lib/data/mutations/index';
import { datasetProblems } from '../src/lib/data/schema';
import { fuzzExtractor, fuzzValidator, parseOptions } from './fuzz';

describe('npm run fuzz', { timeout: 120_000 }, () => {
	it('finds no crash, no invalid dataset accepted and no valid one refused in 3,000 cases', () => {
		const report = fuzzValidator(3000, 2);
		expect(report).toMatchObject({ cases: 3000, crashes: 0, invalidAccepted: 0, validRefused: 0 });
		expect(report.failures).toEqual([]);
		// Every mutation was tried, the valid-keeping and the breaking ones.
		expect([...report.byMutation.keys()].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
	});

	it('catches a validator that accepts everything, and one that refuses everything', () => {
		const lax = fuzzValidator(500, 3, () => []);
		expect(lax.invalidAccepted).toBeGreaterThan(250);
		expect(lax.validRefused).toBe(0);
		const strict = fuzzValidator(500, 3, () => [{ path: '$', expected: 'x', found: 'y' }]);
		expect(strict.validRefused).toBeGreaterThan(50);
		expect(strict.invalidAccepted).toBe(0);
		// And one that only checks the structure: the rules between fields are what it misses.
		const shallow = fuzzValidator(2000, 3, (value) =>
			datasetProblems(value).filter((p) => !/quotes\[\d+\]|\.date$|\.id$|\.start$/.test(p.path))
		);
		expect(shallow.invalidAccepted).toBeGreaterThan(0);
		expect(shallow.failures.join('\n')).toMatch(/invalid accepted \((quote|start|event id|date)/);
	});

	it('extracts every shape without a crash or a dataset that breaks the contract, timing each', () => {
		const report = fuzzExtractor(4, 5_000, 1);
		expect(report).toMatchObject({ shapes: 4, crashes: 0, invalidOutput: 0 });
		expect(report.timings).toHaveLength(4);
		expect(report.timings[0].msPer100KB).toBeGreaterThanOrEqual(report.timings[3].msPer100KB);
	});

	it('reads its options, and refuses what it does not know with the usage', () => {
		expect(parseOptions(['--cases', '500', '--only', 'validator'])).toMatchObject({
			cases: 500,
			shapes: 80,
			only: 'validator'
		});
		expect(() => parseOptions(['--cases', 'many'])).toThrow(/--cases needs a whole number/);
		expect(() => parseOptions(['--fast'])).toThrow(/unexpected argument --fast\nusage:/);
	});

	it('prints its figures, and exits 1 only for a target its figures show missed', () => {
		const result = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/fuzz.ts', '--cases', '300', '--shapes', '2'],
			{ encoding: 'utf8', timeout: 120_000 }
		);
		expect(result.stdout).toMatch(
			/^validator: 300 cases \(seed 1, \d+ mutations, \d+ s\): 0 crashes, 0 invalid accepted, 0 valid refused$/m
		);
		const extractor =
			/^extractor: 2 shapes of 100,000 characters .*0 crashes, 0 datasets breaking the contract, slowest (\d+\.\d\d) s per 100 KB of CPU$/m.exec(
				result.stdout
			);
		expect(extractor).not.toBeNull();
		// The time target (1 s of CPU per 100 KB) is the figure's to show: this spec runs beside
		// the others on a shared machine, where the same code measured 0.6 s alone and 1.3 s here.
		// linear.spec.ts times each shape on its own; the exit code must agree with the figure.
		// (Printed to two decimals: a figure shown as 1.00 may lie either side of the target.)
		const shown = Number(extractor![1]);
		const over = shown > 1 || (shown === 1 && result.status === 1);
		expect(result.status).toBe(over ? 1 : 0);
		expect(result.stdout.includes('fuzz: a target was missed')).toBe(over);
	});
});
