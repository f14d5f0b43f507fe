import { describe, expect, it } from 'vitest';
import { MAX_WORDS } from './length';
import { title } from './testing';

describe('what a title leaves out: the length', () => {
	it(`cuts a title over ${MAX_WORDS} words at a phrase boundary, and says so`, () => {
		const long = title(
			'In 2020, the city council approved the plan for a new bridge across the river to the old harbour district.',
			'2020'
		);
		expect(long.endsWith('…')).toBe(true);
		expect(long.replace('…', '').split(' ').length).toBeLessThanOrEqual(MAX_WORDS);
		expect(long).not.toMatch(/\b(?:the|a|to|of|across)…$/);
	});
});
