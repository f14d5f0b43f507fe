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
