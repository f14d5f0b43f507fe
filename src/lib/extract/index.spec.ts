import { describe, expect, it } from 'vitest';
import { extractDataset, ExtractError, findPublished } from './index';

describe('findPublished', () => {
	it('finds the date after a long run of tabs on its line, and where it is', () => {
		const text = `Floods\nPublished: January 8, 2024${'\t'.repeat(50_000)}\nRain fell.`;
		expect(findPublished(text)).toEqual({ value: '2024-01-08', start: 18, end: 33 });
	});

	it("reads 'Published: January 8, 2024 10:19am' as '2024-01-08T10:19', inventing no time zone", () => {
		const text = 'Headline\n\nPublished: January 8, 2024 10:19am\n\nBody.';
		expect(findPublished(text)).toEqual({ value: '2024-01-08T10:19', start: 21, end: 44 });
	});

	it('reads a date without a time as a day', () => {
		expect(findPublished('Published: October 3, 2023')?.value).toBe('2023-10-03');
	});

	it("reads a wire's stamp as the publication date, with its zone and place", () => {
		const text =
			'Libya declares liberation\nFri Oct 21, 2011 7:47am EDT\n\nTRIPOLI (Reuters) - It ended.';
		const at = text.indexOf('Fri Oct 21');
		expect(findPublished(text)).toEqual({
			value: '2011-10-21T07:47-04:00',
			start: at,
			end: at + 'Fri Oct 21, 2011 7:47am EDT'.length
		});
		expect(
			findPublished('Floods LONDON | Tue Apr 27, 2010 4:08 am EDT LONDON (Reuters) - BP fell.')
		).toEqual(expect.objectContaining({ value: '2010-04-27T04:08-04:00', place: 'LONDON' }));
	});

	it('prefers a "Published:" line to a stamp', () => {
		expect(
			findPublished('Fri Oct 21, 2011 7:47am EDT\nPublished: October 22, 2011\nIt ended.')?.value
		).toBe('2011-10-22');
	});

	it('finds nothing in a text that states no publication date', () => {
		expect(findPublished('The council met on Friday, Oct. 6, 2023.')).toBeNull();
	});
});

