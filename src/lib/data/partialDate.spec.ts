import { describe, expect, it } from 'vitest';
import { boundsOf } from './edtfBounds';
import { dayEnd, dayStart } from './calendar';
import { approximate, chronological, dateLabel, instantSpan, type Precision } from './partialDate';

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

describe('approximate', () => {
	it('calls a date approximate only when its EDTF qualifies it so, at either end', () => {
		expect(approximate('2014~')).toBe(true);
		expect(approximate('2014%')).toBe(true);
		expect(approximate('2004-06~/2004-08')).toBe(true);
	});

	it('never calls a date approximate for its precision: a year, a month or a week is exact at it', () => {
		for (const date of ['2014', '2020-01', '2024-01-01/2024-01-07', '201X', '2014-21', '2014?'])
			expect(approximate(date), date).toBe(false);
	});
});

describe('chronological', () => {
	it('orders by start, then end, then the more central, then as listed, without changing its input', () => {
		const events = [
			{ title: 'b', start: '2024-01-05', end: '2024-01-05' },
			{ title: 'a', start: '2014-01-01', end: '2014-12-31' },
			{ title: 'c', start: '2024-01-01', end: '2024-01-07' },
			{ title: 'a', start: '2024-01-05', end: '2024-01-05' },
			{ title: 'key', start: '2024-01-05', end: '2024-01-05', importance: 2 },
			{ title: 'minor', start: '2024-01-05', end: '2024-01-05', importance: 0 }
		];
		expect(chronological(events).map((e) => e.title)).toEqual(['a', 'c', 'key', 'minor', 'b', 'a']);
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

describe('dateLabel before year 1000 and in deep time', () => {
	it('writes years before 1 as BC, counting 1 BC as year 0 as ISO 8601 and EDTF do', () => {
		expect(dateLabel(dated('-0499', 'year'))).toBe('500 BC');
		expect(dateLabel(dated('0000', 'year'))).toBe('1 BC');
		expect(dateLabel(dated('-0043-03-15', 'day'))).toBe('March 15, 44 BC');
		expect(dateLabel(dated('-9999', 'year'))).toBe('10,000 BC');
		expect(dateLabel(dated('-0499/-0400', 'year'))).toBe('500-401 BC');
	});

	it('marks the years 1 to 999 AD so they read as years', () => {
		expect(dateLabel(dated('0079-08-24', 'day'))).toBe('Aug. 24, AD 79');
		expect(dateLabel(dated('0079', 'year'))).toBe('AD 79');
		expect(dateLabel(dated('-0043/0014', 'year'))).toBe('44 BC-AD 14');
	});

	it('writes years beyond 10,000 BC as years ago, rounded to the digits the year states', () => {
		expect(dateLabel(dated('Y-13799999999', 'year'))).toBe('13.8 billion years ago');
		expect(dateLabel(dated('Y-65999999', 'year'))).toBe('66 million years ago');
		expect(dateLabel(dated('Y-10000', 'year'))).toBe('12,000 years ago');
		expect(dateLabel(dated('Y-13799999999/Y-4539999999', 'year'))).toBe(
			'13.8 billion-4.54 billion years ago'
		);
	});

	it('writes years after 9999 as AD, and those past a million as years from now', () => {
		expect(dateLabel(dated('Y12000', 'year'))).toBe('AD 12,000');
		expect(dateLabel(dated('Y5000000000', 'year'))).toBe('in 5 billion years');
	});
});

describe('dateLabel to the minute', () => {
	it('writes a time of day after its day, in AP style', () => {
		expect(dateLabel(dated('2011-02-11T18:00', 'minute'))).toBe('Feb. 11, 2011, 6 p.m.');
		expect(dateLabel(dated('2011-02-11T06:30', 'minute'))).toBe('Feb. 11, 2011, 6:30 a.m.');
		expect(dateLabel(dated('2011-02-11T12:00', 'minute'))).toBe('Feb. 11, 2011, noon');
		expect(dateLabel(dated('2011-02-11T00:00', 'minute'))).toBe('Feb. 11, 2011, midnight');
		expect(dateLabel(dated('2011-02-11T18:00:30', 'minute'))).toBe('Feb. 11, 2011, 6:00:30 p.m.');
	});

	it('writes a span of times on one day once, and across days in full', () => {
		expect(dateLabel(dated('2011-02-11T18:00/2011-02-11T20:30', 'minute'))).toBe(
			'Feb. 11, 2011, 6-8:30 p.m.'
		);
		expect(dateLabel(dated('2011-02-11T11:00/2011-02-11T13:00', 'minute'))).toBe(
			'Feb. 11, 2011, 11 a.m.-1 p.m.'
		);
		expect(dateLabel(dated('2011-02-11T23:30/2011-02-12T01:00', 'minute'))).toBe(
			'Feb. 11, 2011, 11:30 p.m.-Feb. 12, 2011, 1 a.m.'
		);
	});
});

describe('instantSpan', () => {
	it('spans the minute a time of day names, and the whole days of any other date', () => {
		const at = instantSpan(dated('2011-02-11T18:00', 'minute'));
		expect(new Date(at.from).toISOString()).toBe('2011-02-11T18:00:00.000Z');
		expect(at.to - at.from).toBe(60_000);
		const span = instantSpan(dated('2011-02-11T23:30/2011-02-12T01:00', 'minute'));
		expect(new Date(span.to).toISOString()).toBe('2011-02-12T01:01:00.000Z');
		expect(instantSpan(dated('2014', 'year'))).toEqual({
			from: dayStart('2014-01-01'),
			to: dayEnd('2014-12-31')
		});
	});
});

describe('chronological across eras and hours', () => {
	it('orders BC before AD and deep time before both, and the times of one day by the clock', () => {
		const events = [
			{ title: 'evening', ...dated('2011-02-11T18:00', 'minute') },
			{ title: 'the day', ...dated('2011-02-11', 'day') },
			{ title: 'morning', ...dated('2011-02-11T09:15', 'minute') },
			{ title: 'Rome', ...dated('-0752', 'year') },
			{ title: 'future', ...dated('Y12000', 'year') },
			{ title: 'Big Bang', ...dated('Y-13799999999', 'year') }
		];
		expect(chronological(events).map((e) => e.title)).toEqual([
			'Big Bang',
			'Rome',
			'the day',
			'morning',
			'evening',
			'future'
		]);
	});
});
