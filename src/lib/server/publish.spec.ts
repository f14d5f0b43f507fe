import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxDatasetBytes, readPublishBody } from './publish';

const seed = JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8'));
const body = (value: unknown) => JSON.stringify(value);

describe('readPublishBody', () => {
	it('reads a dataset and the version it started from', () => {
		const read = readPublishBody(body({ dataset: seed, base: 3 }), seed.id);
		expect(read).toMatchObject({ ok: true, base: 3 });
		expect(read.ok && read.dataset.events).toHaveLength(seed.events.length);
		expect(readPublishBody(body({ dataset: seed, base: null }), seed.id)).toMatchObject({
			ok: true,
			base: null
		});
	});

	it('refuses text that is not JSON with its line and column', () => {
		expect(readPublishBody('{\n  "dataset": {},\n  "base": 1,\n}', seed.id)).toEqual({
			ok: false,
			status: 400,
			error: 'The request is not JSON: line 4, column 1: expected a property name in double quotes'
		});
	});

	it('refuses anything but an object', () => {
		expect(readPublishBody('[1, 2]', seed.id)).toMatchObject({
			ok: false,
			status: 400,
			error: 'The request must be an object { "dataset": …, "base": … }, found [1,2]'
		});
	});

	it('names every problem by its JSON path in the request, all at once', () => {
		const broken = {
			...seed,
			title: '   ',
			events: [{ ...seed.events[0], quotes: [{ ...seed.events[0].quotes[0], source: 'herald' }] }]
		};
		const read = readPublishBody(body({ dataset: broken, base: 0 }), seed.id);
		expect(read).toMatchObject({ ok: false, status: 422 });
		expect(!read.ok && read.problems).toEqual([
			'$.base: expected the version this update started from (a whole number from 1), or null for a new timeline, found 0',
			'$.dataset.title: expected a non-empty title, found "   "',
			expect.stringMatching(
				/^\$\.dataset\.events\[0\]\.quotes\[0\]\.source: expected one of the source ids/
			)
		]);
	});

	it('refuses a dataset published under another timeline’s address', () => {
		const read = readPublishBody(body({ dataset: seed, base: 1 }), 'another-timeline');
		expect(!read.ok && read.problems).toEqual([
			'$.dataset.id: expected "another-timeline" (the timeline this request publishes), found "iraq-coalition-exit"'
		]);
	});

	it('refuses a missing dataset', () => {
		const read = readPublishBody(body({ base: null }), seed.id);
		expect(!read.ok && read.problems?.[0]).toMatch(/^\$\.dataset: expected /);
	});

	it('reads the size limit from DATELINE_MAX_DATASET_BYTES, 10 MB by default', () => {
		expect(maxDatasetBytes({})).toBe(10 * 1024 * 1024);
		expect(maxDatasetBytes({ DATELINE_MAX_DATASET_BYTES: '2048' })).toBe(2048);
		expect(maxDatasetBytes({ DATELINE_MAX_DATASET_BYTES: 'lots' })).toBe(10 * 1024 * 1024);
	});
});
