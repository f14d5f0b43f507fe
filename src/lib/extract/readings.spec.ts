import { describe, expect, it } from 'vitest';
import { extractDataset, extractTimexes } from './index';

/** `[text, value]` of every time expression found in `text`, published on `dct`. */
function read(text: string, dct: string): [string, string][] {
	return extractTimexes(text, dct).map((t) => [t.text, t.value]);
}

describe('dates a reviewer found misread, as general rules', () => {
	it('reads no year in a model number between a name and what it names: "Mirage 2000 fighters"', () => {
		expect(
			read('The air force flew Mirage 2000 fighters over the city on Friday.', '2011-03-20')
		).toEqual([['Friday', '2011-03-18']]);
		expect(read('The firm still runs Windows 2000 computers.', '2011-03-20')).toEqual([]);
		// What is made, as the head of a compound.
		expect(
			read('France said on Thursday it would send six Mirage 2000 fighter jets.', '2024-03-14')
		).toEqual([['Thursday', '2024-03-14']]);
		// A year before a noun in the singular stays a year.
		expect(read('The Lyon 2000 budget was cut.', '2024-03-14').map(([, v]) => v)).toEqual(['2000']);
	});

	it('reads no year in a live page\'s clock stamps: "1938: Jane Doe writes"', () => {
		const page = [
			'2049: The governor says the state will sue on Friday.',
			'2018: Jane Doe from Ohio writes: the cleanup is too slow.',
			'1938: The speech ends.'
		].join('\n\n');
		expect(read(page, '2010-06-15')).toEqual([['Friday', '2010-06-18']]);
		// Newest first, and every one a time of day, though none is later than the year.
		const afternoon = ['1652: Talks resume.', '1630: Talks stall.', '1601: Talks open.'];
		expect(read(afternoon.join('\n\n'), '2010-06-15')).toEqual([]);
	});

	it("still reads a chronology's years that open its paragraphs", () => {
		const years = [
			'1938: The first well is drilled.',
			'1945: The field closes.',
			'1959: It reopens.'
		];
		expect(read(years.join('\n\n'), '2010-06-15').map(([, value]) => value)).toEqual([
			'1938',
			'1945',
			'1959'
		]);
	});

	it('still reads a year after a month, a season, a preposition or a campaign', () => {
		expect(read('March 2000 sales were weak.', '2011-03-20')).toEqual([['March 2000', '2000-03']]);
		expect(read('Since 2000 prices have doubled.', '2011-03-20')).toEqual([['2000', '2000']]);
		expect(read("Mr. Bush's 2000 campaign raised more.", '2011-03-20')).toEqual([['2000', '2000']]);
		expect(read('The Bush 2000 campaign raised more.', '2011-03-20')).toEqual([['2000', '2000']]);
	});

	it('lets a year stated after a holiday win over the one publication implies, as one expression', () => {
		// One expression: the year is not read again as a year of its own (which made a second
		// event, "in 2011", beside the day).
		expect(read('Sales peaked the day before Thanksgiving in 2011.', '2009-12-01')).toEqual([
			['the day before Thanksgiving in 2011', '2011-11-23']
		]);
		expect(read('They met at Christmas of 1998.', '2003-05-01')).toEqual([
			['Christmas of 1998', '1998-12-25']
		]);
		expect(read('They left on Christmas Eve, 2004.', '2009-05-01')).toEqual([
			['Christmas Eve, 2004', '2004-12-24']
		]);
	});

	it('counts "in the next day or two" from publication, as no one day, whatever day was named before', () => {
		const text =
			'On Thursday, the rebels took the port. A decision is expected in the next day or two.';
		expect(read(text, '2011-02-13')).toEqual([
			['Thursday', '2011-02-10'],
			['the next day or two', 'FUTURE_REF']
		]);
		const dataset = extractDataset({ text }, { published: '2011-02-13' });
		expect(dataset.events.map((e) => e.date)).toEqual(['2011-02-10']);
	});

	it('lets a narrative day govern "the next day" and "the next day or two" without "in"', () => {
		expect(
			read('The rebels took the port on Thursday. The next day or two were calm.', '2011-02-13')
		).toEqual([
			['Thursday', '2011-02-10'],
			['The next day or two', '2011-02-11']
		]);
	});

	it('reads "the next year or so" as next year', () => {
		expect(read('The plant will be closed over the next year or so.', '1989-11-01')).toEqual([
			['next year', '1990']
		]);
	});

	it('makes a weekday the coming one after a future-tense verb, the last one after a past', () => {
		expect(read('Protesters will march on Saturday.', '2011-02-10')).toEqual([
			['Saturday', '2011-02-12']
		]);
		expect(read('Protesters marched on Saturday.', '2011-02-10')).toEqual([
			['Saturday', '2011-02-05']
		]);
	});

	it('dates "the day before" and "the previous day" from the day named just before', () => {
		expect(
			read('The dam burst on Monday. The day before, engineers had warned of cracks.', '2011-02-10')
		).toEqual([
			['Monday', '2011-02-07'],
			['The day before', '2011-02-06']
		]);
		expect(
			read('The vote was held on Tuesday. Police had detained him the previous day.', '2011-02-10')
		).toEqual([
			['Tuesday', '2011-02-08'],
			['the previous day', '2011-02-07']
		]);
		// Before a happening, the day is that happening's, which no date names.
		expect(read('He fled the day before the vote.', '2011-02-10')).toEqual([]);
	});

	it('puts "the following day" in the month named after the last day, not after that day', () => {
		const text =
			'The minister will speak on Thursday. The government survived a vote in March 2009. The following day, the pound rose.';
		expect(read(text, '2011-02-08')).toEqual([
			['Thursday', '2011-02-10'],
			['March 2009', '2009-03'],
			['The following day', '2009-03']
		]);
		// A month the day's own sentence names is what was said that day: the day still leads.
		expect(
			read(
				'The firm said on Tuesday that sales rose in June. The next day, shares fell.',
				'2011-02-10'
			)
		).toEqual([
			['Tuesday', '2011-02-08'],
			['June', '2010-06'],
			['The next day', '2011-02-09']
		]);
	});

	it('counts "a week earlier" from the day the story named just before, else from publication', () => {
		expect(
			read('The attack happened on Friday. A week earlier, the bar had been fined.', '2011-02-14')
		).toEqual([
			['Friday', '2011-02-11'],
			['A week earlier', '2011-02-04']
		]);
		expect(read('Two days earlier, the mayor had resigned.', '2011-02-14')).toEqual([
			['Two days earlier', '2011-02-12']
		]);
		// A day still to come is no narrative day to count back from.
		expect(
			read('The board will meet on Friday. The threat came a day earlier.', '2011-02-14')
		).toEqual([
			['Friday', '2011-02-18'],
			['a day earlier', '2011-02-13']
		]);
	});

	it('reads no year in a 24-hour clock with its zone: "at 2015 GMT"', () => {
		expect(read('At 2015 GMT the yen traded at 104. Sales rose in 2015.', '2016-01-04')).toEqual([
			['2015', '2015']
		]);
		expect(read('Pumping began at 2000 GMT on Tuesday.', '2016-01-07')).toEqual([
			['Tuesday', '2016-01-05']
		]);
	});
});

