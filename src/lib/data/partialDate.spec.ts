import { describe, expect, it } from 'vitest';
import { boundsOf } from './edtfBounds';
import { dayEnd, dayStart } from './calendar';
import { chronological, dateLabel, type Precision } from './partialDate';

const dated = (date: string, precision: Precision) => ({ date, precision, ...boundsOf(date) });

describe('boundsOf', () => {
	it('bounds a year, a month and a day by their first and last days', () => {
		expect(boundsOf('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
		expect(boundsOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
		expect(boundsOf('2023-10-07')).toEqual({ start: '2023-10-07', end: '2023-10-07' });
	});

	it('bounds an interval by its endpoints and a decade by its years', () => {
		expect(boundsOf('2024-01-01/2024-01-07')).toEqual({ start: '2024-01-01', end: '2024-01-07' });
		expect(boundsOf('2014-03/2014-05')).toEqual({ start: '2014-03-01', end: '2014-05-31' });
		expect(boundsOf('201X')).toEqual({ start: '2010-01-01', end: '2019-12-31' });
	});

	it('throws on text that is not EDTF', () => {
		expect(() => boundsOf('last week')).toThrow();
	});
});

describe('dayStart and dayEnd', () => {
	it('are UTC midnights a day apart, whatever the local zone', () => {
		expect(new Date(dayStart('2024-01-08')).toISOString()).toBe('2024-01-08T00:00:00.000Z');
		expect(dayEnd('2024-01-08') - dayStart('2024-01-08')).toBe(86_400_000);
	});
});

describe('dateLabel', () => {
	it('writes a day in AP style', () => {
		expect(dateLabel(dated('2023-10-07', 'day'))).toBe('Oct. 7, 2023');
		expect(dateLabel(dated('2024-03-05', 'day'))).toBe('March 5, 2024');
		expect(dateLabel(dated('2024-09-05', 'day'))).toBe('Sept. 5, 2024');
	});

	it('writes a week as its range of days', () => {
		expect(dateLabel(dated('2024-01-01/2024-01-07', 'week'))).toBe('Jan. 1-7, 2024');
		expect(dateLabel(dated('2024-01-29/2024-02-04', 'week'))).toBe('Jan. 29-Feb. 4, 2024');
		expect(dateLabel(dated('2024-12-30/2025-01-05', 'week'))).toBe('Dec. 30, 2024-Jan. 5, 2025');
	});

	it('writes months, seasons, quarters, years and decades no finer than they are known', () => {
		expect(dateLabel(dated('2020-01', 'month'))).toBe('January 2020');
		expect(dateLabel(dated('2014-03/2014-05', 'season'))).toBe('Spring 2014');
		expect(dateLabel(dated('2023-07/2023-09', 'quarter'))).toBe('Q3 2023');
		expect(dateLabel(dated('2014', 'year'))).toBe('2014');
		expect(dateLabel(dated('201X', 'decade'))).toBe('the 2010s');
	});

	it('marks approximate and uncertain dates', () => {
		expect(dateLabel(dated('2020~', 'year'))).toBe('c. 2020');
		expect(dateLabel(dated('2020?', 'year'))).toBe('2020?');
	});
});

describe('chronological', () => {
	it('orders by start, then end, then title, without changing its input', () => {
		const events = [
			{ title: 'b', start: '2024-01-05', end: '2024-01-05' },
			{ title: 'a', start: '2014-01-01', end: '2014-12-31' },
			{ title: 'c', start: '2024-01-01', end: '2024-01-07' },
			{ title: 'a', start: '2024-01-05', end: '2024-01-05' }
		];
		expect(chronological(events).map((e) => e.title)).toEqual(['a', 'c', 'a', 'b']);
		expect(events[0].title).toBe('b');
	});
});

describe('boundsOf without the parser', () => {
	it('bounds plain years, months, days and day intervals exactly as the EDTF parser does', async () => {
		const { default: edtf } = await import('edtf');
		const samples = [
			'2014',
			'2000-02',
			'1900-02',
			'2024-02',
			'2023-04',
			'2023-12',
			'2023-10-07',
			'2024-02-29',
			'2024-01-01/2024-01-07',
			'2024-12-30/2025-01-05'
		];
		for (const date of samples) {
			const parsed = edtf(date) as { min: number; max: number };
			const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
			expect(boundsOf(date), date).toEqual({ start: day(parsed.min), end: day(parsed.max) });
		}
	});

	it('leaves every other shape to the parser', () => {
		expect(boundsOf('201X')).toEqual({ start: '2010-01-01', end: '2019-12-31' });
		expect(boundsOf('2020~')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
	});
});
