import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './jsonSchema';
import { datasetProblems, datasetVersion, validateDataset, type Dataset } from './schema';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);

/** The seed as a version 2 dataset, its first event given a v2 field. */
function withV2(change: (d: Dataset) => void): Dataset {
	const dataset = structuredClone(seed) as Dataset;
	dataset.version = 2;
	change(dataset);
	return dataset;
}

const paths = (value: unknown) => datasetProblems(value).map((p) => p.path);

describe('the contract, version 2', () => {
	it('holds media, groups, eras, times of day and years beyond 1-9999', () => {
		const dataset = withV2((d) => {
			d.events[0].media = {
				type: 'image',
				url: 'https://example.org/wall.jpg',
				alt: 'Crowds on the wall at the Brandenburg Gate',
				credit: 'AP Photo',
				caption: 'Nov. 10, 1989'
			};
			d.events[0].group = 'Politics';
			d.events[1].media = { type: 'link', url: 'https://www.youtube.com/watch?v=x' };
			d.events[2].media = { type: 'text', text: 'We are one people.', credit: 'Crowd' };
			d.events[1].date = '2024-01-05T18:00';
			d.events[1].start = d.events[1].end = '2024-01-05';
			d.events[1].precision = 'minute';
			d.events[2].date = 'Y-13799999999';
			d.events[2].start = '-13799999999-01-01';
			d.events[2].end = '-13799999999-12-31';
			d.events[2].precision = 'year';
			d.eras = [
				{
					title: 'Before the war',
					date: '-0499/2013',
					start: '-0499-01-01',
					end: '2013-12-31',
					precision: 'year'
				}
			];
		});
		expect(datasetProblems(dataset)).toEqual([]);
		expect(datasetVersion(dataset)).toBe(2);
	});

	it('keeps a version 1 dataset valid, and calls it version 1', () => {
		expect(datasetProblems(seed)).toEqual([]);
		expect(datasetVersion(seed)).toBe(1);
	});

	it('asks an image for alt text, and its links for http(s)', () => {
		const dataset = withV2((d) => {
			d.events[0].media = { type: 'image', url: 'javascript:alert(1)', alt: ' ' };
			d.events[1].media = {
				type: 'image',
				url: 'https://example.org/a.jpg',
				alt: 'A',
				link: 'data:text/html,x'
			};
		});
		expect(datasetProblems(dataset)).toEqual([
			{
				path: '$.events[0].media.url',
				expected: 'an absolute http(s) URL',
				found: '"javascript:alert(1)"'
			},
			{
				path: '$.events[0].media.alt',
				expected: 'alt text describing the image',
				found: '" "'
			},
			{
				path: '$.events[1].media.link',
				expected: 'an absolute http(s) URL',
				found: '"data:text/html,x"'
			}
		]);
	});

	it('refuses a media type it does not know, naming the ones it does', () => {
		const dataset = withV2((d) => {
			(d.events[0] as { media?: unknown }).media = { type: 'iframe', url: 'https://x.org' };
		});
		expect(datasetProblems(dataset)[0]).toMatchObject({
			path: '$.events[0].media.type',
			expected: 'one of "image", "link", "text"'
		});
	});

	it('takes a background colour only as a colour, never as CSS that could do more', () => {
		const colour = (color: string) =>
			paths(withV2((d) => void (d.events[0].background = { color })));
		expect(colour('#ff0000')).toEqual([]);
		expect(colour('steelblue')).toEqual([]);
		expect(colour('red;background:url(https://evil.example/x)')).toEqual([
			'$.events[0].background.color'
		]);
	});

	it('checks an era’s date against its days, as an event’s', () => {
		const dataset = withV2((d) => {
			d.eras = [
				{ title: 'A', date: '2014', start: '2014-01-01', end: '2015-12-31', precision: 'year' },
				{ title: ' ', date: '2016', start: '2016-01-01', end: '2016-12-31', precision: 'year' }
			];
		});
		// In the order of the eras, though the title's problem is found first.
		expect(datasetProblems(dataset)).toEqual([
			{
				path: '$.eras[0].date',
				expected: 'a date covering 2014-01-01 to 2015-12-31 (start/end)',
				found: '"2014", which covers 2014-01-01 to 2014-12-31'
			},
			{ path: '$.eras[1].title', expected: 'a non-empty title', found: '" "' }
		]);
	});

	it('orders days by the calendar when it checks that an event starts before it ends', () => {
		const dataset = withV2((d) => {
			d.events[0].date = '-0499/0012';
			d.events[0].start = '-0499-01-01';
			d.events[0].end = '0012-12-31';
			d.events[0].precision = 'year';
		});
		expect(datasetProblems(dataset)).toEqual([]);
	});
});

describe('version 1 datasets and the features of version 2', () => {
	it('names each version 2 feature a version 1 dataset uses, and how to fix it', () => {
		const dataset = withV2((d) => {
			d.version = 1;
			d.events[0].group = 'Politics';
			d.events[1].date = '-0499';
			d.events[1].start = '-0499-01-01';
			d.events[1].end = '-0499-12-31';
			d.events[1].precision = 'year';
			d.eras = [];
		});
		const problems = datasetProblems(dataset);
		expect(problems.map((p) => p.path)).toEqual([
			'$.eras',
			'$.events[0].group',
			'$.events[1].start',
			'$.events[1].end'
		]);
		expect(problems[1].expected).toBe(
			'no group in a version 1 dataset (groups came with version 2: set "version": 2)'
		);
		expect(problems[2]).toEqual({
			path: '$.events[1].start',
			expected:
				'a year from 1 to 9999 in a version 1 dataset (other years came with version 2: set "version": 2)',
			found: '"-0499-01-01"'
		});
	});

	it('refuses a version it does not know', () => {
		expect(datasetProblems({ ...seed, version: 3 })[0]).toMatchObject({
			path: '$.version',
			found: '3'
		});
	});
});

describe('the published JSON Schemas', () => {
	it('publishes version 2 with media, groups and eras, and version 1 as it was', () => {
		type Schema = {
			$id: string;
			properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
		};
		const v2 = datasetJsonSchema('https://x.org', 2) as Schema;
		const v1 = datasetJsonSchema('https://x.org', 1) as Schema;
		expect(v2.$id).toBe('https://x.org/schema/timeline-v2.json');
		expect(v1.$id).toBe('https://x.org/schema/timeline-v1.json');
		expect(Object.keys(v2.properties)).toEqual(
			expect.arrayContaining(['eras', 'media', 'background'])
		);
		expect(Object.keys(v2.properties.events.items?.properties ?? {})).toEqual(
			expect.arrayContaining(['media', 'group', 'displayDate', 'background'])
		);
		expect(Object.keys(v1.properties)).not.toContain('eras');
		expect(Object.keys(v1.properties.events.items?.properties ?? {})).not.toContain('media');
		expect(JSON.stringify(v1.properties.events.items?.properties)).not.toContain('minute');
	});
});
