import { describe, expect, it } from 'vitest';
import { eventSlug } from './events';

describe('eventSlug', () => {
	it('joins the date and the first five words of the title that count', () => {
		expect(
			eventSlug('2024-01-08', 'The U.S. strike on the base in Iraq killed three soldiers')
		).toBe('2024-01-08-u-s-strike-base-iraq');
	});

	it('takes a range by its start, and drops accents and apostrophes', () => {
		expect(eventSlug('2019/2025-06-12', 'Café owner’s résumé')).toBe('2019-cafe-owners-resume');
		expect(eventSlug('2024-01-08T10:19', "Women's Day marked")).toBe(
			'2024-01-08t10-19-womens-day-marked'
		);
	});

	it('leaves no dash at either end when the date or the title has no word', () => {
		expect(eventSlug('', 'The U.S.')).toBe('u-s');
		expect(eventSlug('2024', 'The')).toBe('2024');
	});
});
