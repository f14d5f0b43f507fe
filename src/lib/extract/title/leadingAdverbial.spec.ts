import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('leadingAdverbial: what comes before the subject', () => {
	it('leaves out an opening date up to its comma, though a name with "and" follows it', () => {
		expect(
			title(
				'Last week, the Food and Drug Administration told drugmakers to cut their prices sharply by June 1.',
				'by June 1'
			)
		).toBe('Food and Drug Administration told drugmakers to cut their prices sharply');
	});

	it('keeps the first item of a list subject', () => {
		expect(
			title(
				'Mayor Ann Lee, Police Chief Tom Roe and Judge Amy Fox flew to the capital on Monday.',
				'on Monday'
			)
		).toMatch(/Lee, .*Roe and .*Fox flew/);
	});

	it('keeps a subject whose comma opens a phrase on it, not the subject', () => {
		expect(
			title(
				'Dozens of people in the hamlet of Alba, near the border in the north of the province had fallen ill in March.',
				'in March'
			)
		).toMatch(/^Dozens of people/);
	});

	it('leaves out the adverbial before a subject named in apposition', () => {
		expect(
			title(
				"And during the long strike, the union's veteran leader, Ana Ruiz, stepped down after a vote in 2011.",
				'in 2011'
			)
		).toBe("Union's veteran leader, Ana Ruiz, stepped down after a vote");
	});
});
