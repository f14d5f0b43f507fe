import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbered } from './ids';

describe('numbered', () => {
	it('gives the base, then base-2, base-3, skipping numbers already taken', () => {
		const taken = new Set(['vote', 'vote-3']);
		expect(['vote', 'vote', 'vote', 'poll'].map((base) => numbered(base, taken))).toEqual([
			'vote-2',
			'vote-4',
			'vote-5',
			'poll'
		]);
	});

	it('gives the same ids as trying every number from 2, for any sequence of bases', () => {
		const base = fc.constantFrom('a', 'a-2', 'a-3', 'b', 'a-2-2');
		fc.assert(
			fc.property(fc.array(base, { maxLength: 30 }), (bases) => {
				const fast = new Set<string>();
				const slow = new Set<string>();
				for (const b of bases) {
					let id: string = b;
					for (let n = 2; slow.has(id); n++) id = `${b}-${n}`;
					slow.add(id);
					expect(numbered(b, fast)).toBe(id);
				}
			})
		);
	});
});
