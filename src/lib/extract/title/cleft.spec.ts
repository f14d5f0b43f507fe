import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('cleft: "It was on <date> that …"', () => {
	it('titles what follows "that", not the "it was" that points at the date', () => {
		expect(title('It was in 2004 that the old ferry last sailed to the island.', '2004')).toBe(
			'Old ferry last sailed to the island'
		);
		expect(
			title(
				'It was on the 3 May, 1987 that the tanker struck the reef off the cape.',
				'3 May, 1987'
			)
		).toBe('Tanker struck the reef off the cape');
	});

	it('reads the words that place the date before it ("shortly after midnight on")', () => {
		expect(
			title(
				'It was shortly after midnight on March 3, 1995 that the ferry struck the harbour wall.',
				'March 3, 1995'
			)
		).toBe('Ferry struck the harbour wall');
	});

	it('leaves a clause where "it" is something said before', () => {
		expect(title('It was sold in 2004 to a buyer in Oslo.', '2004')).not.toMatch(/^Buyer/);
	});
});
