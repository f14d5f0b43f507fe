import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('participleAside', () => {
	it('titles a date in a participle aside by its noun and that participle', () => {
		expect(
			title(
				'The bill, drafted by the finance ministry in April, was rejected by parliament on Thursday.',
				'April'
			)
		).toBe('Bill was drafted by the finance ministry');
		expect(
			title(
				'The bill, drafted by the finance ministry in April, was rejected by parliament on Thursday.',
				'Thursday'
			)
		).toBe('Bill was rejected by parliament');
	});
});

describe('participleOpener', () => {
	it('titles a date in an opening participle by the main subject and that participle', () => {
		expect(title('Founded in 1983, Northgate grew into a lender to startups.', '1983')).toBe(
			'Northgate was founded'
		);
		expect(
			title('Born in Accra in 1941, the painter moved to Paris at the age of 20.', '1941')
		).toBe('Painter was born in Accra');
		expect(
			title('Elected in May 2019, the two senators have opposed every budget since.', 'May 2019')
		).toBe('Two senators were elected');
	});

	it("leaves out an opening participle when the date is the main clause's", () => {
		expect(title('Elected in 2019, the mayor resigned on Monday.', 'Monday')).toBe(
			'Mayor resigned'
		);
		expect(
			title('Founded in 1983, Northgate grew into a lender to startups by 2008.', '2008')
		).toBe('Northgate grew into a lender to startups');
		expect(
			title('Hit by rising rates, the lender sold its bonds at a loss on Wednesday.', 'Wednesday')
		).toBe('Lender sold its bonds at a loss');
	});

	it('titles what a speaker answered when the date is in the opening question', () => {
		expect(
			title(
				'Asked on a radio show Friday whether the city had done enough to warn residents, Fire Chief Ana Ruiz said the response had been fast.',
				'Friday'
			)
		).toBe('Response had been fast');
	});

	it('finds the main subject past a relative clause on it', () => {
		expect(
			title(
				'Opened in 1962, the bridge that carries the highway was closed for repairs in May.',
				'1962'
			)
		).toBe('Bridge was opened');
		expect(
			title(
				'Opened in 1962, the bridge that carries the highway was closed for repairs in May.',
				'May'
			)
		).toBe('Bridge was closed for repairs');
	});

	it('reads a sentence that opens on its verb as no participle', () => {
		expect(title('Fighters captured the town on Monday, officials said.', 'Monday')).toBe(
			'Fighters captured the town'
		);
	});
});
