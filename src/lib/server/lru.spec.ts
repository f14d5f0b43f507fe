import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
	it('forgets the least recently used entry past its count', () => {
		const lru = new Lru<string>(2, Infinity, () => 1);
		lru.set('a', 'A');
		lru.set('b', 'B');
		expect(lru.get('a')).toBe('A');
		lru.set('c', 'C');
		expect(lru.get('b')).toBe(undefined);
		expect([lru.get('a'), lru.get('c')]).toEqual(['A', 'C']);
	});

	it('forgets the oldest entries past its total size, and keeps nothing larger than it', () => {
		const lru = new Lru<string>(100, 10, (v) => v.length);
		lru.set('a', '12345');
		lru.set('b', '12345');
		lru.set('c', '123');
		expect(lru.get('a')).toBe(undefined);
		expect(lru.size).toBe(2);
		lru.set('huge', '12345678901');
		expect(lru.get('huge')).toBe(undefined);
		expect(lru.get('b')).toBe('12345');
	});

	it('replaces an entry under the same key, counting its size once', () => {
		const lru = new Lru<string>(100, 10, (v) => v.length);
		lru.set('a', '1234567');
		lru.set('a', '1234567');
		expect(lru.get('a')).toBe('1234567');
		lru.set('b', '123');
		expect(lru.size).toBe(2);
	});
});
