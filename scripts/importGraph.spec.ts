import { scratchDir } from './testing/scratchDir';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, specifiers, upwardEdges } from './importGraph';

// The layers above the dataset contract, which the contract must never import.
const ABOVE_DATA = [
	'src/lib/extract/',
	'src/lib/editor/',
	'src/lib/timeline/',
	'src/lib/embed/',
	'src/lib/server/',
	'src/routes/'
];

describe('the import graph of the app', () => {
	const graph = importGraph('src');

	it('reads the modules of src/lib and src/routes, with their edges', () => {
		expect(graph.size).toBeGreaterThan(100);
		expect(graph.get('src/lib/extract/pipeline.ts')).toContain(
			'src/lib/extract/extractors/chronoExtractor.ts'
		);
		expect(graph.get('src/routes/new/ReviewStage.html.svelte')).toContain('src/lib/data/schema.ts');
	});

	it('has no loop: no module reaches itself through its imports', () => {
		expect(cycles(graph).map((loop) => loop.join(' → '))).toEqual([]);
	});

	it('has no arrow from the dataset contract (src/lib/data) up to the layers built on it', () => {
		expect(upwardEdges(graph, 'src/lib/data/', ABOVE_DATA)).toEqual([]);
	});

	it('has no arrow from the extractor up to the editor, the timeline or the pages', () => {
		expect(upwardEdges(graph, 'src/lib/extract/', ABOVE_DATA.slice(1))).toEqual([]);
	});
});

describe('importGraph', () => {
	it('finds a loop through a type-only import, and names its modules in order', () => {
		const dir = scratchDir('graph-');
		fs.mkdirSync(path.join(dir, 'src/lib/data'), { recursive: true });
		const write = (name: string, text: string) =>
			fs.writeFileSync(path.join(dir, 'src/lib/data', name), text);
		write('a.ts', "import { b } from './b';\nexport const a = b;\n");
		write('b.ts', "import type { C } from './c';\nexport const b: C = 1;\n");
		write('c.ts', "export type C = number;\nimport { a } from '$lib/data/a';\nvoid a;\n");
		write('d.ts', "// import { a } from './a';\nexport const d = 1;\n");
		const found = cycles(importGraph('src/lib', dir));
		expect(found).toEqual([
			['src/lib/data/a.ts', 'src/lib/data/b.ts', 'src/lib/data/c.ts', 'src/lib/data/a.ts']
		]);
	});

	it('reads import and export lines, multi-line and dynamic, and the scripts of a Svelte file', () => {
		const svelte = `<script lang="ts">
	import {
		one,
		two
	} from '$lib/x';
	import type { T } from './t';
	const lazy = import('./lazy');
</script>
<p>import nothing from 'markup';</p>`;
		expect(specifiers(svelte)).toEqual(['$lib/x', './t', './lazy']);
		expect(
			specifiers("export * from './all';\nexport { a } from './a';\nimport './side';")
		).toEqual(['./all', './a', './side']);
	});
});
