import { describe, expect, it } from 'vitest';
import { nextPath } from './guard';

describe('nextPath: where signing in leads', () => {
	it('keeps a path on this site, with its query', () => {
		expect(nextPath('/editor/t/iraq/')).toBe('/editor/t/iraq/');
		expect(nextPath('/new/?continue=iraq')).toBe('/new/?continue=iraq');
	});

	it('never leads to another site', () => {
		for (const next of [
			'//evil.example/',
			'https://evil.example/',
			'/\\evil.example',
			'javascript:alert(1)',
			'evil',
			''
		]) {
			expect(nextPath(next)).toBe('/editor/');
		}
		expect(nextPath(null)).toBe('/editor/');
	});
});
