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
 * Packages stay outside the bundle (Node loads them from node_modules as usual), except the few
 * published as ES modules of many files (`INLINED`), which are bundled in; `$lib` is `src/lib`,
 * as in the app. The bundle is rebuilt when any file it was made from (or this runner) is newer
 * than it, or gone; it is written under another name and renamed, so commands started together
 * never read half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Elsewhere with DATELINE_CLI_CACHE (the runner's own spec).
const cache =
	process.env.DATELINE_CLI_CACHE ?? path.join(root, 'node_modules', '.cache', 'dateline-cli');

/**
 * Packages bundled into the command. Node's ES module loader resolves, reads and compiles each
 * file of a package on its own: compromise's some 400 modules and chrono's 60 cost about 0.3 s
 * of CPU at every start (of 1 s for a one-article story), for code that bundled is one file.
 * The packages they import come with them. CommonJS packages stay outside: `require` loads them
 * cheaply, and some read files that lie beside them (wink's language model).
 */
const INLINED = new Set(['compromise', 'chrono-node', 'edtf', 'zod']);

/** The package a bare import names: `chrono-node` for `chrono-node/dist/esm/index.js`. */
function packageOf(specifier) {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** An esbuild plugin that leaves every package outside the bundle but those of `INLINED`. */
const externalPackages = {
	name: 'external-packages',
	setup(build) {
		build.onResolve({ filter: /^[^./]/ }, (args) => {
			if (args.path.startsWith('$lib') || args.path.startsWith('node:')) return undefined;
			const inside = args.importer.includes(`${path.sep}node_modules${path.sep}`);
			return inside || INLINED.has(packageOf(args.path))
				? undefined
				: { path: args.path, external: true };
		});
	}
};

/** Whether the bundle exists and is newer than every file esbuild made it from, and this one. */
function fresh(bundle, inputs) {
	if (!fs.existsSync(bundle) || !fs.existsSync(inputs)) return false;
	const built = fs.statSync(bundle).mtimeMs;
	// This file too: how a bundle is made (what it takes in) changes its code as a source does.
	const files = [...JSON.parse(fs.readFileSync(inputs, 'utf8')), 'scripts/run.mjs'];
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
		plugins: [externalPackages],
		// Node 20 reads `\p{…}` in regular expressions; esbuild's table for node20 does not say
		// so, and would rewrite each such literal as a `new RegExp(…)` made at every call.
		supported: { 'regexp-unicode-property-escapes': true },
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
// V8 optimises a function once it has run for a budget of bytecode (67,584 by default). A command
// reads its story once, through thousands of functions (ours, compromise's, chrono's, wink's) that
// each run briefly: the optimising compiler's threads took a third of the CPU time of a 1.7 MB
// story (1.2-1.4 of 3.9-4.6 s) compiling them. With fifteen times the budget only the truly hot
// ones are optimised: 3.0-3.3 s, the output the same (flags set before the bundle is loaded
// apply to its functions).
v8.setFlagsFromString('--interrupt-budget=1000000');
// The command checks that it is the program Node runs (process.argv[1]) before it starts.
process.argv.splice(1, 2, bundle);
await import(pathToFileURL(bundle).href);
