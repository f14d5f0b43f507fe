/**
 * npm run -s timex -- --in <docs.jsonl> --out <system.jsonl>
 *
 * Tags time expressions for measurement against annotated corpora: reads lines
 * `{id, dct, text}` and writes lines `{id, timexes: [{start, end, type, value}]}` with TIMEX3
 * types and values as TimeML writes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractTimexes } from '../src/lib/extract/index';

const USAGE = 'usage: npm run -s timex -- --in <docs.jsonl> --out <system.jsonl>';

/** One output line per input line, in order. */
export function tagLines(input: string, where = 'input'): string {
	const out: string[] = [];
	input.split('\n').forEach((line, i) => {
		if (!line.trim()) return;
		let doc: { id?: unknown; dct?: unknown; text?: unknown };
		try {
			doc = JSON.parse(line);
		} catch (error) {
			throw new Error(`${where}:${i + 1}: not JSON: ${(error as Error).message}`);
		}
		if (typeof doc.id !== 'string' || typeof doc.dct !== 'string' || typeof doc.text !== 'string')
			throw new Error(`${where}:${i + 1}: expected {id, dct, text} with string values`);
		const timexes = extractTimexes(doc.text, doc.dct).map(({ start, end, type, value }) => ({
			start,
			end,
			type,
			value
		}));
		out.push(JSON.stringify({ id: doc.id, timexes }));
	});
	return out.join('\n') + (out.length ? '\n' : '');
}

function main(argv: string[]): number {
	let input: string | undefined;
	let output: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--in') input = argv[++i];
		else if (argv[i] === '--out') output = argv[++i];
		else {
			console.error(`timex: unexpected argument ${argv[i]}\n${USAGE}`);
			return 2;
		}
	}
	if (!input || !output) {
		console.error(`timex: --in and --out are both required\n${USAGE}`);
		return 2;
	}
	try {
		if (!fs.existsSync(input)) throw new Error(`cannot read ${input}: no such file`);
		fs.writeFileSync(output, tagLines(fs.readFileSync(input, 'utf8'), input));
		return 0;
	} catch (error) {
		console.error(`timex: ${(error as Error).message}`);
		return 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
