import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('dateVerb: the verb the date hangs on fits in the title', () => {
	it('leaves out a participle phrase on the subject that left no room for the verb', () => {
		expect(
			title(
				'The special panel set up to review the collapse of the old stadium roof held its first meeting on Monday.',
				'on Monday'
			)
		).toBe('Special panel held its first meeting');
	});

	it('keeps the phrase on a subject whose verb fits', () => {
		expect(
			title(
				'The panel set up to review the collapse held its first meeting on Monday.',
				'on Monday'
			)
		).toBe('Panel set up to review the collapse held its first meeting');
	});
});
