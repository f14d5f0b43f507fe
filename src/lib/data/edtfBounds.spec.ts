import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './edtfBounds';
import { isoDay } from './calendar';

const parsed = (date: string) => {
	const { min, max } = edtf(date);
	return { start: isoDay(min), end: isoDay(max) };
};

describe('boundsOf', () => {
	it('gives the parser’s bounds for every plain year, month, day and interval of them', () => {
		const two = (n: number) => String(n).padStart(2, '0');
		const plain = fc
			.tuple(
				fc.integer({ min: 1000, max: 2999 }),
				fc.integer({ min: 0, max: 12 }),
				fc.integer({ min: 0, max: 28 })
			)
			.map(([y, m, d]) =>
				m === 0 ? `${y}` : d === 0 ? `${y}-${two(m)}` : `${y}-${two(m)}-${two(d)}`
			);
		fc.assert(
			fc.property(plain, plain, (a, b) => {
				expect(boundsOf(a)).toEqual(parsed(a));
				const [from, to] = a <= b ? [a, b] : [b, a];
				expect(boundsOf(`${from}/${to}`)).toEqual(parsed(`${from}/${to}`));
			})
		);
	});

	it('knows leap years without the parser', () => {
		expect(boundsOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
		expect(boundsOf('1900-02')).toEqual({ start: '1900-02-01', end: '1900-02-28' });
	});

	it('leaves qualified and unspecified dates to the parser', () => {
		expect(boundsOf('201X')).toEqual({ start: '2010-01-01', end: '2019-12-31' });
		expect(boundsOf('2020~')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
	});

	it('refuses a day that is not real instead of rolling it over', () => {
		expect(() => boundsOf('2023-02-30')).toThrow();
	});
});

describe('boundsOf in deep time and to the minute', () => {
	it('bounds years before 1 as EDTF numbers them (-0499 is 500 BC), as the parser does', () => {
		for (const date of ['-0499', '0000', '-0499-02', '-0004-02', '-0499-03-15', '-0499/-0400']) {
			expect(boundsOf(date), date).toEqual(parsed(date));
		}
		expect(boundsOf('-0004-02')).toEqual({ start: '-0004-02-01', end: '-0004-02-29' });
	});

	it('bounds EDTF Y years, which only the year can state, beyond what the parser reaches', () => {
		expect(boundsOf('Y-13799999999')).toEqual({
			start: '-13799999999-01-01',
			end: '-13799999999-12-31'
		});
		expect(boundsOf('Y12000')).toEqual({ start: '12000-01-01', end: '12000-12-31' });
		expect(boundsOf('Y-13799999999/Y-4539999999')).toEqual({
			start: '-13799999999-01-01',
			end: '-4539999999-12-31'
		});
		expect(boundsOf('Y-65999999/1969')).toEqual({ start: '-65999999-01-01', end: '1969-12-31' });
	});

	it('refuses a Y year of four digits or fewer, which EDTF writes plainly, and an interval that runs backwards', () => {
		expect(() => boundsOf('Y-500')).toThrow();
		expect(() => boundsOf('Y2024')).toThrow();
		expect(() => boundsOf('Y12000/Y-13799999999')).toThrow();
	});

	it('bounds a time of day, and an interval of times, by the days they fall on', () => {
		expect(boundsOf('2011-02-11T18:00')).toEqual({ start: '2011-02-11', end: '2011-02-11' });
		expect(boundsOf('2011-02-11T18:00:30')).toEqual({ start: '2011-02-11', end: '2011-02-11' });
		expect(boundsOf('2011-02-11T23:30/2011-02-12T01:00')).toEqual({
			start: '2011-02-11',
			end: '2011-02-12'
		});
		expect(() => boundsOf('2011-02-11T24:00')).toThrow();
		expect(() => boundsOf('2011-02-11T18:00/2011-02-11T17:59')).toThrow();
	});
});
