import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '$lib/data/arbitraries';
import { record, start } from './history';
import { pack, unpack } from './persist';

describe('pack', () => {
	it('stores each source text once however many states share it', () => {
		const dataset = {
			version: 1 as const,
			id: 'x',
			title: 'X',
			sources: [
				{
					id: 's',
					title: '',
					publisher: '',
					author: '',
					published: '2024',
					text: 'long '.repeat(10_000)
				}
			],
			events: []
		};
		let history = start(dataset);
		for (let i = 0; i < 50; i++)
			history = record(history, { ...history.present.value, title: `X${i}` }, 'Retitle');
		const { history: packed, texts } = pack(history);
		expect(texts).toEqual([dataset.sources[0].text]);
		expect(JSON.stringify(packed).length).toBeLessThan(dataset.sources[0].text.length);
	});

	it('unpack gives back exactly the history that was packed', () => {
		fc.assert(
			fc.property(fc.array(datasetArbitrary, { minLength: 1, maxLength: 4 }), (datasets) => {
				let history = start(datasets[0]);
				for (const d of datasets.slice(1)) history = record(history, d, 'Change');
				const { history: packed, texts } = pack(history);
				expect(unpack(packed, texts)).toEqual(history);
			}),
			{ numRuns: 50 }
		);
	});
});
