import { describe, expect, it } from 'vitest';
import { withdrawnDay } from './withdrawnDay';

describe('withdrawnDay', () => {
	it('names the UTC day, not the server’s local one', () => {
		// 23:30 UTC on the 9th is still the 9th, though it is the afternoon in Los Angeles.
		expect(withdrawnDay('2024-01-09T23:30:00.000Z')).toBe('9 January 2024');
		expect(withdrawnDay('2024-01-10T02:00:00.000Z')).toBe('10 January 2024');
	});

	it('never prints "Invalid Date"', () => {
		expect(withdrawnDay('garbled')).toBe('an earlier day');
	});
});
