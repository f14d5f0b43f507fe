/**
 * How sign-in attempts are slowed down after wrong passwords: a pure policy over the count of
 * recent failures, so that it reads (and is tested) apart from the storage that counts them.
 *
 * Failures are counted per account and per client address. Under the threshold nothing waits;
 * from it, the next attempt must wait, twice as long after each further failure, up to a cap. An
 * attempt made while waiting is refused without checking the password (so waiting cannot be
 * skipped by guessing faster), and a success clears the account's count. Failures older than the
 * window are forgotten.
 */

export interface ThrottleRule {
	/** Wrong passwords allowed before attempts wait. */
	free: number;
	/** The first wait, in ms, doubled for each failure after it. */
	firstWait: number;
	/** The longest wait, in ms. */
	maxWait: number;
	/** Failures older than this (ms) are forgotten. */
	window: number;
}

/** Per account: five wrong passwords, then 30 s, 1 min, 2 min … up to 15 min. */
export const ACCOUNT_RULE: ThrottleRule = {
	free: 5,
	firstWait: 30_000,
	maxWait: 15 * 60_000,
	window: 60 * 60_000
};

/** Per address: looser, since a newsroom's editors may share one; it stops spraying accounts. */
export const ADDRESS_RULE: ThrottleRule = {
	free: 30,
	firstWait: 30_000,
	maxWait: 15 * 60_000,
	window: 60 * 60_000
};

/**
 * How long (ms) before the next attempt may be checked, after `failures` wrong passwords, the
 * last at `last`.
 *
 * @example
 * waitBefore(ACCOUNT_RULE, 4, last, now); // 0: a fifth try is allowed
 * waitBefore(ACCOUNT_RULE, 5, last, last + 1000); // 29000
 * waitBefore(ACCOUNT_RULE, 6, last, last); // 60000
 */
export function waitBefore(
	rule: ThrottleRule,
	failures: number,
	last: number,
	now: number
): number {
	if (failures < rule.free) return 0;
	if (now - last >= rule.window) return 0;
	const wait = Math.min(rule.maxWait, rule.firstWait * 2 ** Math.min(30, failures - rule.free));
	return Math.max(0, last + wait - now);
}
