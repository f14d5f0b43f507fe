import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe("quotedSpeaker: a quotation is someone's words", () => {
	it('opens a title drawn from a quotation on its speaker, as a headline gives a claim', () => {
		expect(
			title('"Prices will fall sharply next year," the finance minister said on Monday.', 'Monday')
		).toBe('Finance minister: Prices will fall sharply next year');
		expect(title('"The river is falling now," the mayor told reporters on Monday.', 'Monday')).toBe(
			'Mayor: River is falling now'
		);
	});

	it('leaves a reported statement without quotation marks as it was', () => {
		expect(title('The finance minister said on Monday that prices would fall.', 'Monday')).toBe(
			'Prices would fall'
		);
	});

	it('leaves a quotation whose speaker is a pronoun with nothing before to name it as it was', () => {
		expect(title('"Prices will fall," she said on Monday.', 'Monday')).toBe('Prices will fall');
	});

	it('gives no speaker to a few quoted words inside a reported clause, nor to a clause that borrows its subject', () => {
		expect(
			title(
				'The council is forming a "panel to review the budget," the office said Friday.',
				'Friday'
			)
		).toBe('Council is forming a panel to review the budget');
		expect(
			title(
				'"This old bridge, which has stood for so long, deserves a repair," Dunn said Wednesday.',
				'Wednesday'
			)
		).toBe('This old bridge deserves a repair');
	});
});
