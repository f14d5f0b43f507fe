import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportText } from '$lib/data/importers';
import { validateDataset } from '$lib/data/schema';
import { exportFile, type ExportKind } from './exportFile';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);
const KINDS: ExportKind[] = ['json', 'csv', 'timelinejs', 'sheets'];

describe('exportFile', () => {
	it.each(KINDS)('names the %s file after the dataset and ends it with a newline', (kind) => {
		const file = exportFile(seed, kind);
		expect(file.name.startsWith(`${seed.id}.`)).toBe(true);
		expect(file.type).toBe(kind === 'csv' || kind === 'sheets' ? 'text/csv' : 'application/json');
		expect(file.text.endsWith('\n')).toBe(true);
	});

	it('gives four different files, one per format', () => {
		const names = KINDS.map((kind) => exportFile(seed, kind).name);
		expect(new Set(names).size).toBe(4);
	});

	it.each(KINDS)(
		'reads back from %s through the importer with every event dated as before',
		(kind) => {
			const file = exportFile(seed, kind);
			const back = readImportText(file.name, file.text, seed.sources[0].published);
			expect(back.kind).toBe('dataset');
			if (back.kind !== 'dataset') return;
			const dated = (d: typeof seed) =>
				d.events.map((e) => `${e.start}/${e.end} ${e.title}`).sort();
			expect(dated(back.dataset)).toEqual(dated(seed));
		}
	);

	it('exports the dataset itself as JSON, byte for byte what the reader validates', () => {
		const file = exportFile(seed, 'json');
		expect(validateDataset(JSON.parse(file.text), file.name)).toEqual(seed);
	});
});
