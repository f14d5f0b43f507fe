import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetProblems, validateDataset } from '$lib/data/schema';
import { readPublishedDate, readTypedDate, suggestDate } from './dates';
import { DraftError, NO_DATE_FOUND, addEventFromSelection } from './draft';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);
const source = seed.sources[0];

/** The span of `phrase` in the seed article. */
function span(phrase: string) {
	const start = source.text.indexOf(phrase);
	if (start < 0) throw new Error(`"${phrase}" is not in the seed article`);
	return { source: source.id, start, end: start + phrase.length };
}

describe('readTypedDate', () => {
	it('keeps EDTF as typed, with the precision its shape states', () => {
		expect(readTypedDate(' 2024-01-01/2024-01-07 ')).toEqual({
			date: '2024-01-01/2024-01-07',
			precision: 'week',
			natural: false
		});
		expect(readTypedDate('2019/2024')).toEqual({
			date: '2019/2024',
			precision: 'year',
			natural: false
		});
		expect(readTypedDate('201X')).toMatchObject({ date: '201X', precision: 'decade' });
	});

	it('reads dates written in words that state their year, as EDTF', () => {
		expect(readTypedDate('Jan. 5, 2024')).toEqual({
			date: '2024-01-05',
			precision: 'day',
			natural: true
		});
		expect(readTypedDate('January 2024')).toEqual({
			date: '2024-01',
			precision: 'month',
			natural: true
		});
		expect(readTypedDate('5 January 2024.')).toMatchObject({ date: '2024-01-05' });
		expect(readTypedDate('the 1990s')).toMatchObject({ date: '199X', precision: 'decade' });
	});

	it('refuses words it cannot read whole, and words that need the publication date, naming the accepted forms', () => {
		for (const typed of ['Sept 2025 to March 2027', 'Friday', 'last week', 'soon', '']) {
			expect(() => readTypedDate(typed), typed).toThrow(DraftError);
		}
		expect(() => readTypedDate('Sept 2025 to March 2027')).toThrow(
			/^"Sept 2025 to March 2027" is not a date this page can read\. Write it as 2024-01-05, 2024-01 or 2019\/2024, or in words with its year/
		);
	});

	it('refuses a day the calendar lacks, in words, figures or ISO 8601, giving the calendar reason', () => {
		for (const [typed, reason] of [
			['April 31, 2010', 'April 2010 has 30 days'],
			['Thursday, 31 April 2010', 'April 2010 has 30 days'],
			['Feb. 29, 2023', 'February 2023 has 28 days'],
			['2/30/1900', 'February 1900 has 28 days'],
			['4/31/2010', 'April 2010 has 30 days'],
			['2010-13-05', 'the month 13 is not 1-12'],
			['2010-04-31', 'April 2010 has 30 days'],
			['2010-02-30/2010-03-02', 'February 2010 has 28 days']
		])
			expect(() => readTypedDate(typed), typed).toThrow(
				`“${typed}” is not a date on the calendar: ${reason}.`
			);
		// Its neighbours on the calendar are read as ever.
		expect(readTypedDate('April 30, 2010')).toMatchObject({ date: '2010-04-30' });
		expect(readTypedDate('Feb. 29, 2024')).toMatchObject({ date: '2024-02-29' });
	});
});

