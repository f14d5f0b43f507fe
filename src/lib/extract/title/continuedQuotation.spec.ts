import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('continuedQuotation', () => {
	it('gives a quotation with no attribution of its own the speaker of the sentence before', () => {
		expect(
			title('"If the tests go well, we will open the bridge on Friday."', 'on Friday', [
				'"We are checking the cables now," Okafor told reporters.'
			])
		).toBe('Okafor: We will open the bridge');
		expect(
			title('"We will have the second crane working next week.', 'next week', [
				'The harbour master, Ines Duarte, said on Monday that one crane was working.',
				'She said she hoped to clear the backlog soon.'
			])
		).toBe('Ines Duarte: We will have the second crane working');
	});

	it('leaves a quotation whose sentence before names no speaker as it was', () => {
		expect(
			title('"We will open the bridge on Friday."', 'on Friday', [
				'The cables were checked last month.'
			])
		).toBe('We will open the bridge');
	});
});
