import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';
import { datasetJsonSchema } from './jsonSchema';
import { DatasetError, datasetProblems, validateDataset } from './schema';

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

	it('refuses a version other than 1 or 2', () => {
		expect(refusal('bad-version.json')).toBe(
			`${fixtures}/bad-version.json: $.version: expected one of 1, 2, found 3`
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

	it('names a quote whose source no source has, beside a broken source, in the same refusal', () => {
		const value = valid();
		value.sources[0].published = 'yesterday';
		value.events[1].quotes[0].source = 'herald';
		expect(datasetProblems(value)).toEqual([
			expect.objectContaining({ path: '$.sources[0].published' }),
			{
				path: '$.events[1].quotes[0].source',
				expected: `one of the source ids (${value.sources.map((s: { id: string }) => s.id).join(', ')})`,
				found: '"herald"'
			}
		]);
	});

	it('checks the sound quotes of an event whose other fields are broken', () => {
		const value = valid();
		value.events[1].precision = 'fortnight';
		value.events[1].quotes.push({ ...value.events[1].quotes[0], source: 'herald' });
		value.events[1].quotes.unshift({ source: 'gazette', start: 'one', end: 2, text: 'x' });
		expect(datasetProblems(value).map((p) => p.path)).toEqual([
			'$.events[1].precision',
			'$.events[1].quotes[0].start',
			`$.events[1].quotes[${value.events[1].quotes.length - 1}].source`
		]);
	});

	it('lists the problems in the order of the items, structural or not', () => {
		const value = valid();
		value.events[1].precision = 'fortnight';
		value.events[0].quotes[0].source = 'herald';
		expect(datasetProblems(value).map((p) => p.path)).toEqual([
			'$.events[0].quotes[0].source',
			'$.events[1].precision'
		]);
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

describe('importance in the contract', () => {
	const valid = () => JSON.parse(read('valid.json'));

	it('is optional: a hand-made dataset without it is valid, and one with it too', () => {
		const value = valid();
		expect(value.events.every((e: object) => !('importance' in e))).toBe(true);
		expect(datasetProblems(value)).toEqual([]);
		value.events[0].importance = 12.5;
		value.events[1].importance = 0;
		expect(datasetProblems(value)).toEqual([]);
	});

	it('refuses hostile values, naming the event', () => {
		for (const hostile of [
			'<img src=x onerror=alert(1)>',
			'12',
			-1,
			Number.NaN,
			Number.POSITIVE_INFINITY,
			null,
			{ valueOf: 3 },
			[7]
		]) {
			const value = valid();
			value.events[1].importance = hostile;
			expect(
				datasetProblems(value).map((p) => p.path),
				String(hostile)
			).toEqual(['$.events[1].importance']);
		}
	});

	it('is in the published JSON Schema as an optional number of at least 0', () => {
		const schema = datasetJsonSchema() as {
			properties: {
				events: { items: { required: string[]; properties: Record<string, object> } };
			};
		};
		const events = schema.properties.events.items;
		expect(events.properties.importance).toMatchObject({ type: 'number', minimum: 0 });
		expect(events.required).not.toContain('importance');
	});
});

describe('dates in the contract', () => {
	const valid = () => JSON.parse(read('valid.json'));
	const publishedProblems = (published: string) => {
		const value = valid();
		value.sources[0].published = published;
		return datasetProblems(value);
	};
	const dayProblems = (day: string) => {
		const value = valid();
		Object.assign(value.events[0], { date: day, start: day, end: day, precision: 'day' });
		return datasetProblems(value).map((p) => p.path);
	};

	it.each([
		['2024-13-45', 'the month 13 is not 1-12'],
		['2024-99-99T99:99', 'the month 99 is not 1-12'],
		['0000-00-00', 'the month 0 is not 1-12'],
		['-0000-01-01', 'the year -0000 is written 0000'],
		['2023-02-29', 'February 2023 has 28 days'],
		['2024-04-31', 'April 2024 has 30 days'],
		['2024-01-08T24:00', 'the hour 24 is not 00-23'],
		['2024-01-08T10:60', 'the minute 60 is not 00-59'],
		['2024-01-08T10:19:61Z', 'the second 61 is not 00-59'],
		['2024-01-08T10:19+99:99', 'the zone +99:99 has more than 59 minutes'],
		['2024-01-08T10:19+14:30', 'the zone +14:30 is beyond ±14:00'],
		['2024-01-08T10:19-15:00', 'the zone -15:00 is beyond ±14:00']
	])('refuses the publication date %s, saying why (%s)', (published, why) => {
		expect(publishedProblems(published)).toEqual([
			{
				path: '$.sources[0].published',
				expected: `a real date or date-time, e.g. 2024-01-08 or 2024-01-08T10:19 (${why})`,
				found: JSON.stringify(published)
			}
		]);
	});

	it.each([
		'2024',
		'2024-02',
		'2024-02-29',
		'2000-02-29T23:59:59.999Z',
		'2024-01-08T00:00+14:00',
		'2024-01-08T10:19-12:00',
		'0001-01-01',
		'0044-03-15T12:00',
		'9999-12-31'
	])('accepts the real publication date %s', (published) => {
		expect(publishedProblems(published)).toEqual([]);
	});

	it('refuses a publication date of the wrong shape once, with the shape expected', () => {
		expect(publishedProblems('2024-1-8').map((p) => p.expected)).toEqual([
			'an ISO 8601 date or date-time, e.g. 2024-01-08 or 2024-01-08T10:19'
		]);
	});

	it('accepts every real day of years 1 to 99, which Date.UTC would read as 1900-1999', () => {
		expect(dayProblems('0044-03-15')).toEqual([]);
		expect(dayProblems('0004-02-29')).toEqual([]);
		expect(dayProblems('0001-01-01')).toEqual([]);
	});

	it('refuses days off the calendar in every year, with the Gregorian leap rule', () => {
		// Year 100 is no leap year (a century), year 400 is; 1900 of Date.UTC(0, …) would hide it.
		expect(dayProblems('0100-02-29')).toContain('$.events[0].start');
		expect(dayProblems('0400-02-29')).toEqual([]);
		expect(dayProblems('0000-06-15')).toContain('$.events[0].start');
	});

	it('accepts any real day from year 1 to 9999 as an event day and a publication date', () => {
		const first = Date.UTC(2000, 0, 1) - 730_119 * 86_400_000; // 0001-01-01
		const last = Date.UTC(9999, 11, 31);
		fc.assert(
			fc.property(fc.integer({ min: first, max: last }), (ms) => {
				// The oracle: JavaScript's own calendar, read in UTC (a day of year 1-99 included).
				const date = new Date(ms);
				const two = (n: number) => String(n).padStart(2, '0');
				const day = `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
				expect(dayProblems(day)).toEqual([]);
				expect(
					publishedProblems(`${day}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}Z`)
				).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('quotes in the contract', () => {
	const withText = (text: string, quotes: { start: number; end: number }[]) => {
		const value = JSON.parse(read('valid.json'));
		value.sources[0].text = text;
		value.events[0].quotes = quotes.map(({ start, end }) => ({
			source: 'gazette',
			start,
			end,
			text: text.slice(start, end)
		}));
		value.events[1].quotes = [];
		return datasetProblems(value);
	};

	it('refuses a quote that starts or ends inside a surrogate pair, naming the offset', () => {
		const text = 'Cheers 🎉 all round'; // the emoji is two UTF-16 units, at 7 and 8
		expect(withText(text, [{ start: 8, end: 12 }]).map((p) => p.path)).toEqual([
			'$.events[0].quotes[0].start'
		]);
		expect(withText(text, [{ start: 0, end: 8 }])).toEqual([
			{
				path: '$.events[0].quotes[0].end',
				expected: 'an offset between characters, not inside the two halves of "🎉" (7-9)',
				found: '8'
			}
		]);
	});

	it('accepts a quote of whole astral characters, and one beside a lone surrogate', () => {
		expect(withText('Cheers 🎉 all round', [{ start: 7, end: 9 }])).toEqual([]);
		expect(withText('broken \ud800 text', [{ start: 0, end: 8 }])).toEqual([]);
	});

	it('refuses the same quote twice in one event, which the editor could not tell apart', () => {
		const problems = withText('The bridge opened.', [
			{ start: 4, end: 10 },
			{ start: 0, end: 18 },
			{ start: 4, end: 10 }
		]);
		expect(problems).toEqual([
			{
				path: '$.events[0].quotes[2]',
				expected: 'a quote listed once in its event',
				found: 'the same words as $.events[0].quotes[0] (gazette 4-10)'
			}
		]);
	});
});
