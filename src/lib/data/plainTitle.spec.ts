import { describe, expect, it } from 'vitest';
import { plainTitle } from './plainTitle';

describe('plainTitle', () => {
	it('leaves a title without bidi controls as it is, right-to-left letters included', () => {
		expect(plainTitle('Bridge opens')).toBe('Bridge opens');
		expect(plainTitle('افتتاح الجسر')).toBe('افتتاح الجسر');
	});

	it('drops embeddings, overrides and isolates, which a plain-text title shows as junk', () => {
		const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
		for (const code of controls) {
			const control = String.fromCodePoint(code);
			expect(plainTitle(`${control}Bridge${control} opens`), code.toString(16)).toBe(
				'Bridge opens'
			);
		}
	});

	it('keeps the marks that only steer neutral characters (LRM, RLM, ALM)', () => {
		expect(plainTitle('A\u200eB\u200fC\u061cD')).toBe('A\u200eB\u200fC\u061cD');
	});
});
