import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, markedRuns, matches, matchRanges, parseQuery } from './search';

const event = {
	id: 'strike',
	title: 'U.S. strike kills militia leader in Baghdad',
	summary: 'The Pentagon said it acted in self-defense.',
	quotes: [{ text: 'Mushtaq Taleb al-Saidi was killed in the coalition’s strike on Thursday.' }]
};

describe('parseQuery', () => {
	it('reads words and quoted phrases, folded', () => {
		expect(parseQuery(' Strike  “Prime Minister” ')).toEqual({
			words: ['strike'],
			phrases: ['prime minister']
		});
		expect(parseQuery('  ')).toEqual({ words: [], phrases: [] });
	});
});

describe('matches', () => {
	it('finds an event by words that begin words of its title, summary or quotes', () => {
		expect(matches(event, parseQuery('kill'))).toBe(true);
		expect(matches(event, parseQuery('pentagon self-defense'))).toBe(true);
		expect(matches(event, parseQuery('saidi thursday'))).toBe(true);
	});

	it('asks for every word, and a quoted phrase as written', () => {
		expect(matches(event, parseQuery('strike paris'))).toBe(false);
		expect(matches(event, parseQuery('"militia leader"'))).toBe(true);
		expect(matches(event, parseQuery('"leader militia"'))).toBe(false);
	});

	it('does not mind case, accents or curly apostrophes', () => {
		expect(matches(event, parseQuery("COALITION'S"))).toBe(true);
		expect(matches({ ...event, title: 'Café bombed' }, parseQuery('cafe'))).toBe(true);
	});

	it('does not find a word inside another word', () => {
		expect(matches(event, parseQuery('ike'))).toBe(false);
	});
});

describe('matchRanges', () => {
	it('marks where the words are, in the text as written', () => {
		const title = 'Café strikes: the café’s owner';
		const ranges = matchRanges(title, parseQuery('cafe strike'));
		expect(ranges.map((r) => title.slice(r.start, r.end))).toEqual(['Café', 'strike', 'café']);
		expect(markedRuns('Strikes hit', matchRanges('Strikes hit', parseQuery('strike')))).toEqual([
			{ text: 'Strike', marked: true },
			{ text: 's hit', marked: false }
		]);
	});

	it('gives back the text whole, whatever it holds, cut at character boundaries', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 60 }),
				fc.string({ maxLength: 8 }),
				(text, typed) => {
					const runs = markedRuns(text, matchRanges(text, parseQuery(typed)));
					expect(runs.map((r) => r.text).join('')).toBe(text);
					for (const run of runs) expect(run.text.length).toBeGreaterThan(0);
				}
			)
		);
	});

	it('marks the whole character a folded letter came from: a ligature, an accent', () => {
		const title = 'Oﬃce in Zürich';
		const ranges = matchRanges(title, parseQuery('of zu'));
		expect(ranges.map((r) => title.slice(r.start, r.end))).toEqual(['Oﬃ', 'Zü']);
	});

	it('folds without moving text: a folded match is the same words unfolded', () => {
		expect(fold('Ünïcode “quoted” — dash')).toBe('unicode "quoted" - dash');
	});
});
