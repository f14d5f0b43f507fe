import { describe, expect, it } from 'vitest';
import { byImportance, hasImportance, keyCount, keyEvents } from './keyEvents';

const scored = (...scores: (number | undefined)[]) =>
	scores.map((importance) => (importance === undefined ? {} : { importance }));

describe('keyCount', () => {
	it('grows with the story, but more slowly than the story does', () => {
		const counts = [10, 40, 400, 4000].map(keyCount);
		expect(counts).toEqual([5, 13, 40, 127]);
		expect(counts.map((k, i) => k / [10, 40, 400, 4000][i])).toEqual(
			[...counts.map((k, i) => k / [10, 40, 400, 4000][i])].sort((a, b) => b - a)
		);
	});

	it('never keeps more than half of a small story', () => {
		for (let n = 1; n <= 30; n++) expect(keyCount(n)).toBeLessThanOrEqual(Math.ceil(n / 2));
		expect(keyCount(0)).toBe(0);
	});
});

describe('keyEvents', () => {
	it('keeps the highest-scoring events, in reading order', () => {
		// Ten events: five are key.
		const events = scored(3, 9, 1, 8, 2, 7, 0, 6, 4, 5);
		expect(keyEvents(events)).toEqual([1, 3, 5, 7, 9]);
	});

	it('never makes an event without an importance key, even when few have one', () => {
		// Six events, three would be key; only two have a score.
		const events = scored(undefined, 4, undefined, undefined, 2, undefined);
		expect(keyEvents(events)).toEqual([1, 4]);
		expect(keyEvents(scored(undefined, undefined))).toEqual([]);
	});

	it('keeps every event tied with the last one taken', () => {
		// Ten events, five key; the fifth and sixth highest tie, so both are.
		const events = scored(9, 8, 7, 6, 5, 5, 1, 1, 1, 1);
		expect(keyEvents(events)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('keeps only those above a tie that would swell the set, and the earliest when all tie', () => {
		const events = scored(9, 8, 2, 2, 2, 2, 2, 2, 2, 2);
		expect(keyEvents(events)).toEqual([0, 1]);
		expect(keyEvents(scored(1, 1, 1, 1, 1, 1, 1, 1, 1, 1))).toEqual([0, 1, 2, 3, 4]);
	});

	it('never takes in every event through a tie, so the switch always leaves one out', () => {
		// Five events, three would be key; the third highest ties with the two after it.
		expect(keyEvents(scored(3.5, 3.5, 8, 3.5, 8))).toEqual([2, 4]);
		expect(keyEvents(scored(2, 2, 2))).toEqual([0, 1]);
	});

	it('gives nothing for no events', () => {
		expect(keyEvents([])).toEqual([]);
	});
});

describe('hasImportance', () => {
	it('says whether any event carries an importance', () => {
		expect(hasImportance(scored(undefined, 0))).toBe(true);
		expect(hasImportance(scored(undefined, undefined))).toBe(false);
	});
});

describe('byImportance', () => {
	it('orders the events highest first, equals and unscored ones in their given order', () => {
		const events = scored(1, undefined, 5, 1, undefined, 3);
		expect(byImportance(events)).toEqual([
			events[2],
			events[5],
			events[0],
			events[3],
			events[1],
			events[4]
		]);
	});
});