describe('dates a reviewer found misread, third round', () => {
	it('reads a Sunday paper\'s "last week" as the week that ends on publication day', () => {
		// Sunday, March 12, 2023: the week just gone is March 6-12, ISO week 10.
		expect(read('Last week, the minister resigned.', '2023-03-12')).toEqual([
			['Last week', '2023-W10']
		]);
		// A story that dates news on the Sunday itself was written that day: the week before.
		expect(
			read('Police said Sunday that the minister had resigned last week.', '2023-03-12')
		).toEqual([
			['Sunday', '2023-03-12'],
			['last week', '2023-W09']
		]);
		// On any other day, the calendar week before publication's.
		expect(read('Last week, the minister resigned.', '2023-03-11')).toEqual([
			['Last week', '2023-W09']
		]);
		// "next week" on Sunday is the week that starts the day after.
		expect(read('The minister will resign next week.', '2023-03-12')).toEqual([
			['next week', '2023-W11']
		]);
	});

	it('counts a quoted "today" in a reaction from the day the story named just before it', () => {
		const ruling = 'The court struck down the law on Wednesday.';
		const reaction =
			'"Today is a victory for every family," said Ann Lee, the plaintiffs\' lawyer.';
		// Thursday's paper: the lawyer spoke on the day of the ruling.
		expect(read(`${ruling}\n\n${reaction}`, '2023-03-09')).toEqual([
			['Wednesday', '2023-03-08'],
			['Today', '2023-03-08']
		]);
		// A week later the quote is no reaction to that day: it counts from publication.
		expect(read(`${ruling}\n\n${reaction}`, '2023-03-14').at(-1)).toEqual(['Today', '2023-03-14']);
		// Two paragraphs on, it is no longer the story's day.
		expect(read(`${ruling}\n\nThe state will appeal.\n\n${reaction}`, '2023-03-09').at(-1)).toEqual(
			['Today', '2023-03-09']
		);
	});

	it('reads no year in a plan named for the year it aims at: "Vision 2030", "Agenda 2063"', () => {
		expect(
			read('The kingdom unveiled new spending under its Vision 2030 plan on Monday.', '2023-03-15')
		).toEqual([['Monday', '2023-03-13']]);
		expect(read('The road is part of Agenda 2063.', '2023-03-15')).toEqual([]);
		// A happening named for its year is held in that year.
		expect(read('Fans are booking tickets for Euro 2024 in Germany.', '2023-03-15')).toEqual([
			['2024', '2024']
		]);
	});

	it('reads no Sunday in a newspaper\'s name: "The Sunday Chronicle", "the Sunday Times"', () => {
		expect(
			read('The Sunday Chronicle reported that the minister had resigned.', '2023-03-15')
		).toEqual([]);
		expect(
			read('The deal was first reported by the Sunday Times on Friday.', '2023-03-15')
		).toEqual([['Friday', '2023-03-10']]);
		// What a paper named for its day reported is dated to its latest issue on or before
		// publication; a paper merely named dates nothing.
		const dates = (text: string) =>
			extractDataset({ text }, { published: '2023-03-15' }).events.map((e) => e.date);
		expect(dates('The Sunday Chronicle reported that the minister had resigned.')).toEqual([
			'2023-03-12'
		]);
		expect(dates('The minister told the Sunday Times that she would resign.')).toEqual([
			'2023-03-12'
		]);
		expect(dates('The minister reads the Sunday Times in bed.')).toEqual([]);
		// After a preposition the weekday is a day, whatever name follows.
		expect(read('On Sunday Times Square was closed.', '2023-03-15')).toEqual([
			['Sunday', '2023-03-12']
		]);
	});

	it('reads a span of years written with a dash or a slash: "the 2008-09 season", "1998-2001"', () => {
		expect(read('Smith scored 20 goals in the 2008-09 season.', '2023-03-15')).toEqual([
			['2008', '2008'],
			['09', '2009']
		]);
		expect(read('The war lasted 1998-2001.', '2023-03-15')).toEqual([
			['1998', '1998'],
			['2001', '2001']
		]);
		// One event spans both years.
		const dataset = extractDataset(
			{ text: 'The club won the league in the 2010/11 season.' },
			{ published: '2023-03-15' }
		);
		expect(dataset.events.map((e) => e.date)).toEqual(['2010/2011']);
		// A date, or two digits that could be a month, is no span.
		expect(read('It opened on 2008-09-15.', '2023-03-15')).toEqual([['2008-09-15', '2008-09-15']]);
		expect(read('The code 2008-12 was filed.', '2023-03-15')).toEqual([]);
	});

	it('draws no event from a date in a condition: "if a pandemic broke out today"', () => {
		const dates = (text: string) =>
			extractDataset({ text }, { published: '2023-03-15' }).events.map((e) => e.date);
		expect(
			dates('Drug makers would need four years to meet demand if a pandemic broke out today.')
		).toEqual([]);
		expect(dates('If talks fail on Friday, the union will strike on Monday.')).toEqual([
			'2023-03-20'
		]);
		expect(dates('The union will strike on Monday unless a deal is reached by Sunday.')).toEqual([
			'2023-03-20'
		]);
		// "asked if" asks whether: what it asks about is news.
		expect(dates('Reporters asked if the minister had resigned on Friday.')).toEqual([
			'2023-03-10'
		]);
		// Joined to such an "if" by "or", it asks whether too.
		expect(
			dates(
				'Experts must decide if a vaccine is needed, or perhaps if one could be ready for next September.'
			)
		).toEqual(['2023-09']);
		// An aside between dashes ends the condition; a possessive date names what is real.
		expect(
			dates('If the test works -- and the firm expects to know on Friday -- oil could flow.')
		).toEqual(['2023-03-17']);
		expect(dates("The rating may change if Thursday's report has wide impact.")).toEqual([
			'2023-03-09'
		]);
		// The expression is still a time expression.
		expect(read('They would need years if a pandemic broke out today.', '2023-03-15')).toEqual([
			['today', '2023-03-15']
		]);
	});

	it('draws no event from a habit\'s season or weekday: "are typically the peak season"', () => {
		const dates = (text: string) =>
			extractDataset({ text }, { published: '2009-04-28' }).events.map((e) => e.date);
		expect(dates('"The summer months are typically the peak season," he said.')).toEqual([]);
		expect(dates('Airlines usually raise fares in the summer.')).toEqual([]);
		expect(dates('The council usually meets on Monday, but it will meet on Tuesday.')).toEqual([
			'2009-04-28'
		]);
		// A habit in the past is dated, as is a year the text states.
		expect(dates('The shop usually closed early last summer.')).toEqual(['2008-06/2008-08']);
		expect(dates('Airlines usually raise fares in the summer of 2010.')).toEqual([
			'2010-06/2010-08'
		]);
	});
});
