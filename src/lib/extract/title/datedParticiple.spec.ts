import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('datedParticiple: a participle on the subject goes with the date it holds', () => {
	it('leaves out the participle that dated the subject, not the verb', () => {
		expect(title('A survey published last month found 300 cases of fraud.', 'last month')).toBe(
			'Survey found 300 cases of fraud'
		);
		expect(
			title(
				'A report due to be released on Friday is expected to show that exports fell.',
				'Friday'
			)
		).toBe('Report is expected to show that exports fell');
	});

	it('keeps a past tense that is the main verb, and a participle after the verb', () => {
		expect(title('The council published on Monday a plan to close two schools.', 'Monday')).toMatch(
			/^Council published/
		);
		expect(title('Police found the car abandoned on Tuesday.', 'Tuesday')).toBe(
			'Police found the car abandoned'
		);
	});
});
