import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../index';

// Published on Thursday, March 14, 2024: the days of that week and the next.
const PUBLISHED = '2024-03-14';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const BEFORE = [
	'2024-03-11',
	'2024-03-12',
	'2024-03-13',
	'2024-03-14',
	'2024-03-08',
	'2024-03-09',
	'2024-03-10'
];
const AFTER = [
	'2024-03-18',
	'2024-03-19',
	'2024-03-20',
	'2024-03-14',
	'2024-03-15',
	'2024-03-16',
	'2024-03-17'
];

/** The value of the weekday in `sentence`, published on a Thursday. */
function day(sentence: string, weekday: string): string | undefined {
	return extractTimexes(sentence, PUBLISHED).find((t) => t.text === weekday)?.value;
}

describe('weekdayRefiner: which week a bare weekday names', () => {
	it('takes the most recent such day (or the day itself) in a past-tense sentence', () => {
		WEEKDAYS.forEach((weekday, k) => {
			expect(day(`The mayor said on ${weekday} that the bridge was unsafe.`, weekday)).toBe(
				BEFORE[k]
			);
			expect(day(`A courier was robbed ${weekday} near the station.`, weekday)).toBe(BEFORE[k]);
		});
	});

	it('takes the coming such day (or the day itself) in a future-tense sentence', () => {
		WEEKDAYS.forEach((weekday, k) => {
			expect(day(`The council will vote ${weekday} on the budget.`, weekday)).toBe(AFTER[k]);
			expect(day(`The ferry is to resume sailing on ${weekday}.`, weekday)).toBe(AFTER[k]);
		});
	});

	it('reads an infinitive after a verb in the present as ahead: "are forecast to fall on Sunday"', () => {
		WEEKDAYS.forEach((weekday, k) => {
			expect(day(`Temperatures are forecast to fall on ${weekday}.`, weekday)).toBe(AFTER[k]);
			expect(day(`The vote is likely to take place on ${weekday}.`, weekday)).toBe(AFTER[k]);
			expect(day(`The union is ready to sign the deal ${weekday}.`, weekday)).toBe(AFTER[k]);
		});
	});

	it('reads a day a plan is for as ahead, whatever the verb: "called a protest for Saturday"', () => {
		WEEKDAYS.forEach((weekday, k) => {
			expect(day(`Unions have called a strike for ${weekday}.`, weekday)).toBe(AFTER[k]);
			expect(day(`The club booked the hall for ${weekday}.`, weekday)).toBe(AFTER[k]);
		});
		// A possessive is what happened: "jailed for Saturday's attack".
		expect(day("Two men were jailed for Saturday's attack.", 'Saturday')).toBe('2024-03-09');
	});

	it('keeps an infinitive after a verb in the past in the past: "tried to flee on Monday"', () => {
		WEEKDAYS.forEach((weekday, k) => {
			expect(day(`The suspect tried to flee on ${weekday}.`, weekday)).toBe(BEFORE[k]);
			expect(day(`Workers began to clear the debris ${weekday}.`, weekday)).toBe(BEFORE[k]);
		});
	});
});
