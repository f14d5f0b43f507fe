import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('draftTitle: what no title is', () => {
	it('opens on no auxiliary: a date that was the subject stays ("Today is Day 12")', () => {
		expect(title('"Today is Day 12" of the strike, the union leader said.', 'Today')).toBe(
			'Today is Day 12 of the strike'
		);
	});

	it('keeps a clause that opens on its noun, even one a tagger may read as a verb', () => {
		expect(
			title(
				'The trout had been in decline since the 1800s, when mill dams cut them off from the sea.',
				'the 1800s'
			)
		).toBe('Mill dams cut them off from the sea');
	});

	it('keeps a date that was the subject of a clause left with one word, without its speaker', () => {
		expect(title('"Today showed that the team can win," the coach told reporters.', 'Today')).toBe(
			'Today showed that the team can win'
		);
	});
});