describe('readPublishedDate', () => {
	it('reads a publication day written as the event editor reads dates, as ISO 8601', () => {
		expect(readPublishedDate('Feb. 6, 1998')).toBe('1998-02-06');
		expect(readPublishedDate('Nov 4 1998')).toBe('1998-11-04');
		expect(readPublishedDate('11/4/1998')).toBe('1998-11-04');
		expect(readPublishedDate(' 6 February 1998. ')).toBe('1998-02-06');
		expect(readPublishedDate('Monday, Jan. 8, 2024')).toBe('2024-01-08');
	});

	it('keeps the time of day written after the day, and the zone when the byline states one', () => {
		expect(readPublishedDate('Feb. 6, 1998 10:19am')).toBe('1998-02-06T10:19');
		expect(readPublishedDate('Feb. 6, 1998, 10:19 p.m.')).toBe('1998-02-06T22:19');
		expect(readPublishedDate('11/4/1998 at 07:05')).toBe('1998-11-04T07:05');
		expect(readPublishedDate('Jan. 8, 2024 12 am')).toBe('2024-01-08T00:00');
		expect(readPublishedDate('Jan. 8, 2024 10:19am EST')).toBe('2024-01-08T10:19-05:00');
	});

	it('keeps ISO 8601 as stated, and refuses days ISO 8601 puts off the calendar', () => {
		for (const iso of ['2024-01-08', '2024-01-08T10:19', '2024-03-15T08:30+00:00'])
			expect(readPublishedDate(` ${iso} `)).toBe(iso);
		expect(() => readPublishedDate('2024-02-30')).toThrow(
			'“2024-02-30” is not a date on the calendar: February 2024 has 29 days.'
		);
	});

	it('refuses days that are not on the calendar, written in words or figures', () => {
		for (const [impossible, reason] of [
			['Feb. 30, 1998', 'February 1998 has 28 days'],
			['29 February 2023', 'February 2023 has 28 days'],
			['2/30/1998', 'February 1998 has 28 days']
		])
			expect(() => readPublishedDate(impossible), impossible).toThrow(
				`“${impossible}” is not a date on the calendar: ${reason}. Enter the day it was published, such as 2024-01-08 or Jan. 8, 2024`
			);
		for (const late of ['Jan. 8, 2024 25:00', 'Jan. 8, 2024 13:05pm', 'Jan. 8, 2024 10:75'])
			expect(() => readPublishedDate(late), late).toThrow(`“${late}” is not a time of day.`);
	});

	it('refuses words that name no day, and words that need the publication date itself', () => {
		expect(() => readPublishedDate('early November 1998')).toThrow(
			'“early November 1998” does not name a day. Enter the day it was published'
		);
		for (const relative of ['last Tuesday', 'Friday 10am', 'yesterday'])
			expect(() => readPublishedDate(relative), relative).toThrow(
				`“${relative}” is not a date this page can read.`
			);
		let field = '';
		try {
			readPublishedDate('');
		} catch (error) {
			field = (error as DraftError).field ?? '';
		}
		expect(field, 'the field a refusal is about').toBe('published');
	});
});

describe('suggestDate', () => {
	it('takes the date of a time expression inside the selection, read against the publication date', () => {
		expect(suggestDate(seed, span("the prime minister's office said Friday"))).toEqual({
			date: '2024-01-05',
			precision: 'day',
			expression: 'Friday',
			note: "Date suggested from 'Friday', not yet confirmed"
		});
	});

	it('otherwise takes a time expression of the same sentence, even after the selection', () => {
		expect(suggestDate(seed, span('the Islamic State from resurging'))).toMatchObject({
			date: '2014',
			precision: 'year',
			expression: '2014',
			note: "Date suggested from '2014', not yet confirmed"
		});
	});

	it('otherwise takes the nearest dated mention before the selection', () => {
		expect(suggestDate(seed, span('Additionally, al-Sudani said'))).toMatchObject({
			date: '2024-01-01/2024-01-07',
			precision: 'week',
			expression: 'Last week',
			note: "Date suggested from 'Last week', not yet confirmed"
		});
		expect(suggestDate(seed, span('During his speech'))).toMatchObject({
			date: '2014',
			precision: 'year',
			expression: '2014'
		});
		// In the selection's own sentence, before it, is nearer than any earlier event.
		expect(suggestDate(seed, span('when Hamas invaded Israel'))).toMatchObject({
			date: '2023-10-07',
			expression: 'Oct. 7, 2023'
		});
	});

	it('with no dated mention before the selection, marks the publication day uncertain and asks for a date', () => {
		const suggestion = suggestDate(seed, span('Iraq is starting the process'));
		expect(suggestion).toEqual({
			date: '2024-01-08?',
			precision: 'day',
			expression: null,
			note: NO_DATE_FOUND
		});
		const { dataset, id } = addEventFromSelection(seed, span('Iraq is starting the process'), {
			date: suggestion.date,
			precision: suggestion.precision,
			resolution: suggestion.note
		});
		expect(dataset.events.find((e) => e.id === id)).toMatchObject({
			date: '2024-01-08?',
			resolution: 'No date found nearby — set one'
		});
		expect(datasetProblems(dataset)).toEqual([]);
	});

	it('does not take its date from an event that is itself still waiting for one', () => {
		const waiting = addEventFromSelection(seed, span('Follow Madeleine Hubbard')).dataset;
		expect(suggestDate(waiting, span('Unlock unlimited access'))).toMatchObject({
			date: '2023-10-07',
			expression: 'Oct. 7, 2023'
		});
	});
});
