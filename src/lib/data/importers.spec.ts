import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToCsv } from './csv';
import { jsonErrorOffset, readImport, readImportText } from './importers';
import { problemsOf } from './testing';

const seedText = readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readImport', () => {
	it('reads a dataset JSON file as a dataset, unchanged', () => {
		const result = readImport('iraq.json', utf8(seedText));
		expect(result).toEqual({
			kind: 'dataset',
			format: 'dataset',
			dataset: JSON.parse(seedText),
			notices: []
		});
	});

	it('reads our CSV as the same dataset', () => {
		const result = readImportText('iraq.csv', datasetToCsv(JSON.parse(seedText)));
		expect(result.kind === 'dataset' && result.format === 'csv' && result.dataset).toEqual(
			JSON.parse(seedText)
		);
	});

	it('recognises a TimelineJS file by its events and reads it with its notices', () => {
		const bytes = readFileSync('tests/fixtures/editor/berlin-wall.timelinejs.json');
		const result = readImport('berlin.json', bytes, '2026-11-27');
		expect(result.kind === 'dataset' && result.format).toBe('timelinejs');
		expect(result.kind === 'dataset' && result.notices.length).toBeGreaterThan(0);
	});

	it('recognises TimelineJS’s Google Sheets template by its header and reads it with its notices', () => {
		const bytes = readFileSync('tests/fixtures/timelinejs/pompeii.sheet.csv');
		const result = readImport('pompeii.csv', bytes, '2026-01-01');
		if (result.kind !== 'dataset') throw new Error('not a dataset');
		expect(result.format).toBe('sheets');
		expect(result.dataset.events).toHaveLength(8);
		expect(result.notices).toEqual(
			expect.arrayContaining([expect.stringMatching(/shown as a link/)])
		);
	});

	it('refuses a binary file, saying it is not text', () => {
		const png = readFileSync('tests/fixtures/editor/photo.png');
		expect(problemsOf(() => readImport('photo.png', png))[0]).toMatch(
			/^this is a binary file, not text/
		);
		expect(
			problemsOf(() => readImport('latin1.txt', Uint8Array.of(0x63, 0x61, 0x66, 0xe9)))[0]
		).toMatch(/binary file/);
	});

	it('refuses malformed JSON with the line and column where it breaks', () => {
		const problems = problemsOf(() =>
			readImportText('bad.json', '{\n  "version": 1,\n  "id": \n}')
		);
		expect(problems[0]).toBe(
			'not valid JSON: line 4, column 1: expected a JSON value (object, array, string, number, true, false or null), found "}"'
		);
	});

	it('refuses a dataset that breaks the contract by the JSON path of each problem', () => {
		const broken = JSON.parse(seedText);
		broken.events[1].precision = 'fortnight';
		const problems = problemsOf(() => readImportText('iraq.json', JSON.stringify(broken)));
		expect(problems).toEqual([
			expect.stringMatching(/^\$\.events\[1\]\.precision: expected one of "minute", "day"/)
		]);
	});

	it('refuses JSON that is neither a dataset nor a TimelineJS file', () => {
		expect(problemsOf(() => readImportText('x.json', '{"rows": []}'))[0]).toMatch(
			/^\$: expected a Dateline dataset .* or a TimelineJS file/
		);
	});

	it('refuses an empty file', () => {
		expect(problemsOf(() => readImportText('empty.txt', ' \n '))).toEqual(['the file is empty']);
	});

	it('takes a text file as an article, and an HTML file as HTML to reduce', () => {
		expect(readImportText('a.txt', 'Hello 2014')).toEqual({
			kind: 'article',
			article: { text: 'Hello 2014' },
			notices: []
		});
		expect(readImportText('page.html', '<p>x</p>')).toEqual({ kind: 'html', html: '<p>x</p>' });
		expect(readImportText('pasted', '<!DOCTYPE html><html><body>x</body></html>').kind).toBe(
			'html'
		);
	});

	it('reads a Markdown article front matter as its metadata and keeps the body exactly', () => {
		const md =
			'---\ntitle: Floods\npublisher: The Post\nauthor: A. Writer\npublished: 2024-01-08T10:19\n---\nRain fell\u00a0on Friday.\n';
		expect(readImportText('floods.md', md)).toEqual({
			kind: 'article',
			article: {
				text: 'Rain fell\u00a0on Friday.\n',
				title: 'Floods',
				publisher: 'The Post',
				author: 'A. Writer',
				published: '2024-01-08T10:19'
			},
			notices: []
		});
	});
});

describe('readImport refuses an article it could not give the page whole', () => {
	it('refuses front matter whose ISO date is off the calendar, saying why', () => {
		const md = '---\ntitle: Floods\npublished: 2024-13-45\n---\nRain fell on Friday.\n';
		expect(problemsOf(() => readImportText('floods.md', md))).toEqual([
			'the front matter\'s publication date: expected a real date such as 2024-01-08 or 2024-01-08T10:19, found "2024-13-45" (the month 13 is not 1-12)'
		]);
	});

	it('refuses a front matter link that is not http(s)', () => {
		const md = '---\nurl: javascript:alert(1)\n---\nRain fell on Friday.\n';
		expect(problemsOf(() => readImportText('floods.md', md))).toEqual([
			'the front matter\'s url: expected an absolute http(s) URL, found "javascript:alert(1)"'
		]);
	});

	it('leaves a date in words for the person to confirm, as one found in the text', () => {
		const md = '---\ndate: January 8, 2024\n---\nRain fell on Friday.\n';
		const result = readImportText('floods.md', md);
		expect(result.kind === 'article' && result.article.published).toBe('January 8, 2024');
	});

	it('reads no metadata a YAML mapping would only inherit', () => {
		const md = '---\nconstructor: x\n---\nRain fell on Friday.\n';
		expect(readImportText('floods.md', md)).toEqual({
			kind: 'article',
			article: { text: 'Rain fell on Friday.\n' },
			notices: []
		});
	});
});

describe('jsonErrorOffset', () => {
	it('finds where text stops being JSON, as JSON.parse would', () => {
		expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
		expect(jsonErrorOffset('{"a": tru}')).toBe(6);
		expect(jsonErrorOffset('[1] x')).toBe(4);
		expect(jsonErrorOffset('{"a": "b\\q"}')).toBe(9);
	});
});
