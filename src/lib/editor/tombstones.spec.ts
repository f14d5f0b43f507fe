import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/schema';
import { record, redo, start, undo } from './history';
import { deleteEvent, mergeEvents, redate } from './draft';
import { setAside, tombstonesInForce } from './tombstones';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);
const [first, second] = seed.events;

describe('tombstonesInForce', () => {
	it('keeps a deletion in force, puts it out of force when undone, and back when redone', () => {
		const tombstones = [setAside(first, null)];
		let history = record(start(seed), deleteEvent(seed, first.id), 'Delete');
		expect(tombstonesInForce(tombstones, history.present.value)).toEqual(tombstones);
		history = undo(history);
		expect(tombstonesInForce(tombstones, history.present.value)).toEqual([]);
		history = redo(history);
		expect(tombstonesInForce(tombstones, history.present.value)).toEqual(tombstones);
	});

	it('puts a merge out of force when the merged event is back', () => {
		const tombstones = [setAside(second, first.id)];
		const merged = mergeEvents(seed, first.id, second.id);
		expect(tombstonesInForce(tombstones, merged)).toEqual(tombstones);
		expect(tombstonesInForce(tombstones, seed)).toEqual([]);
	});

	it('keeps a redating in force while the event keeps its new date', () => {
		const tombstones = [setAside(first, first.id)];
		const moved = redate(seed, first.id, '2013', 'year');
		expect(tombstonesInForce(tombstones, moved)).toEqual(tombstones);
		expect(tombstonesInForce(tombstones, seed)).toEqual([]);
	});

	it('keeps in force a tombstone whose id came back on another happening', () => {
		// A new event that took the deleted one's id, quoting other words, is not the undo.
		const tombstones = [setAside(first, null)];
		const other = { ...second, id: first.id, date: first.date };
		const draft = { ...seed, events: [other, ...seed.events.slice(2)] };
		expect(tombstonesInForce(tombstones, draft)).toEqual(tombstones);
	});

	it('keeps in force a tombstone stored before it named its event', () => {
		const { from: _, ...old } = setAside(first, null);
		expect(tombstonesInForce([old], seed)).toEqual([old]);
	});
});
