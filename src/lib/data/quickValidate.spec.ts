import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { soundDatasetProblems } from './quickValidate';
import { datasetProblems } from './schema';

const valid = () => JSON.parse(readFileSync('tests/fixtures/datasets/valid.json', 'utf8'));

describe('soundDatasetProblems', () => {
	it('finds nothing wrong with a dataset that meets the contract', () => {
		expect(soundDatasetProblems(valid())).toEqual([]);
	});

	it('names what ties fields together wrongly in a sound structure, as the schema does', () => {
		const dataset = valid();
		dataset.events[1].quotes[0].text = 'words the source does not have';
		dataset.events[0].id = dataset.events[1].id;
		const problems = soundDatasetProblems(dataset);
		expect(problems?.map((p) => p.path)).toEqual(
			expect.arrayContaining(['$.events[1].quotes[0].text', '$.events[1].id'])
		);
		expect(problems).toEqual(datasetProblems(dataset));
	});

	it('leaves a broken structure to the schema, which names it', () => {
		const dataset = valid();
		dataset.id = 'Not A Slug';
		expect(soundDatasetProblems(dataset)).toBeNull();
		expect(datasetProblems(dataset).map((p) => p.path)).toEqual(['$.id']);
	});
});
