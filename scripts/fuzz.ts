/**
 * npm run fuzz [-- --cases 100000 --shapes 80 --size 100000 --seed 1 --only validator|extractor]
 *
 * The dataset validator and the extractor on generated input, for a fixed number of cases:
 *
 * - validator: valid datasets (`datasetArbitrary`) each changed by one known mutation
 *   (`mutations.ts`) that keeps it valid or breaks the contract, an oracle independent of the
 *   validator's own logic. Counts crashes, invalid datasets accepted and valid ones refused.
 * - extractor: text of hostile shapes (`hostileText.ts`: every named shape, then random ones)
 *   repeated to `--size` characters, extracted to full datasets. Counts crashes and datasets that
 *   break the contract, and prints the slowest CPU time per 100 KB, per shape.
 *
 * Exits 1 when a target is missed: a crash, an invalid dataset accepted, a valid one refused, an
 * extraction breaking the contract, or a shape slower than 1 s per 100 KB.
 */
import fc from 'fast-check';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetArbitrary } from '../src/lib/data/arbitraries';
import { MUTATIONS } from '../src/lib/data/mutations/index';
import { datasetProblems, type Dataset } from '../src/lib/data/schema';
import {
	repeatTo,
	shapeArbitrary,
	SHAPES,
	WARM_UP,
	type Shape
} from '../src/lib/extract/hostileText';
import { extractDataset } from '../src/lib/extract/index';

/** What the validator did with the mutated datasets. */
export interface ValidatorReport {
	cases: number;
	crashes: number;
	invalidAccepted: number;
	validRefused: number;
	/** Cases per mutation, to show every mutation was tried. */
	byMutation: Map<string, number>;
	/** The first few failures, to reproduce. */
	failures: string[];
}

/**
 * Runs `cases` mutated datasets through the validator (`datasetProblems`, or another to test the
 * oracle with), from `seed`.
 *
 * @example
 * fuzzValidator(1000, 1).invalidAccepted; // 0
 */
export function fuzzValidator(
	cases: number,
	seed: number,
	validate: (value: unknown) => unknown[] = datasetProblems
): ValidatorReport {
	const report: ValidatorReport = {
		cases: 0,
		crashes: 0,
		invalidAccepted: 0,
		validRefused: 0,
		byMutation: new Map(),
		failures: []
	};
	const input = fc.tuple(datasetArbitrary, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }));
	for (let batch = 0; report.cases < cases; batch++) {
		const samples = fc.sample(input, { numRuns: 500, seed: seed * 1_000_003 + batch });
		for (const [valid, [which, ...r]] of samples) {
			if (report.cases >= cases) break;
			const mutation = MUTATIONS[which % MUTATIONS.length];
			const dataset = structuredClone(valid);
			if (!mutation.apply(dataset, r)) continue;
			report.cases++;
			report.byMutation.set(mutation.name, (report.byMutation.get(mutation.name) ?? 0) + 1);
			const fail = (what: string, detail: string) => {
				if (report.failures.length < 5)
					report.failures.push(`${what} (${mutation.name}): ${detail} ${short(dataset)}`);
			};
			let problems: unknown[];
			try {
				problems = validate(dataset);
			} catch (error) {
				report.crashes++;
				fail('crash', String(error));
				continue;
			}
			if (mutation.verdict === 'invalid' && problems.length === 0) {
				report.invalidAccepted++;
				fail('invalid accepted', '');
			} else if (mutation.verdict === 'valid' && problems.length > 0) {
				report.validRefused++;
				fail('valid refused', JSON.stringify(problems.slice(0, 2)));
			}
		}
	}
	return report;
}

/** What the extractor did with text of each shape. */
export interface ExtractorReport {
	shapes: number;
	crashes: number;
	/** Extractions whose dataset breaks the contract (a quote off its source, a bad date). */
	invalidOutput: number;
	/** Every shape with its CPU time per 100 KB, slowest first. */
	timings: { shape: Shape; msPer100KB: number }[];
	failures: string[];
}

/**
 * Extracts `size` characters of every named shape and of random ones, `shapes` in all.
 *
 * @example
 * fuzzExtractor(50, 100_000, 1).timings[0]; // the slowest shape and its ms per 100 KB
 */
