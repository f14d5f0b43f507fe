import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { isMonthDay, isSpanOfTime, isWeekday } from './kind';

/** compromise's own reading of a month and its day, as `isMonthDay` asked it before issue 12. */
function compromiseMonthDay(phrase: string): boolean {
	const terms = nlp(phrase).json()[0]?.terms as { tags: string[] }[] | undefined;
	return terms?.length === 2 && terms[0].tags.includes('Month') && terms[1].tags.includes('Date');
}

describe('the readings that ask compromise only of words that may be what they look for', () => {
	it('reads a month and its day as compromise does, the months its rules make included', () => {
		const phrases = [
			'March eighth',
			'march 8th',
			'May 8th',
			'Sept. 8th',
			'Dec 5',
			'June 4th',
			'Ápril 1st',
			'the company',
			'officials said',
			'decided 8th'
		];
		for (const phrase of phrases)
			expect(isMonthDay(phrase), phrase).toBe(compromiseMonthDay(phrase));
		expect(isMonthDay('March eighth')).toBe(true);
		expect(isMonthDay('the company')).toBe(false);
	});

	it('reads a weekday as compromise does, its abbreviations included', () => {
		const words = ['Friday', 'Tues', 'Thurs', 'Sundays', 'sun', 'sat', 'Sunni', 'month', 'Rome'];
		for (const word of words) expect(isWeekday(word), word).toBe(nlp(word).has('#WeekDay'));
		expect(isWeekday('Tues')).toBe(true);
		expect(isWeekday('Rome')).toBe(false);
	});

	it('reads a span of time as compromise does, its short forms included', () => {
		const words = ['months', 'Season', 'wks', 'yrs', 'weekend', 'Seasons', 'budget', 'talks'];
		for (const word of words)
			expect(isSpanOfTime(word), word).toBe(nlp(word.toLowerCase()).has('#Duration'));
		expect(isSpanOfTime('wks')).toBe(true);
		expect(isSpanOfTime('budget')).toBe(false);
	});
});
