import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('governingSubject: a pronoun whose clause hangs on an earlier verb', () => {
	it('stands for the subject of the verb its clause hangs on, past the same pronoun', () => {
		expect(
			title(
				'At a briefing in Geneva, Health Minister Anna Berg said she would call a meeting when she returned to Oslo on Friday.',
				'on Friday',
				['The agency said the risk was low.']
			)
		).toBe('Health Minister Anna Berg returned to Oslo');
		expect(
			title(
				"The county's hotline released figures showing that it received 900 calls on Sunday.",
				'on Sunday'
			)
		).toBe("County's hotline received 900 calls");
	});

	it('gives no pronoun a subject it does not agree with: no person is an "it"', () => {
		expect(
			title(
				'Mayor Ann Reyes unveiled a plan showing that it would cost $2 million by May.',
				'by May'
			)
		).not.toMatch(/Reyes would cost/);
	});

	it('reads past a participle on a noun to the verb before it', () => {
		expect(
			title(
				'At a rally in Leeds, Premier Tom Hale said he would chair a meeting of the civil emergencies committee known as Cobra when he returned on Monday.',
				'on Monday',
				['The agency said the risk was low.']
			)
		).toBe('Premier Tom Hale returned');
	});

	it("gives no verb before a colon or a quotation the pronouns of someone's own words", () => {
		expect(
			title(
				'Even the mayor felt bound to add: "It is a long road but today we are moving."',
				'today'
			)
		).toMatch(/^It is a long road/);
	});
});
