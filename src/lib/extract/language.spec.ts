import { describe, expect, it } from 'vitest';
import { clearLanguageCache, isAbbreviation, languageStats, MAX_TAGGED, tag } from './language';

describe('tag', () => {
	it('gives each word of a sentence its exact place, its part of speech and its lemma', () => {
		const text = 'Rebels captured the town on Monday.';
		const words = tag(text);
		for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
		expect(words.map((w) => w.pos).slice(1)).toEqual([
			'VERB',
			'DET',
			'NOUN',
			'ADP',
			'PROPN',
			'PUNCT'
		]);
		expect(words[1].lemma).toBe('capture');
	});

	it('keeps offsets exact across no-break spaces, tabs, curly quotes, emoji and a line separator', () => {
		const text = 'Iraq’s prime minister\u00a0said\tFriday: “We’ll go.” 😀 then\u2028left.';
		const words = tag(text);
		for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
		expect(words.map((w) => w.text)).toContain('left');
	});

	it('gives a word wink has no lemma for its own text as lemma ("ive.")', () => {
		expect(tag('ive.').map((w) => w.lemma)).toEqual(tag('ive.').map((w) => w.lower));
		expect(isAbbreviation('ive')).toBe(false);
	});

	it('tags a sentence once: asking again reads the remembered tagging', () => {
		clearLanguageCache();
		const before = { ...languageStats };
		tag('The council voted on Monday to close the library.');
		tag('The council voted on Monday to close the library.');
		expect(languageStats.tagged - before.tagged).toBe(1);
		expect(languageStats.hits - before.hits).toBe(1);
	});

	it('tags only the first stretch of a text with no sentence end, so a pasted table costs little', () => {
		const words = tag('1999 2000 '.repeat(2000));
		expect(words.at(-1)!.end).toBeLessThanOrEqual(MAX_TAGGED);
	});

	it('reads a capitalised word inside a sentence as a name, and "plans to" after a subject as a verb', () => {
		const wade = tag('It came a week after the Roe vs. Wade decision.').find(
			(w) => w.text === 'Wade'
		);
		expect(wade?.pos).toBe('PROPN');
		const plans = tag('On Tuesday, the league plans to hold a news conference.').find(
			(w) => w.text === 'plans'
		);
		expect(plans?.pos).toBe('VERB');
	});

	it('reads a capitalised word after a comma as a name, not a verb: "the governor, Amina Said, told"', () => {
		for (const sentence of [
			'The governor of the county, Said, told reporters on Monday.',
			'In March, Said announced a curfew.'
		]) {
			const said = tag(sentence).find((w) => w.text === 'Said');
			expect(said?.pos, sentence).toBe('PROPN');
		}
		// A lower-case verb after a comma stays a verb.
		const said = tag('The cases were confirmed on Monday, said Amina Said.').find(
			(w) => w.text === 'said'
		);
		expect(said?.pos).toBe('VERB');
	});
});

describe('isAbbreviation', () => {
	it('knows the abbreviations of news: titles, months, companies, states, "U.S."', () => {
		for (const word of ['Gen', 'Sen', 'Oct', 'Sept', 'Corp', 'Inc', 'Calif', 'Ala', 'U.S', 'a.m'])
			expect(isAbbreviation(word), word).toBe(true);
	});

	it('reads a lone lower-case letter as no abbreviation ("their 401(k)s."), nor a word', () => {
		for (const word of ['s', 'k', 'Friday', 'Iraq', 'home'])
			expect(isAbbreviation(word), word).toBe(false);
		// A capital letter is an initial: "J. Smith".
		expect(isAbbreviation('J')).toBe(true);
	});
});
