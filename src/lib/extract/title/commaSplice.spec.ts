import { describe, expect, it } from 'vitest';
import { after } from './testing';

describe('commaSplice: a comma where a second clause starts', () => {
	it('ends the title before a second clause with its own subject and verb', () => {
		expect(
			after(
				'commaSplice',
				'Crews sealed the old pipe on 4 June, water stopped flowing into the square.',
				'on 4 June'
			)
		).toBe('Crews sealed the old pipe');
	});

	it('keeps the second clause when it holds the date', () => {
		expect(
			after('commaSplice', 'Crews sealed the old pipe, the water stopped on 4 June.', 'on 4 June')
		).toBe('the water stopped.');
	});

	it('keeps a comma before an apposition, which has no verb of its own', () => {
		expect(
			after('commaSplice', 'Ann Lee, the new mayor, opened the bridge on Monday.', 'on Monday')
		).toMatch(/^Ann Lee.*opened the bridge/);
	});
});
