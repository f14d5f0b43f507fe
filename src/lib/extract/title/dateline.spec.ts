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

	it('leaves out a headline glued before a wire dateline in the first sentence', () => {
		expect(
			title(
				'Port says no strike, but ships wait (Updates with union comment) ROTTERDAM, May 2 (Reuters) - The port of Rotterdam reopened on Monday after a strike.',
				'May 2'
			)
		).toMatch(/^Port of Rotterdam reopened/);
		expect(
			title(
				'Port says no ban on strikes, but ships clear berths (Updates with union comment) ROTTERDAM, May 2 (Reuters) - The port has not closed its gates, a union leader said, but some ships have left their berths.',
				'May 2'
			)
		).toBe('Port has not closed its gates');
		expect(title('Shares of ACME (NYSE) rose on Monday.', 'Monday')).toMatch(/^Shares of ACME/);
	});
});
