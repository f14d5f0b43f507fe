import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../../scripts/syntheticDataset';
import { ReadAhead } from './readAhead';
import { readDataset } from './remoteDataset';

const encode = (value: unknown, prefix = '') =>
	new TextEncoder().encode(prefix + JSON.stringify(value));

/** A valid dataset whose events are listed latest first. */
function backwards() {
	const dataset = syntheticDataset(50);
	dataset.events.sort((a, b) => b.start.localeCompare(a.start));
	return dataset;
}

describe('ReadAhead', () => {
	it('keeps the dataset it read, its events in reading order, once accepted', () => {
		const dataset = backwards();
		const ahead = new ReadAhead(encode(dataset));
		while (ahead.step());
		const kept = ahead.accepted();
		const starts = kept.events.map((e) => e.start);
		expect(starts).toEqual([...starts].sort());
		expect(kept.events[0].start < kept.events[49].start).toBe(true);
		expect(new Set(kept.events.map((e) => e.id))).toEqual(new Set(dataset.events.map((e) => e.id)));
		expect({ ...kept, events: [] }).toEqual({ ...dataset, events: [] });
	});

	it('takes one step a call, parsing and then ordering a few thousand events a step, and the steps left when accepted', () => {
		const dataset = syntheticDataset(10_000);
		dataset.events.reverse();
		const bytes = encode(dataset);
		const stepped = new ReadAhead(bytes);
		let steps = 1;
		while (stepped.step()) steps++;
		expect(steps).toBeGreaterThan(3);
		expect(stepped.step()).toBe(false);
		expect(new ReadAhead(bytes).accepted().events).toEqual(stepped.accepted().events);
	});

	it('holds the value the worker checks: the same bytes read the same way, a byte order mark dropped', async () => {
		const bytes = encode(backwards(), '\uFEFF');
		const checked = await readDataset({
			state: 'fetched',
			src: 'x.json',
			url: 'https://data.example/x.json',
			type: 'application/json',
			bytes
		});
		expect(checked.state).toBe('ok');
		const kept = new ReadAhead(bytes).accepted();
		expect(checked.state === 'ok' && { ...checked.dataset, events: [] }).toEqual({
			...kept,
			events: []
		});
		expect(checked.state === 'ok' && new Set(checked.dataset.events)).toEqual(new Set(kept.events));
	});

	it('steps over bytes the worker will refuse without throwing: not JSON, no list of events, events of any shape', () => {
		const refused = [
			new TextEncoder().encode('{"events": ['),
			encode(null),
			encode({ events: 'none' }),
			encode({ events: [null, 7, { start: {} }, { start: ['x'], end: null, title: 3 }] })
		];
		for (const bytes of refused) {
			const ahead = new ReadAhead(bytes);
			expect(() => {
				while (ahead.step());
			}).not.toThrow();
		}
	});

	it('prepares the ordered events in a last step of their own, before the verdict, and the dataset accepted holds that very array', () => {
		const prepared: unknown[] = [];
		const ahead = new ReadAhead(encode(backwards()), (events) => prepared.push(events));
		let steps = 0;
		while (ahead.step()) {
			steps++;
			// Ordering is done before the step that prepares.
			if (prepared.length) expect(ahead.step()).toBe(false);
		}
		expect(steps).toBeGreaterThan(1);
		expect(prepared).toHaveLength(1);
		expect(ahead.accepted().events).toBe(prepared[0]);
	});

	it('leaves the preparing to the page when accepted before it came to it (a task of its own)', () => {
		let called = false;
		const ahead = new ReadAhead(encode(backwards()), () => (called = true));
		expect(ahead.accepted().events).toHaveLength(50);
		expect(called).toBe(false);
	});

	it('steps past a preparation that throws (a shape the worker will refuse), and prepares nothing it could not parse', () => {
		const throwing = new ReadAhead(encode(backwards()), () => {
			throw new TypeError('not an event');
		});
		expect(() => {
			while (throwing.step());
		}).not.toThrow();
		expect(throwing.accepted().events).toHaveLength(50);
		let called = false;
		const broken = new ReadAhead(new TextEncoder().encode('{"events": ['), () => (called = true));
		while (broken.step());
		expect(called).toBe(false);
	});

	it('takes no step once dropped', () => {
		const ahead = new ReadAhead(encode(backwards()));
		ahead.drop();
		expect(ahead.step()).toBe(false);
	});
});
