import { describe, expect, it } from 'vitest';
import { contentWords, stem } from './words';

describe('stem', () => {
	it('folds the inflections of one word to one stem', () => {
		expect(['kill', 'kills', 'killed', 'killing', 'killings'].map(stem)).toEqual(
			Array(5).fill('kill')
		);
		expect(stem('stopped')).toBe('stop');
		expect(stem('capped')).toBe(stem('caps'));
	});

	it('leaves a short word whole', () => {
		expect(['gas', 'bus', 'red'].map(stem)).toEqual(['gas', 'bus', 'red']);
	});
});

describe('contentWords', () => {
	it('keeps the words that say what happened, once each, without function words, weekdays or numbers of one or two digits (as days are)', () => {
		expect([
			...contentWords('The rig exploded on Tuesday, April 20, killing 11 workers; the rig sank.')
		]).toEqual(['rig', 'explod', 'april', 'kill', 'worker', 'sank']);
	});

	it('reads letters of any script and possessives', () => {
		expect([...contentWords('Zürich’s mayor met São Paulo’s council')]).toEqual([
			'zürich',
			'mayor',
			'met',
			'são',
			'paulo',
			'council'
		]);
	});
});
