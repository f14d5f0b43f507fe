/**
 * The import graph of `src/lib`: which module imports which, read from the import lines of every
 * `.ts` file and every `.svelte` file's scripts. Type-only imports count: a loop through types is
 * still a loop for a reader of the code, and the next value import would make it a real one.
 *
 * Used by `importGraph.spec.ts` to keep the layers apart: no module reaches itself through its
 * imports, and the dataset contract (`src/lib/data/`) imports nothing above it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Module (path relative to the project, with `/` separators) → the modules it imports. */
export type ImportGraph = Map<string, string[]>;

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, over several lines.
const SPECIFIER =
	/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '.svelte', '/index.ts'];

/**
 * The graph of every module under `root` (`src/lib` by default), edges only to modules of the
 * project (packages and `$app/*` are left out).
 *
 * @example
 * importGraph().get('src/lib/data/schema.ts'); // ['src/lib/data/edtfBounds.ts', …]
 */
export function importGraph(root = 'src/lib', project = process.cwd()): ImportGraph {
	const graph: ImportGraph = new Map();
	for (const file of walk(path.join(project, root))) {
		const from = relative(project, file);
		const imports = new Set<string>();
		for (const specifier of specifiers(fs.readFileSync(file, 'utf8'))) {
			const target = resolve(project, file, specifier);
			if (target) imports.add(relative(project, target));
		}
		graph.set(from, [...imports].sort());
	}
	return graph;
}

/** The module specifiers of a file's import and export lines (a Svelte file's scripts only). */
export function specifiers(source: string): string[] {
	const scripts = /<script\b/.test(source)
		? [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: source;
	// Comments may show imports as examples; they are not edges.
	const code = scripts.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
	return [...code.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2]);
}

/**
 * Every cycle of the graph, each once, as the list of modules around it (the first repeated at
 * the end), found by Tarjan's strongly connected components.
 */
export function cycles(graph: ImportGraph): string[][] {
	const found: string[][] = [];
	for (const component of stronglyConnected(graph)) {
		const members = new Set(component);
		const selfLoop = component.length === 1 && graph.get(component[0])?.includes(component[0]);
		if (component.length < 2 && !selfLoop) continue;
		// One loop through the component, to name in a message: follow edges inside it.
		const start = [...members].sort()[0];
		const loop = [start];
		const seen = new Set([start]);
		let at = start;
		for (;;) {
			const next = (graph.get(at) ?? []).filter((n) => members.has(n));
			const step = next.find((n) => n === start) ?? next.find((n) => !seen.has(n)) ?? next[0];
			loop.push(step);
			if (step === start || seen.has(step)) break;
			seen.add(step);
			at = step;
		}
		found.push(loop);
	}
	return found;
}

/** Edges from modules under `lower` to modules under any of `upper`: a layer reaching above itself. */
export function upwardEdges(graph: ImportGraph, lower: string, upper: string[]): string[] {
	const edges: string[] = [];
	for (const [from, targets] of graph) {
		if (!from.startsWith(lower)) continue;
		for (const to of targets)
			if (upper.some((layer) => to.startsWith(layer))) edges.push(`${from} → ${to}`);
	}
	return edges;
}

function stronglyConnected(graph: ImportGraph): string[][] {
	let counter = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	// Iterative, so that a deep graph cannot overflow the call stack.
	for (const root of graph.keys()) {
		if (index.has(root)) continue;
		const work: [string, number][] = [[root, 0]];
		while (work.length) {
			const frame = work[work.length - 1];
			const [node, next] = frame;
			if (next === 0) {
				index.set(node, counter);
				low.set(node, counter);
				counter++;
				stack.push(node);
				onStack.add(node);
			}
			const targets = graph.get(node) ?? [];
			if (next < targets.length) {
				frame[1]++;
				const target = targets[next];
				if (!index.has(target)) work.push([target, 0]);
				else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
				continue;
			}
			work.pop();
			if (work.length) {
				const parent = work[work.length - 1][0];
				low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
			}
			if (low.get(node) === index.get(node)) {
				const component: string[] = [];
				let member: string;
				do {
					member = stack.pop()!;
					onStack.delete(member);
					component.push(member);
				} while (member !== node);
				components.push(component);
			}
		}
	}
	return components;
}

function resolve(project: string, file: string, specifier: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = path.join(project, 'src/lib', specifier.slice(5));
	else if (specifier.startsWith('.')) base = path.join(path.dirname(file), specifier);
	else return null;
	for (const extension of EXTENSIONS) {
		const candidate = base + extension;
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	return null;
}

function* walk(dir: string): Generator<string> {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else if (/\.(?:ts|svelte)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) yield full;
	}
}

function relative(project: string, file: string): string {
	return path.relative(project, file).split(path.sep).join('/');
}
