import { describe, expect, it } from 'vitest';
import { after, title } from './testing';

describe('attributionAfter', () => {
	it('leaves out "…, the office said Friday" and "according to …"', () => {
		expect(
			after('attributionAfter', 'The plant will close in March, the company said Friday.', 'Friday')
		).toBe('The plant will close in March');
		expect(
			title('The mayor has found funds for a museum, according to a report Friday.', 'Friday')
		).toBe('Mayor has found funds for a museum');
	});

	it('gives first-person words quoted to their speaker, named before or after the verb', () => {
		expect(
			title('"We are ready to talk," the union\'s leader, Ana Ruiz, said on Monday.', 'Monday')
		).toBe('Ana Ruiz: We are ready to talk');
		expect(title('"I will not resign," said Mayor Tom Hale on Monday.', 'Monday')).toBe(
			'Mayor Tom Hale: I will not resign'
		);
	});

	it('keeps a quotation\'s own "they", and no attribution with an object of its own is one', () => {
		expect(title('"They promised us a bridge in 2015 too," said Rosa Lind.', '2015')).toBe(
			'Rosa Lind: They promised us a bridge too'
		);
		expect(
			title('In the year ended March 31, the firm reported sales of $9 million.', 'March 31')
		).toBe('Firm reported sales of $9 million');
	});

	it('leaves out an attribution whose speaker is named in an apposition, and "told reporters"', () => {
		expect(
			title(
				'At least 30 cases were confirmed on Monday, the county governor, Amina Said, told reporters.',
				'Monday'
			)
		).toBe('At least 30 cases were confirmed');
		expect(
			title(
				'The outbreak began in March, the governor of the county, Said, told the BBC on Monday.',
				'March'
			)
		).toBe('Outbreak began');
	});

	it("gives a clause ended inside a quotation the quotation's speaker", () => {
		expect(
			title(
				'"We signed today with the union a deal that should keep the plant open for years to come," Ann Lee told reporters.',
				'today'
			)
		).toBe('Ann Lee: We signed with the union a deal');
	});
});
