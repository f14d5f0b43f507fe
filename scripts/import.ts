/**
 * npm run -s import -- <file> [--id <slug>] [--out <file>]
 *
 * Reads a timeline made elsewhere: TimelineJS's Google Sheets template downloaded as CSV, a
 * TimelineJS JSON file, or a Dateline dataset as JSON or CSV. Writes the dataset JSON to --out
 * or standard output; what the import showed differently or could not keep goes to standard
 * error, one notice a line. Thin over `src/lib/data/importers.ts`, as the /new/ page is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMain, run, UsageError, writeOut } from './cli';
import { ImportError } from '../src/lib/data/importError';
import { readImport } from '../src/lib/data/importers';
import { validateDataset, type Dataset } from '../src/lib/data/schema';
import { datasetJson } from '../src/lib/extract/serialize';

const USAGE = 'usage: npm run -s import -- <file (.csv or .json)> [--id <slug>] [--out <file>]';

/** The dataset a timeline file holds, and the import's notices. */
export function importFile(file: string, id?: string): { dataset: Dataset; notices: string[] } {
	if (!fs.existsSync(file)) throw new ImportError(file, ['no such file']);
	if (fs.statSync(file).isDirectory()) throw new ImportError(file, ['it is a directory']);
	const result = readImport(path.basename(file), fs.readFileSync(file));
	if (result.kind !== 'dataset')
		throw new ImportError(file, [
			'this is an article, not a timeline: extract it with npm run -s extract -- <article>'
		]);
	const dataset = id === undefined ? result.dataset : { ...result.dataset, id };
	return { dataset: validateDataset(dataset, file), notices: result.notices };
}

function parseArgs(argv: string[]): { file: string; id?: string; out?: string } {
	let file: string | undefined;
	const options: { id?: string; out?: string } = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--id' || arg === '--out') {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--'))
				throw new UsageError(`${arg} needs a value`);
			options[arg.slice(2) as 'id' | 'out'] = value;
		} else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`unexpected argument ${arg}`);
	}
	if (!file) throw new UsageError('missing the file to import');
	return { file, ...options };
}

function main(argv: string[]): number {
	return run('import', USAGE, () => {
		const { file, id, out } = parseArgs(argv);
		const { dataset, notices } = importFile(file, id);
		for (const notice of notices) console.error(`import: ${notice}`);
		writeOut(datasetJson(dataset), out);
	});
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
