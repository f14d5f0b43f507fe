import { describe, expect, it } from 'vitest';
import { after, title } from './testing';

describe('colonSpeaker: words after a speaker and a colon', () => {
	it('names the speaker of a quoted "we" after the colon, the date in the speaker\'s words', () => {
		expect(
			title('The Red Cross said: "We started receiving calls about the storm on Sunday.', 'Sunday')
		).toBe('Red Cross: We started receiving calls about the storm');
		expect(title('Mayor Jane Ortiz said: "We will reopen the schools on Monday."', 'Monday')).toBe(
			'Mayor Jane Ortiz: We will reopen the schools'
		);
	});

	it('reads no speaker before a colon that follows no verb of saying', () => {
		expect(
			after('colonSpeaker', 'The plan has two parts: we reopen the schools on Monday.', 'Monday')
		).toBe('we reopen the schools on Monday.');
	});

	it("reads a quotation after a colon as someone's own words, its pronouns left as they are", () => {
		expect(
			title(
				'The coach felt duty bound to add: "It is a long season but today we are winning."',
				'today'
			)
		).toBe('It is a long season but we are winning');
	});
});
