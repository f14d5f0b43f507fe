import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('narrator: the article\'s own "we"', () => {
	it('titles "we learned that X" with X', () => {
		expect(
			title(
				'Finally today, we learned that the space agency has taken a giant leap forward.',
				'today'
			)
		).toBe('Space agency has taken a giant leap forward');
		expect(title('We learned on Tuesday that the factory would close.', 'on Tuesday')).toBe(
			'Factory would close'
		);
	});

	it('leaves a speaker\'s "we" to the speaker', () => {
		expect(
			title('The union said on Friday that "we learned that the plant would close".', 'Friday')
		).not.toMatch(/^Plant would close$/);
	});
});
