import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('expletiveClause: an "it" said of nothing introduces the happening', () => {
	it('titles "it was likely that X" with X, not with the speaker said to be likely', () => {
		expect(
			title(
				'The ministry said on Monday it was likely that 12 pupils who had returned from Peru had caught the virus.',
				'on Monday'
			)
		).toBe('12 pupils who had returned from Peru had caught the virus');
		expect(
			title(
				'The ministry announced today it was "likely" that 12 pupils had caught the virus.',
				'today'
			)
		).toBe('12 pupils had caught the virus');
	});

	it('titles "it emerged" with the clause after its date, "that" or not', () => {
		expect(
			title('It emerged on Wednesday a part of the slick had reached the current.', 'on Wednesday')
		).toBe('Part of the slick had reached the current');
		expect(
			title('It appeared on Friday that the plant, which employs 300, would close.', 'on Friday')
		).toBe('Plant would close');
	});

	it('leaves an "it" with an infinitive or with no clause after it', () => {
		expect(title('It is likely to rain on Monday.', 'on Monday')).toMatch(/^It is likely to rain/);
		expect(title('It could take months to fix the leak.', 'months')).toMatch(/^It could take/);
		expect(
			title('It would take on Friday 48 hours before engineers could reach the well.', 'on Friday')
		).not.toMatch(/^48 hours/);
	});
});