export function fuzzExtractor(shapes: number, size: number, seed: number): ExtractorReport {
	const named = Object.entries(SHAPES).map(([name, unit]) => ({ name, unit }));
	// Twice as many as needed: some random shapes are named ones, tried once only.
	const random = fc.sample(shapeArbitrary, { numRuns: 2 * Math.max(1, shapes), seed });
	const report: ExtractorReport = {
		shapes: 0,
		crashes: 0,
		invalidOutput: 0,
		timings: [],
		failures: []
	};
	// Compiled code and loaded lexicons first (every shape once, briefly), so that no shape is
	// charged for them.
	extractDataset({ text: WARM_UP }, { published: '2024-01-08' });
	const units = new Set(named.map((shape) => shape.unit));
	const fresh = random.filter((shape) => !units.has(shape.unit));
	for (const shape of [...named, ...fresh].slice(0, shapes)) {
		report.shapes++;
		const text = repeatTo(shape.unit, size);
		const started = process.cpuUsage();
		let dataset: Dataset;
		try {
			dataset = extractDataset({ text, title: 'Fuzz' }, { published: '2024-01-08' });
		} catch (error) {
			report.crashes++;
			report.failures.push(`crash on ${shape.name}: ${String(error)}`);
			continue;
		}
		const used = process.cpuUsage(started);
		const ms = (used.user + used.system) / 1000;
		report.timings.push({ shape, msPer100KB: (ms * 100_000) / size });
		const problems = datasetProblems(dataset);
		if (problems.length) {
			report.invalidOutput++;
			report.failures.push(`invalid dataset from ${shape.name}: ${JSON.stringify(problems[0])}`);
		}
	}
	report.timings.sort((a, b) => b.msPer100KB - a.msPer100KB);
	return report;
}

function short(dataset: unknown): string {
	const text = JSON.stringify(dataset);
	return text.length > 300 ? text.slice(0, 297) + '…' : text;
}

const thousands = (n: number) => n.toLocaleString('en-US');

interface Options {
	cases: number;
	shapes: number;
	size: number;
	seed: number;
	only?: 'validator' | 'extractor';
}

const USAGE =
	'usage: npm run fuzz [-- --cases 100000 --shapes 80 --size 100000 --seed 1 --only validator|extractor]';

/** Reads the command line; throws with the usage on anything else. */
export function parseOptions(argv: string[]): Options {
	const options: Options = { cases: 100_000, shapes: 80, size: 100_000, seed: 1 };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = argv[++i];
		if (flag === '--only' && (value === 'validator' || value === 'extractor')) {
			options.only = value;
			continue;
		}
		const number = Number(value);
		const key = { '--cases': 'cases', '--shapes': 'shapes', '--size': 'size', '--seed': 'seed' }[
			flag
		] as 'cases' | 'shapes' | 'size' | 'seed' | undefined;
		if (!Object.hasOwn({ '--cases': 1, '--shapes': 1, '--size': 1, '--seed': 1 }, flag) || !key)
			throw new Error(`fuzz: unexpected argument ${flag}\n${USAGE}`);
		if (!Number.isInteger(number) || number < (key === 'seed' ? 0 : 1))
			throw new Error(`fuzz: ${flag} needs a whole number, found ${value}\n${USAGE}`);
		options[key] = number;
	}
	return options;
}

function main(argv: string[]): number {
	let options: Options;
	try {
		options = parseOptions(argv);
	} catch (error) {
		console.error((error as Error).message);
		return 2;
	}
	let missed = false;
	if (options.only !== 'extractor') {
		const started = Date.now();
		const v = fuzzValidator(options.cases, options.seed);
		const seconds = ((Date.now() - started) / 1000).toFixed(0);
		console.log(
			`validator: ${thousands(v.cases)} cases (seed ${options.seed}, ${v.byMutation.size} mutations, ${seconds} s): ` +
				`${v.crashes} crashes, ${v.invalidAccepted} invalid accepted, ${v.validRefused} valid refused`
		);
		const valid = MUTATIONS.filter((m) => m.verdict === 'valid').map((m) => m.name);
		const count = (names: string[]) =>
			names.reduce((sum, name) => sum + (v.byMutation.get(name) ?? 0), 0);
		console.log(
			`  ${thousands(count(valid))} kept valid, ${thousands(v.cases - count(valid))} made invalid`
		);
		for (const failure of v.failures) console.log(`  ${failure}`);
		missed ||= v.crashes + v.invalidAccepted + v.validRefused > 0;
	}
	if (options.only !== 'validator') {
		const started = Date.now();
		const e = fuzzExtractor(options.shapes, options.size, options.seed);
		const seconds = ((Date.now() - started) / 1000).toFixed(0);
		const slowest = e.timings[0];
		console.log(
			`extractor: ${e.shapes} shapes of ${thousands(options.size)} characters (seed ${options.seed}, ${seconds} s): ` +
				`${e.crashes} crashes, ${e.invalidOutput} datasets breaking the contract, ` +
				`slowest ${(slowest ? slowest.msPer100KB / 1000 : 0).toFixed(2)} s per 100 KB of CPU`
		);
		for (const { shape, msPer100KB } of e.timings.slice(0, 10))
			console.log(
				`  ${(msPer100KB / 1000).toFixed(2)} s  ${JSON.stringify(shape.unit).slice(0, 60)}${shape.name.startsWith('"') ? '' : ` (${shape.name})`}`
			);
		for (const failure of e.failures.slice(0, 5)) console.log(`  ${failure}`);
		missed ||= e.crashes + e.invalidOutput > 0 || (slowest?.msPer100KB ?? 0) > 1000;
	}
	if (missed) console.log('fuzz: a target was missed (see above)');
	return missed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
