import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('standIn', () => {
	it('names what "the group" stands for', () => {
		expect(
			title(
				'Residents fear the Northern Front will return after the group seized the pass in 2019.',
				'2019'
			)
		).toBe('Northern Front seized the pass');
	});
});
