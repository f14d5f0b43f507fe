import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('participleAfter: a participle phrase after its clause, with a date of its own', () => {
	const sentence =
		'The minister flew to Lagos on Sunday, arriving in Abuja on Tuesday for talks with the president.';

	it("titles the phrase's date with the phrase, told of the main subject", () => {
		expect(title(sentence, 'Tuesday')).toBe(
			'Minister arriving in Abuja for talks with the president'
		);
	});

	it("leaves the main clause's date to the main clause", () => {
		expect(title(sentence, 'Sunday')).toBe('Minister flew to Lagos');
	});

	it('leaves a phrase to its clause when the clause holds no date of its own', () => {
		expect(title('The storm hit the coast, killing 40 people on Monday.', 'Monday')).toBe(
			'Storm hit the coast'
		);
	});
});
