import { describe, expect, it } from 'vitest';
import { clauseness } from './titles';

describe('clauseness: whether a title is a clause that names something', () => {
	it('weighs a title with a noun or a name and a finite verb in full', () => {
		expect(clauseness('The ferry sank off the island')).toBe(1);
		expect(clauseness('Mayor Ann Hale resigned')).toBe(1);
		// Alone, a headline's verb may be read as a noun: a title longer than a noun phrase stands.
		expect(clauseness('Harbour crane topples onto two moored fishing boats')).toBe(1);
	});

	it('weighs a fragment less: a noun phrase alone, or a verb with no one doing it', () => {
		expect(clauseness('Harbour explosion')).toBeLessThan(1);
		expect(clauseness('Had flown in')).toBeLessThan(1);
		expect(clauseness('It was')).toBeLessThan(1);
	});
});
