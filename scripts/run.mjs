#!/usr/bin/env node
/**
 * node scripts/run.mjs <command> [args...]
 *
 * Runs `scripts/<command>.ts` from one JavaScript file that esbuild bundles from it and the
 * project's modules, kept in `node_modules/.cache/dateline-cli/` until one of them changes. For
 * the commands that run many times in a row (`extract`, once per story in the story evaluation;
 * `timex`): through tsx, each start resolved and loaded some 150 TypeScript modules through
 * Node's loader hooks, about a second of CPU before the first article was read.
 *
 * Packages stay outside the bundle (Node loads them from node_modules as usual); `$lib` is
 * `src/lib`, as in the app. The bundle is rebuilt when any file it was made from is newer than it,
 * or gone; it is written under another name and renamed, so commands started together never read
 * half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Elsewhere with DATELINE_CLI_CACHE (the runner's own spec).
const cache =
	process.env.DATELINE_CLI_CACHE ?? path.join(root, 'node_modules', '.cache', 'dateline-cli');

/** Whether the bundle exists and is newer than every file esbuild made it from. */
function fresh(bundle, inputs) {
	if (!fs.existsSync(bundle) || !fs.existsSync(inputs)) return false;
	const built = fs.statSync(bundle).mtimeMs;
	const files = JSON.parse(fs.readFileSync(inputs, 'utf8'));
	return files.every((file) => {
		const stat = fs.statSync(path.join(root, file), { throwIfNoEntry: false });
		return stat !== undefined && stat.mtimeMs <= built;
	});
}

/** Bundles `scripts/<command>.ts` to `bundle`, with the list of its inputs beside it. */
async function build(entry, bundle, inputs) {
	const { build } = await import('esbuild');
	const temporary = `${bundle}.${process.pid}.tmp`;
	const result = await build({
		entryPoints: [entry],
		outfile: temporary,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		alias: { $lib: path.join(root, 'src/lib') },
		absWorkingDir: root,
		metafile: true,
		logLevel: 'warning'
	});
	const files = Object.keys(result.metafile.inputs).filter((file) => !file.includes(':'));
	fs.writeFileSync(`${inputs}.${process.pid}.tmp`, JSON.stringify(files));
	fs.renameSync(`${inputs}.${process.pid}.tmp`, inputs);
	fs.renameSync(temporary, bundle);
}

const command = process.argv[2];
if (!command || !/^[a-z][a-z-]*$/.test(command)) {
	console.error('usage: node scripts/run.mjs <command> [args...] (runs scripts/<command>.ts)');
	process.exit(2);
}
const entry = path.join(root, 'scripts', `${command}.ts`);
if (!fs.existsSync(entry)) {
	console.error(`run: no command ${command} (scripts/${command}.ts does not exist)`);
	process.exit(2);
}
fs.mkdirSync(cache, { recursive: true });
const bundle = path.join(cache, `${command}.mjs`);
const inputs = path.join(cache, `${command}.inputs.json`);
if (!fresh(bundle, inputs)) await build(entry, bundle, inputs);
// The command checks that it is the program Node runs (process.argv[1]) before it starts.
process.argv.splice(1, 2, bundle);
await import(pathToFileURL(bundle).href);
