import { describe, expect, it } from 'vitest';
import { when } from './when';

describe('when', () => {
	it('reads an instant in UTC whatever the zone the server runs in', () => {
		// The unit tests run in America/Los_Angeles, where this is still 7 January.
		expect(when('2024-01-08T02:05:00.000Z')).toBe('8 Jan 2024, 02:05 UTC');
	});

	it('gives back what it cannot read rather than "Invalid Date"', () => {
		expect(when('not a date')).toBe('not a date');
	});
});
