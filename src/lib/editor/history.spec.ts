import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, redoLabel, start, undo, undoLabel } from './history';

describe('history', () => {
	it('undo after record returns to the previous value, and redo reapplies the change', () => {
		const h = record(start('a'), 'b', 'Retitle');
		expect(undo(h).present.value).toBe('a');
		expect(redo(undo(h)).present.value).toBe('b');
		expect(undoLabel(h)).toBe('Retitle');
		expect(redoLabel(undo(h))).toBe('Retitle');
	});

	it('a new change after an undo drops what could have been redone', () => {
		const h = record(undo(record(start('a'), 'b', 'One')), 'c', 'Two');
		expect(h.present.value).toBe('c');
		expect(redo(h)).toBe(h);
		expect(undo(h).present.value).toBe('a');
	});

	it('undo and redo with nothing to undo or redo change nothing', () => {
		const h = start(1);
		expect(undo(h)).toBe(h);
		expect(redo(h)).toBe(h);
		expect(undoLabel(h)).toBeNull();
	});

	it('undoing every change of any sequence returns to the first value, and redoing all returns to the last', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { maxLength: 30 }), (values) => {
				let h = start(-1);
				for (const v of values) h = record(h, v, 'Set');
				let back = h;
				for (let i = 0; i < values.length; i++) back = undo(back);
				expect(back.present.value).toBe(-1);
				let forward = back;
				for (let i = 0; i < values.length; i++) forward = redo(forward);
				expect(forward.present.value).toBe(values.length ? values.at(-1) : -1);
			})
		);
	});

	it(`keeps at most ${HISTORY_LIMIT} past states`, () => {
		let h = start(0);
		for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = record(h, i, 'Set');
		expect(h.past).toHaveLength(HISTORY_LIMIT);
		expect(h.past[0].value).toBe(20);
	});
});
