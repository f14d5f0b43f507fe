import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainNames } from './plainNames';
import type { Dataset } from './schema';

const RLO = '\u202e';
const bridge = JSON.parse(
	readFileSync(
		new URL('../../../tests/fixtures/timeline/valid-dataset.json', import.meta.url),
		'utf8'
	)
) as Dataset;

describe('plainNames', () => {
	it('gives back the same dataset when no title or name holds a bidi control', () => {
		expect(plainNames(bridge)).toBe(bridge);
	});

	it('drops the controls from titles and names, the events and sources without any kept as they are', () => {
		const hostile: Dataset = structuredClone(bridge);
		hostile.title = `The ${RLO}bridge`;
		hostile.events[0].title = `Plan ${RLO}approved`;
		hostile.events[0].group = `${RLO}Council`;
		hostile.events[0].entities = {
			people: [`${RLO}Ada`],
			places: ['Riverside'],
			organizations: []
		};
		hostile.sources[0].publisher = `${RLO}Example Wire`;
		hostile.eras = [{ ...hostile.events[1], title: `Era of ${RLO}works` }];
		const plain = plainNames(hostile);
		expect(plain.title).toBe('The bridge');
		expect(plain.events[0]).toMatchObject({
			title: 'Plan approved',
			group: 'Council',
			entities: { people: ['Ada'], places: ['Riverside'], organizations: [] }
		});
		expect(plain.events[1]).toBe(hostile.events[1]);
		expect(plain.sources[0]).toMatchObject({ title: 'A wire story', publisher: 'Example Wire' });
		expect(plain.eras![0].title).toBe('Era of works');
		// The dataset given is not changed, and the same one gives the same result.
		expect(hostile.events[0].title).toBe(`Plan ${RLO}approved`);
		expect(plainNames(hostile)).toBe(plain);
	});

	it('leaves the article text and the quotes byte for byte, so their offsets still hold', () => {
		const hostile: Dataset = structuredClone(bridge);
		const source = hostile.sources[0];
		source.title = `${RLO}A wire story`;
		source.text = `${RLO}${source.text}`;
		for (const quote of hostile.events.flatMap((e) => e.quotes)) {
			quote.start += 1;
			quote.end += 1;
		}
		const plain = plainNames(hostile);
		expect(plain.sources[0].title).toBe('A wire story');
		expect(plain.sources[0].text).toBe(source.text);
		for (const quote of plain.events.flatMap((e) => e.quotes))
			expect(plain.sources[0].text.slice(quote.start, quote.end)).toBe(quote.text);
	});
});
