import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from './arbitraries';
import { HOSTILE_STRINGS, MUTATIONS } from './mutations';
import { quickStructure } from './quickStructure';
import { DatasetSchema, type Dataset } from './schema';

/** Whether a dataset uses what the quick check leaves to the schema. */
const usesRareParts = (d: Record<string, unknown>) =>
	['eras', 'media', 'background', 'timelinejs'].some((key) => d[key] !== undefined) ||
	(Array.isArray(d.events) &&
		d.events.some(
			(e) =>
				typeof e === 'object' &&
				e !== null &&
				['media', 'background', 'timelinejs'].some((key) => e[key] !== undefined)
		));

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** Every place in a JSON value where another value can be put: its containers and keys. */
function places(value: unknown, found: [Record<string, unknown>, string][] = []) {
	if (typeof value === 'object' && value !== null)
		for (const key of Object.keys(value)) {
			found.push([value as Record<string, unknown>, key]);
			places((value as Record<string, unknown>)[key], found);
		}
	return found;
}

/** What a careless or hostile file puts where something else was expected. */
const ODD_VALUES: unknown[] = [
	...HOSTILE_STRINGS,
	null,
	true,
	0,
	-1,
	1.5,
	2 ** 53,
	Infinity,
	'',
	' ',
	[],
	{},
	[null],
	'2023-02-29',
	'2024-13-01',
	'10000-01-01',
	'-0000-01-01',
	'2024-01-08T24:00',
	'Event-Id',
	'a--b',
	'day',
	'ftp://example.org/',
	'https://example.org/'
];

/** A valid dataset broken (or not) by known mutations, then by odd values put anywhere. */
const damaged = fc
	.tuple(
		datasetArbitrary,
		fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { minLength: 4, maxLength: 4 })), {
			maxLength: 3
		}),
		fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 })
	)
	.map(([valid, mutations, odd]) => {
		const dataset: Dataset = copy(valid);
		for (const [which, r] of mutations) {
			try {
				MUTATIONS[which % MUTATIONS.length].apply(dataset, r);
			} catch {
				// Made for valid datasets: one an earlier mutation broke may not have what it needs.
			}
		}
		for (const [where, what] of odd) {
			const all = places(dataset);
			if (!all.length) break;
			const [container, key] = all[where % all.length];
			container[key] = ODD_VALUES[what % ODD_VALUES.length];
		}
		return dataset as unknown;
	});

describe('quickStructure', () => {
	it('vouches for the structure of valid datasets without media, eras, backgrounds or TimelineJS originals', () => {
		fc.assert(
			fc.property(datasetArbitrary, (dataset) => {
				expect(quickStructure(dataset)).toBe(!usesRareParts(dataset as never));
			}),
			{ numRuns: 300 }
		);
	});

	it('never vouches for a value the schema refuses, and refuses no more than it does', () => {
		let vouched = 0;
		let refused = 0;
		fc.assert(
			fc.property(damaged, (value) => {
				const quick = quickStructure(value);
				const schema = DatasetSchema.safeParse(value).success;
				// Never more than the schema; exactly the schema where it does not defer to it.
				if (quick) expect(schema).toBe(true);
				if (!usesRareParts(value as never)) expect(quick).toBe(schema);
				vouched += Number(quick);
				refused += Number(!schema);
			}),
			{ numRuns: 1500 }
		);
		// Both kinds were met: the property was not checked on one side only.
		expect(vouched).toBeGreaterThan(100);
		expect(refused).toBeGreaterThan(100);
	});

	it('leaves a sparse list of events to the schema, which refuses its hole', () => {
		const dataset = copy(fc.sample(datasetArbitrary, { numRuns: 1, seed: 7 })[0]) as Dataset;
		const events: unknown[] = [...dataset.events];
		events.length += 1;
		const sparse = { ...dataset, events };
		expect(DatasetSchema.safeParse(sparse).success).toBe(false);
		expect(quickStructure(sparse)).toBe(false);
	});
});
