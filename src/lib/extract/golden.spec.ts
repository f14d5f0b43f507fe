import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJson, extractDataset, readArticle, sidecarName } from './index';

// Golden files, as Observable Plot keeps them: each article under tests/fixtures/extract/ has its
// expected dataset beside it (`<name>.json`). On a mismatch the actual output is written to
// `<name>.changed.json` for review; copy it over the golden file once it is right.
const FIXTURES = path.resolve('tests/fixtures/extract');
const articles = fs
	.readdirSync(FIXTURES)
	.filter((name) => /\.(?:txt|md)$/.test(name))
	.sort();

describe('golden datasets (tests/fixtures/extract)', () => {
	it('has several article shapes to compare', () => {
		expect(articles.length).toBeGreaterThanOrEqual(3);
	});

	it.each(articles.map((name) => [name]))('extracts %s exactly as its golden file', (name) => {
		const file = path.join(FIXTURES, name);
		const sidecar = sidecarName(file);
		const article = readArticle(
			name,
			fs.readFileSync(file, 'utf8'),
			fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : undefined
		);
		const actual = datasetJson(extractDataset(article));
		const golden = file.replace(/\.[^.]+$/, '.json');
		const changed = file.replace(/\.[^.]+$/, '.changed.json');
		const expected = fs.existsSync(golden) ? fs.readFileSync(golden, 'utf8') : null;
		if (actual === expected) {
			if (fs.existsSync(changed)) fs.unlinkSync(changed);
		} else {
			fs.writeFileSync(changed, actual);
		}
		expect(
			actual,
			`${path.relative('.', golden)} differs: see ${path.relative('.', changed)}`
		).toBe(expected);
	});
});
