import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('otherDates', () => {
	it('leaves out of a title the dates of other happenings its sentence names', () => {
		expect(
			title('The talks ended without a deal on Friday, the first since March 3.', 'March 3')
		).not.toMatch(/Friday/);
		expect(
			title('Police arrested the driver on Tuesday, two days after the crash on Sunday.', 'Sunday')
		).toBe('Police arrested the driver');
		expect(
			title('Inspectors cleared the ferry on Feb. 27 and it sank on March 3.', 'Feb. 27')
		).not.toMatch(/March/);
	});

	it('keeps words that only look like dates, and a date that is the subject', () => {
		expect(title('He may resign in two days, his aides said on Monday.', 'Monday')).toBe(
			'He may resign in two days'
		);
		expect(title('Friday was the hottest day of the year, the agency said in July.', 'July')).toBe(
			'Friday was the hottest day of the year'
		);
	});
});

describe('a description of the date itself', () => {
	it('is no title: ", which was the day …" after the date describes the day, not the happening', () => {
		expect(
			title(
				'The governor declared an emergency on Sunday, which was the day the river crested.',
				'Sunday'
			)
		).toBe('Governor declared an emergency');
		expect(
			title(
				'The minister announced the plan on Monday, which is the anniversary of the war.',
				'Monday'
			)
		).toBe('Minister announced the plan');
	});
});
