import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDataset, extractTimexes } from './index';

const cases = parse(fs.readFileSync('tests/fixtures/extract/negative.yaml', 'utf8')) as {
	timexes: string[];
	events: string[];
};

describe('negative cases (tests/fixtures/extract/negative.yaml)', () => {
	it.each(cases.timexes.map((text) => [text]))('finds no time expression in %j', (text) => {
		expect(extractTimexes(text, '2024-01-08')).toEqual([]);
	});

	it.each([...cases.timexes, ...cases.events].map((text) => [text]))(
		'draws no event from %j',
		(text) => {
			const dataset = extractDataset(
				{ text, title: 'Negative case' },
				{ published: '2024-01-08', entities: false }
			);
			expect(dataset.events).toEqual([]);
		}
	);
});
