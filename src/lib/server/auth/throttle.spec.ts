import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULE, waitBefore } from './throttle';

const t0 = Date.UTC(2024, 0, 8, 10, 0);

describe('waitBefore', () => {
	it('lets the first five attempts through whatever their timing', () => {
		for (let failures = 0; failures < 5; failures++) {
			expect(waitBefore(ACCOUNT_RULE, failures, t0, t0)).toBe(0);
		}
	});

	it('makes the attempt after five wrong passwords wait 30 seconds from the fifth', () => {
		expect(waitBefore(ACCOUNT_RULE, 5, t0, t0)).toBe(30_000);
		expect(waitBefore(ACCOUNT_RULE, 5, t0, t0 + 10_000)).toBe(20_000);
		expect(waitBefore(ACCOUNT_RULE, 5, t0, t0 + 30_000)).toBe(0);
	});

	it('doubles the wait with each further failure, up to fifteen minutes', () => {
		expect(waitBefore(ACCOUNT_RULE, 6, t0, t0)).toBe(60_000);
		expect(waitBefore(ACCOUNT_RULE, 7, t0, t0)).toBe(120_000);
		expect(waitBefore(ACCOUNT_RULE, 10, t0, t0)).toBe(15 * 60_000);
		expect(waitBefore(ACCOUNT_RULE, 1000, t0, t0)).toBe(15 * 60_000);
	});

	it('forgets failures older than an hour', () => {
		expect(waitBefore(ACCOUNT_RULE, 12, t0, t0 + 60 * 60_000)).toBe(0);
	});
});