describe('extractDataset', () => {
	it('stops with a clear ExtractError when no publication date can be found or was given', () => {
		expect(() => extractDataset({ text: 'The council met on Friday.' })).toThrow(ExtractError);
		expect(() => extractDataset({ text: 'The council met on Friday.' })).toThrow(
			/No publication date.*--published/
		);
	});

	it('dates the lede of a story pasted without its headline, and titles the dataset from it', () => {
		const text =
			'StatesWest Airlines said it withdrew its offer because the carrier did not respond by the close of business yesterday.\n\nStatesWest serves 10 cities.';
		const dataset = extractDataset({ text }, { published: '1989-11-01' });
		expect(dataset.events.map((e) => e.date)).toEqual(['1989-10-31']);
		expect(dataset.title).toBe('StatesWest Airlines said it withdrew its offer');
	});

	it('dates the lede whose dateline names the same day: the dateline is no mention of it', () => {
		const text =
			'LONDON, Sept 8 (Reuters) - The old bridge over the river collapsed on Thursday, police said.\n\nNobody was hurt.';
		const dataset = extractDataset({ text }, { published: '2022-09-08' });
		expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
			['2022-09-08', 'Old bridge over the river collapsed']
		]);
	});

	it("quotes the lede's story, not the dateline before it, at the story's offsets", () => {
		const text =
			'Bridge falls\n\nLONDON, Sept 8 (Reuters) - The old bridge collapsed on Thursday, police said.';
		const [quote] = extractDataset({ text }, { published: '2022-09-08' }).events[0].quotes;
		expect(quote.text).toBe('The old bridge collapsed on Thursday, police said.');
		expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	});

	it("keeps apart a day's happenings told in paragraphs of their own, and joins a paragraph that goes on with one", () => {
		const published = { published: '2026-12-03' };
		const apart = extractDataset(
			{
				text: 'Strike spreads\n\nThe minister said on Wednesday the government would name a mediator.\n\nA shipping line said it had sent three vessels to another harbour on Wednesday.'
			},
			published
		);
		expect(apart.events.map((e) => e.quotes.length)).toEqual([1, 1]);
		const goingOn = extractDataset(
			{
				text: 'Strike spreads\n\nPolice arrested a picket on Wednesday outside the gates.\n\nHe was charged on Wednesday with obstruction.\n\nThe obstruction charge was dropped later on Wednesday.'
			},
			published
		);
		expect(goingOn.events.map((e) => e.quotes.length)).toEqual([3]);
	});

	it('makes no event of a clock time whose day the paragraph does not name', () => {
		const text =
			'The rifle was found on April 8.\n\nSlepian was shot at 10 p.m. as he stood in his kitchen.';
		const dataset = extractDataset({ text }, { published: '1999-04-19' });
		expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
			['1999-04-08', 'Rifle was found']
		]);
		const same = extractDataset(
			{ text: 'Police came on Friday. They left at 10 p.m. after a search.' },
			{ published: '1999-04-19' }
		);
		expect(same.events.map((e) => [e.date, e.quotes.length])).toEqual([['1999-04-16', 2]]);
	});

	it('says which way a month and day without a year was taken', () => {
		const dataset = extractDataset(
			{ text: 'He was last seen Nov. 3, the day before a warrant was issued.' },
			{ published: '1999-05-07' }
		);
		expect(dataset.events[0].resolution).toBe(
			"'Nov. 3': November 3, 1998, the last November 3 before publication (Friday, May 7, 1999)"
		);
	});

	it('refuses a publication date that is not ISO 8601', () => {
		expect(() => extractDataset({ text: 'x' }, { published: 'Jan 8' })).toThrow(/not ISO 8601/);
	});

	it('refuses a publication date off the calendar, as the contract would, saying why', () => {
		expect(() => extractDataset({ text: 'x' }, { published: '2024-13-45' })).toThrow(
			'Publication date "2024-13-45" is not on the calendar (the month 13 is not 1-12)'
		);
		expect(() => extractDataset({ text: 'x' }, { published: '2024-01-08T10:19+99:99' })).toThrow(
			/not on the calendar/
		);
	});

	it('dates an article of year 44 against its own calendar, not 1944', () => {
		const dataset = extractDataset(
			{ text: 'Rome\n\nThe senate met on March 15.' },
			{ published: '0044-03-20', entities: false, validate: true }
		);
		expect(dataset.events.map((e) => e.date)).toEqual(['0044-03-15']);
	});

	it('lets the caller supply the publication date, over the article', () => {
		const dataset = extractDataset(
			{ text: 'Council\n\nThe council met Friday.', published: '2020-01-01' },
			{ published: '2024-01-08', entities: false }
		);
		expect(dataset.sources[0].published).toBe('2024-01-08');
		expect(dataset.events[0].date).toBe('2024-01-05');
	});

	/** Date, precision and title of each event of a one-paragraph article published on June 12, 2025. */
	function dated(body: string): [string, string, string][] {
		return extractDataset(
			{ text: `Flood wall\n\n${body}` },
			{ published: '2025-06-12', entities: false }
		).events.map((e) => [e.date, e.precision, e.title]);
	}

	it('makes one event of a stated range, its ends sharing the year the text gives', () => {
		expect(dated('The work will run from September 2025 to March 2027, officials said.')).toEqual([
			['2025-09/2027-03', 'month', 'Work will run']
		]);
		expect(dated('Rain fell from March to May last year.')).toEqual([
			['2024-03/2024-05', 'month', 'Rain fell']
		]);
		expect(dated('Talks ran between 2019 and 2021.')).toEqual([['2019/2021', 'year', 'Talks ran']]);
	});

	it("reads 'since 2019' in a clause that still holds as a span up to publication", () => {
		expect(dated('The city has flooded every spring since 2019.')).toEqual([
			['2019/2025-06-12', 'year', 'City has flooded every spring']
		]);
		// A comparison, or a day the when-clause names, is a point.
		expect(dated('It was the first visit since 2019.')).toEqual([
			['2019', 'year', 'It was the first visit']
		]);
		expect(dated('It has been tense since Oct. 7, 2023, when Hamas invaded Israel.')).toEqual([
			['2023-10-07', 'day', 'Hamas invaded Israel']
		]);
	});

	it('reports progress from 0 to 1', () => {
		const seen: number[] = [];
		extractDataset(
			{ text: 'Nothing dated.' },
			{ published: '2024-01-08', onProgress: (f) => seen.push(f) }
		);
		expect(seen[0]).toBe(0);
		expect(seen.at(-1)).toBe(1);
		expect([...seen].sort((a, b) => a - b)).toEqual(seen);
	});

	it('returns an empty events list, not an error, when the article has no dates', () => {
		const dataset = extractDataset({ text: 'Roads were discussed.' }, { published: '2024-01-08' });
		expect(dataset.events).toEqual([]);
	});

	it('derives the dataset id and title from the first line when none is given', () => {
		const dataset = extractDataset(
			{ text: 'Council Votes On Budget\n\nIt met Friday.' },
			{ published: '2024-01-08' }
		);
		expect(dataset).toMatchObject({
			id: 'council-votes-on-budget',
			title: 'Council Votes On Budget'
		});
	});
});
