import { describe, expect, it } from 'vitest';
import { makeDraft } from './draft';
import { flaw } from './gate';
import { title } from './testing';

/** The flaw of a title that is the whole of `text`. */
const flawOf = (text: string, nominal = false) => {
	const draft = makeDraft(text, 0, 0);
	draft.nominal = nominal;
	return flaw(draft);
};

describe('gate: the flaws a shown title must not have', () => {
	it('finds a pronoun that names nothing, a title without a verb, a last word that dangles', () => {
		expect(flawOf('They were not yet for sale')).toBe('pronoun');
		expect(flawOf('Crews on the bridge over the river')).toBe('no verb');
		expect(flawOf('Crews repaired the bridge over the')).toBe('dangling');
		expect(flawOf('Crews repaired the bridge')).toBeUndefined();
	});

	it('leaves a noun phrase that is a headline by design, an article "this", a particle', () => {
		expect(flawOf('The great flood', true)).toBeUndefined();
		expect(flawOf('This kind of flood is rare')).toBeUndefined();
		expect(flawOf('The plant was shut down')).toBeUndefined();
	});
});

describe('gate in the title pipeline', () => {
	it('names the subject an opening "they" stands for, when no step did', () => {
		expect(
			title(
				'Engineers say the third span of the bridge looks stronger still, and they plan to publish a full report next spring.',
				'next spring'
			)
		).toBe('Engineers plan to publish a full report');
	});

	it('leaves a pronoun alone when the subject does not agree with it', () => {
		expect(
			title(
				'The ministry said it had told the family of the pilot, 40 when he vanished, that he probably died within days of his capture on March 3, 2019.',
				'March 3, 2019'
			)
		).not.toMatch(/^Ministry probably died/);
	});
});
