import { describe, expect, it } from 'vitest';
import { clusterName } from './clusterName';

describe('clusterName', () => {
	it('says the date of a cluster of one event once, not as a range from it to itself', () => {
		expect(clusterName(1, 'April 2010', 'April 2010')).toBe('1 more event, April 2010: zoom in');
	});

	it('says the date once when every member reads the same day', () => {
		expect(clusterName(3, 'April 21, 2010', 'April 21, 2010')).toBe(
			'3 more events, April 21, 2010: zoom in'
		);
	});

	it('says the range from the first member to the last when they differ, its count grouped', () => {
		expect(clusterName(1234, 'April 2010', 'April 24, 2010')).toBe(
			'1,234 more events, April 2010 to April 24, 2010: zoom in'
		);
	});
});
