import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('what a title leaves out: the first and last words', () => {
	it('opens on no "that" of reported words', () => {
		expect(
			title(
				'Forecasters have warned that changing winds could drive the slick ashore on Friday.',
				'Friday'
			)
		).toBe('Changing winds could drive the slick ashore');
	});

	it('opens on no bullet of a list', () => {
		for (const bullet of ['*', '\\*', '•'])
			expect(title(`${bullet} The 1918 pandemic struck young adults.`, '1918')).toBe(
				'Pandemic struck young adults'
			);
	});
});
