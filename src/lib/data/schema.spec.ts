import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';
import { DatasetError, datasetJsonSchema, datasetProblems, validateDataset } from './schema';

const fixtures = 'tests/fixtures/datasets';
const read = (name: string) => readFileSync(`${fixtures}/${name}`, 'utf8');
const refusal = (name: string) => {
	const loaded = parseDataset(read(name), `${fixtures}/${name}`);
	if (loaded.ok) throw new Error(`${name} was accepted`);
	return loaded.error;
};

describe('validateDataset', () => {
	it('accepts a dataset that meets the contract and returns it unchanged', () => {
		const value = JSON.parse(read('valid.json'));
		expect(validateDataset(value, 'valid.json')).toBe(value);
	});

	it('accepts every dataset the site publishes in data/timelines', () => {
		const files = readdirSync('data/timelines').filter((f) => f.endsWith('.json'));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const loaded = parseDataset(readFileSync(`data/timelines/${file}`, 'utf8'), file);
			expect(loaded.ok ? '' : loaded.error).toBe('');
		}
	});

	it('refuses a quote naming an unknown source, listing the known ones', () => {
		expect(refusal('bad-unknown-source.json')).toBe(
			`${fixtures}/bad-unknown-source.json: $.events[0].quotes[0].source: expected one of the source ids (gazette), found "herald"`
		);
	});

	it('refuses a quote whose text differs from its slice of the source, showing both', () => {
		const error = refusal('bad-quote-mismatch.json');
		expect(error).toContain(
			'bad-quote-mismatch.json: $.events[1].quotes[0].text: expected the source text at'
		);
		expect(error).toContain('"The bridge opened on Feb. 1, 2021, a"');
		expect(error).toContain('found "The bridge closed on Feb. 1, 2021"');
	});

	it('refuses a quote that runs past the end of its source', () => {
		expect(refusal('bad-quote-out-of-range.json')).toMatch(
			/\$\.events\[1\]\.quotes\[0\]\.end: expected an offset within the source text \(at most \d+\), found 4000/
		);
	});

	it('refuses an event whose start is after its end', () => {
		expect(refusal('bad-start-after-end.json')).toContain(
			'$.events[0].start: expected a day on or before end (2019-12-31), found "2020-01-01"'
		);
	});

	it('refuses an EDTF date that disagrees with start and end, saying what it covers', () => {
		expect(refusal('bad-date-disagrees.json')).toContain(
			'$.events[1].date: expected a date covering 2021-02-01 to 2021-02-01 (start/end), found "2021-03-01", which covers 2021-03-01 to 2021-03-01'
		);
	});

	it('refuses duplicate event ids at the second use', () => {
		expect(refusal('bad-duplicate-ids.json')).toContain(
			'$.events[1].id: expected an event id used once, found "work-begins" (already used)'
		);
	});

	it('refuses a version other than 1', () => {
		expect(refusal('bad-version.json')).toBe(
			`${fixtures}/bad-version.json: $.version: expected one of 1, found 2`
		);
	});

	it('refuses a link that is not http(s)', () => {
		expect(refusal('bad-url-scheme.json')).toContain(
			'$.sources[0].url: expected an absolute http(s) URL, found "javascript:alert(1)"'
		);
	});

	it('refuses text that is not JSON, naming the file', () => {
		expect(refusal('bad-syntax.json')).toMatch(
			/^tests\/fixtures\/datasets\/bad-syntax\.json: not valid JSON: /
		);
	});

	it('names missing fields and wrong types by their JSON path', () => {
		expect(() =>
			validateDataset({ version: 1, id: 'x', title: 't', sources: [{}], events: 'none' }, 'f.json')
		).toThrow(DatasetError);
		const message = (() => {
			try {
				validateDataset(
					{ version: 1, id: 'Not A Slug', title: 't', sources: [], events: {} },
					'f.json'
				);
				return 'accepted';
			} catch (error) {
				return (error as DatasetError).message;
			}
		})();
		expect(message).toContain('f.json: $.id: expected a URL-safe slug');
		expect(message).toContain(
			'f.json: $.sources: expected at least one source, found an array of 0'
		);
		expect(message).toContain('f.json: $.events: expected an array, found an object');
	});

	it('refuses an id published under another file name', () => {
		const loaded = parseDataset(read('valid.json'), 'data/timelines/other.json', 'other');
		expect(loaded.ok).toBe(false);
		expect(!loaded.ok && loaded.error).toBe(
			'data/timelines/other.json: $.id: expected "other" (the file\'s name), found "bridge"'
		);
	});
});

describe('datasetProblems', () => {
	const valid = () => JSON.parse(read('valid.json'));

	it('lists structural and semantic problems in one refusal, so fixing one does not reveal the next', () => {
		const value = valid();
		value.events[0].precision = 'fortnight';
		value.events[1].quotes[0].text = 'words the source does not have';
		expect(datasetProblems(value).map((p) => p.path)).toEqual([
			'$.events[0].precision',
			'$.events[1].quotes[0].text'
		]);
	});

	it('still checks the events beside an event that is not even an object', () => {
		const value = valid();
		value.events.unshift('not an event');
		value.events[2].date = '2021-03-01';
		expect(datasetProblems(value).map((p) => p.path)).toEqual(['$.events[0]', '$.events[2].date']);
	});

	it('leaves out the rules of a part whose own structure is broken, rather than guess', () => {
		const value = valid();
		// A broken source: the quotes naming it are neither "unknown source" nor misquotes.
		value.sources[0].published = 'yesterday';
		value.events[0].quotes[0].text = 'not what the source says';
		expect(datasetProblems(value).map((p) => p.path)).toEqual(['$.sources[0].published']);
	});

	it('accepts exactly what it accepted before: nothing is found in a valid dataset', () => {
		expect(datasetProblems(valid())).toEqual([]);
	});

	it('caps a long refusal at 20 lines, and says how many more there are', () => {
		const value = valid();
		value.events = Array.from({ length: 32 }, (_, i) => ({
			...value.events[0],
			id: `e-${i}`,
			precision: 'x'
		}));
		const lines = (() => {
			try {
				validateDataset(value, 'many.json');
				return [];
			} catch (error) {
				return (error as DatasetError).message.split('\n');
			}
		})();
		expect(lines).toHaveLength(21);
		expect(lines[20]).toBe('many.json: … and 12 more problems');
	});
});

describe('datasetJsonSchema', () => {
	it('publishes the same field names the validator requires', () => {
		const schema = datasetJsonSchema() as {
			required: string[];
			properties: Record<string, { items?: { required?: string[] } }>;
		};
		expect(schema.required).toEqual(['version', 'id', 'title', 'sources', 'events']);
		expect(schema.properties.events.items?.required).toEqual([
			'id',
			'title',
			'date',
			'start',
			'end',
			'precision',
			'quotes'
		]);
		expect(schema.properties.sources.items?.required).toEqual([
			'id',
			'title',
			'publisher',
			'author',
			'published',
			'text'
		]);
	});
});
