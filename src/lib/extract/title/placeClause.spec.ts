import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('placeClause: a "where" clause told with its place', () => {
	it('puts the place the "where" stands for after its clause', () => {
		expect(
			title(
				'Police searched the Oak Street house, where officers found the body on Monday.',
				'Monday'
			)
		).toBe('Officers found the body in the Oak Street house');
		expect(
			title('She was flown to a clinic in Bergen, where she recovered in April.', 'in April')
		).toBe('She recovered in a clinic in Bergen');
	});

	it('leaves a "where" with no noun before its comma, or no subject of its own, as it is', () => {
		expect(title('Nobody knew where the boat sank on Monday.', 'Monday')).not.toMatch(/ in /);
	});
});
