import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetProblems, validateDataset } from '$lib/data/schema';
import { readTypedDate, suggestDate } from './dates';
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
});

describe('suggestDate', () => {
	it('takes the date of a time expression inside the selection, read against the publication date', () => {
		expect(suggestDate(seed, span("the prime minister's office said Friday"))).toEqual({
			date: '2024-01-05',
			precision: 'day',
			expression: 'Friday',
			note: "Date suggested from 'Friday' — check it"
		});
	});

	it('otherwise takes a time expression of the same sentence, even after the selection', () => {
		expect(suggestDate(seed, span('the Islamic State from resurging'))).toMatchObject({
			date: '2014',
			precision: 'year',
			expression: '2014',
			note: "Date suggested from '2014' — check it"
		});
	});

	it('otherwise takes the nearest dated mention before the selection', () => {
		expect(suggestDate(seed, span('Additionally, al-Sudani said'))).toMatchObject({
			date: '2024-01-01/2024-01-07',
			precision: 'week',
			expression: 'Last week',
			note: "Date suggested from 'Last week' — check it"
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
