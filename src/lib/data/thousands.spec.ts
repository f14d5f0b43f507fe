import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thousands } from './thousands';

describe('thousands', () => {
	it('groups the thousands of a count as en-US does', () => {
		expect(thousands(0)).toBe('0');
		expect(thousands(999)).toBe('999');
		expect(thousands(1000)).toBe('1,000');
		expect(thousands(100_000)).toBe('100,000');
		expect(thousands(1_234_567)).toBe('1,234,567');
	});

	it('writes every whole number as toLocaleString("en-US") would', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
				expect(thousands(n)).toBe(n.toLocaleString('en-US'));
			})
		);
	});

	it('rounds a fraction to the nearest whole number, never writing "-0"', () => {
		expect(thousands(1234.6)).toBe('1,235');
		expect(thousands(-0.2)).toBe('0');
	});
});
