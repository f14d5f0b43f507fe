import { describe, expect, it } from 'vitest';
import { focusAfter } from './focusAfter';

describe('focusAfter', () => {
	it('hands the focus of a deleted card to the card that followed it', () => {
		expect(focusAfter(['a', 'b', 'c'], ['a', 'c'], { card: 'b' }, true)).toEqual({ card: 'c' });
	});

	it('hands it to the card before when the last card was deleted', () => {
		expect(focusAfter(['a', 'b', 'c'], ['a', 'b'], { card: 'c' }, true)).toEqual({ card: 'b' });
	});

	it('skips neighbours that went with it, and hands it to Undo when no card is left', () => {
		expect(focusAfter(['a', 'b', 'c', 'd'], ['a', 'd'], { card: 'b' }, true)).toEqual({
			card: 'd'
		});
		expect(focusAfter(['a', 'b', 'c'], ['a'], { card: 'c' }, true)).toEqual({ card: 'a' });
		expect(focusAfter(['a'], [], { card: 'a' }, true)).toEqual({ button: 'undo' });
	});

	it('gives the focus to a card an undo brings back, even from a button that keeps it', () => {
		expect(focusAfter(['a', 'c'], ['a', 'b', 'c'], { button: 'undo' }, false)).toEqual({
			card: 'b'
		});
		expect(focusAfter([], ['a'], { button: 'undo' }, true)).toEqual({ card: 'a' });
	});

	it('gives the focus back to the heading of a card still there whose form closed (a merge)', () => {
		expect(focusAfter(['a', 'b', 'c'], ['a', 'c'], { card: 'a' }, true)).toEqual({ card: 'a' });
	});

	it('hands it from Undo or Redo, disabled by their step, to the other', () => {
		expect(focusAfter(['a'], ['a'], { button: 'undo' }, true)).toEqual({ button: 'redo' });
		expect(focusAfter(['a', 'b'], ['a'], { button: 'redo' }, true)).toEqual({ button: 'undo' });
	});

	it('leaves the focus where it is when the control that has it is still there', () => {
		expect(focusAfter(['a', 'b'], ['a'], { button: 'redo' }, false)).toBeNull();
		expect(focusAfter(['a', 'b'], ['a'], { card: 'b' }, false)).toBeNull();
		expect(focusAfter(['a', 'b'], ['a'], null, true)).toBeNull();
	});
});
