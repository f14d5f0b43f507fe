/**
 * npm run -s export -- <dataset.json> --to sheets|timelinejs|csv [--out <file>]
 *
 * Writes a dataset in another tool's format: TimelineJS's Google Sheets template as CSV (import
 * it into a copy of the template), TimelineJS JSON, or Dateline's own CSV. A timeline that came
 * from TimelineJS goes back as it came. Thin over `src/lib/data/`.
 */
import fs from 'node:fs';
import { isMain, run, UsageError, writeOut } from './cli';
import { datasetToCsv } from '../src/lib/data/csv';
import { parseDataset } from '../src/lib/data/parseDataset';
import type { Dataset } from '../src/lib/data/schema';
import { toSheetsCsv } from '../src/lib/data/sheets';
import { toTimelineJs } from '../src/lib/data/timelinejs';

const USAGE =
	'usage: npm run -s export -- <dataset.json> --to sheets|timelinejs|csv [--out <file>]';

const FORMATS = {
	sheets: (dataset: Dataset) => toSheetsCsv(dataset) + '\n',
	timelinejs: (dataset: Dataset) => JSON.stringify(toTimelineJs(dataset), null, '\t') + '\n',
	csv: (dataset: Dataset) => datasetToCsv(dataset) + '\n'
};
type Format = keyof typeof FORMATS;

/** A dataset file in a format, or the reason it is refused (a dataset that breaks the contract). */
export function exportFile(file: string, format: Format): string {
	if (!fs.existsSync(file)) throw new Error(`cannot read ${file}: no such file`);
	const loaded = parseDataset(fs.readFileSync(file, 'utf8'), file);
	if (!loaded.ok) throw new Error(loaded.error);
	return FORMATS[format](loaded.dataset);
}

function parseArgs(argv: string[]): { file: string; format: Format; out?: string } {
	let file: string | undefined;
	let format: string | undefined;
	let out: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--to' || arg === '--out') {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--'))
				throw new UsageError(`${arg} needs a value`);
			if (arg === '--to') format = value;
			else out = value;
		} else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
		else if (file === undefined) file = arg;
		else throw new UsageError(`unexpected argument ${arg}`);
	}
	if (!file) throw new UsageError('missing the dataset file');
	if (!format) throw new UsageError('missing --to');
	if (!Object.hasOwn(FORMATS, format))
		throw new UsageError(`--to ${format}: expected one of ${Object.keys(FORMATS).join(', ')}`);
	return { file, format: format as Format, out };
}

function main(argv: string[]): number {
	return run('export', USAGE, () => {
		const { file, format, out } = parseArgs(argv);
		writeOut(exportFile(file, format), out);
	});
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
