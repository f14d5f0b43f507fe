import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('what a title leaves out: the dateline', () => {
	it('leaves out a wire dateline', () => {
		expect(
			title('BRUSSELS (Reuters) - European leaders agreed on a rescue fund on Sunday.', 'Sunday')
		).toBe('European leaders agreed on a rescue fund');
		expect(title('DUBAI, Oct 21 (Reuters) - Oil prices rose on Friday.', 'Friday')).toBe(
			'Oil prices rose'
		);
		// A dateline with the day and no place.
		expect(title('Nov. 18 (Reuters) - Oil prices rose on Friday.', 'Friday')).toBe(
			'Oil prices rose'
		);
		expect(title('Nov. 18 - Harland Steel closed its last mill on Friday.', 'Friday')).toBe(
			'Harland Steel closed its last mill'
		);
	});
});
