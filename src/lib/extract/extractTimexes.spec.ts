import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index';

/** The single timex found in `text`, as [text, type, value]. */
function only(text: string, dct: string): [string, string, string] {
	const found = extractTimexes(text, dct);
	expect(found).toHaveLength(1);
	const [t] = found;
	expect(text.slice(t.start, t.end)).toBe(t.text);
	return [t.text, t.type, t.value];
}

describe('extractTimexes', () => {
	// Monday, January 8, 2024, the seed article's publication day.
	const monday = '2024-01-08';

	it("resolves 'said Friday' to the most recent Friday before publication", () => {
		expect(only('The office said Friday it would act.', monday)).toEqual([
			'Friday',
			'DATE',
			'2024-01-05'
		]);
	});

	it('resolves a weekday to the next one when the clause speaks of the future', () => {
		expect(only('The council will vote on Wednesday.', monday)).toEqual([
			'Wednesday',
			'DATE',
			'2024-01-10'
		]);
	});

	it('reads dates in separate paragraphs apart, never merged across them', () => {
		const text =
			'The attack came on Oct. 7, 2023.\n\n' + 'x '.repeat(60) + '\n\nJan. 5, 2024 - talks began.';
		const found = extractTimexes(text, monday).map((t) => [t.text, t.type, t.value]);
		expect(found).toEqual([
			['Oct. 7, 2023', 'DATE', '2023-10-07'],
			['Jan. 5, 2024', 'DATE', '2024-01-05']
		]);
	});

	it("reads 'Friday evening' as the evening of the last Friday (TEV)", () => {
		expect(only('The ceasefire broke down Friday evening.', monday)).toEqual([
			'Friday evening',
			'TIME',
			'2024-01-05TEV'
		]);
	});

	it('takes the tense of the nearest verb: a weekday after a past verb is past', () => {
		expect(only('They said they would appeal the ruling, announced Wednesday.', monday)).toEqual([
			'Wednesday',
			'DATE',
			'2024-01-03'
		]);
	});

	it("reads a weekday after 'is set to' or 'planned' as the next one", () => {
		expect(only('The talks, set to resume Thursday, were delayed.', monday)).toEqual([
			'Thursday',
			'DATE',
			'2024-01-11'
		]);
		expect(only('Protesters planned a march on Saturday.', monday)).toEqual([
			'Saturday',
			'DATE',
			'2024-01-13'
		]);
	});

	it("reads a weekday after 'had been due to' as past", () => {
		expect(only('The offer had been due to expire Friday.', monday)).toEqual([
			'Friday',
			'DATE',
			'2024-01-05'
		]);
	});

	it('resolves the weekday of publication to the publication day', () => {
		expect(only('Officials met Monday.', monday)).toEqual(['Monday', 'DATE', '2024-01-08']);
	});

	it("reads 'last week' as the ISO week before publication, article included", () => {
		expect(only('Last week, the leader died.', monday)).toEqual(['Last week', 'DATE', '2024-W01']);
	});

	it('reads a full date as stated, leaving out the preposition', () => {
		expect(only('tense since Oct. 7, 2023, when Hamas invaded', monday)).toEqual([
			'Oct. 7, 2023',
			'DATE',
			'2023-10-07'
		]);
	});

	it("reads 'in 2014' as the year", () => {
		expect(only('seized large parts of Iraq and Syria in 2014.', monday)).toEqual([
			'2014',
			'DATE',
			'2014'
		]);
	});

	it('reads decades and centuries as TIMEX3 writes them', () => {
		expect(only('For most of the 1990s, few fish returned.', monday)).toEqual([
			'the 1990s',
			'DATE',
			'199'
		]);
		expect(only('since the 19th century', monday)).toEqual(['the 19th century', 'DATE', '18']);
	});

	it('reads fiscal quarters, with the year of publication', () => {
		expect(only('Profit rose in the third quarter.', '1989-11-02')).toEqual([
			'the third quarter',
			'DATE',
			'1989-Q3'
		]);
	});

	it('leaves the article out of a hyphenated quarter adjective', () => {
		expect(only('It posted a third-quarter loss.', '1989-11-02')).toEqual([
			'third-quarter',
			'DATE',
			'1989-Q3'
		]);
	});

	it("reads 'a year ago' in quarterly results as the same quarter a year before", () => {
		const found = extractTimexes('Third-quarter profit rose 10% from a year ago.', '1989-11-02');
		expect(found.map((t) => [t.text, t.value])).toEqual([
			['Third-quarter', '1989-Q3'],
			['a year ago', '1988-Q3']
		]);
	});

	it("reads 'two years ago' and 'nearly four years ago' as years", () => {
		expect(only('Two years ago, a flood closed it.', '2025-03-12')).toEqual([
			'Two years ago',
			'DATE',
			'2023'
		]);
		expect(only('It ended nearly four years ago.', '1998-02-27')).toEqual([
			'nearly four years ago',
			'DATE',
			'1994'
		]);
	});

	it('reads seasons relative to publication', () => {
		expect(only('Counts rose last summer.', '2023-10-03')).toEqual([
			'last summer',
			'DATE',
			'2022-SU'
		]);
		expect(only('They will publish next spring.', '2023-10-03')).toEqual([
			'next spring',
			'DATE',
			'2024-SP'
		]);
	});

	it('reads durations as durations, never as dates', () => {
		expect(only('The session ran for nine hours.', monday)).toEqual([
			'nine hours',
			'DURATION',
			'PT9H'
		]);
		expect(only('over the past two months', monday)).toEqual([
			'the past two months',
			'DURATION',
			'P2M'
		]);
		expect(only('a two-year contract', monday)).toEqual(['two-year', 'DURATION', 'P2Y']);
	});

	it('reads recurring times as sets', () => {
		expect(only('The ferry sails every Monday.', monday)).toEqual([
			'every Monday',
			'SET',
			'XXXX-WXX-1'
		]);
		expect(only('Prices are set daily.', monday)).toEqual(['daily', 'SET', 'P1D']);
	});

	it('reads references to the present, past and future', () => {
		expect(only('Shares now trade higher.', monday)).toEqual(['now', 'DATE', 'PRESENT_REF']);
		expect(only('Things were different in the past.', monday)).toEqual([
			'the past',
			'DATE',
			'PAST_REF'
		]);
		expect(only('It may grow in the future.', monday)).toEqual([
			'the future',
			'DATE',
			'FUTURE_REF'
		]);
	});

	it("reads 'yesterday', 'today' and 'tomorrow' against publication", () => {
		expect(only('The vote was yesterday.', monday)).toEqual(['yesterday', 'DATE', '2024-01-07']);
		expect(only("Today's meeting", monday)).toEqual(['Today', 'DATE', '2024-01-08']);
	});

	it('joins a clock time to the weekday after it, on that day', () => {
		expect(only('The attack began at 10 p.m. Wednesday, police said.', '1998-02-13')).toEqual([
			'10 p.m. Wednesday',
			'TIME',
			'1998-02-11T22:00'
		]);
		expect(only('The deadline is midnight Friday.', '1989-10-30')).toEqual([
			'midnight Friday',
			'TIME',
			'1989-10-27T24'
		]);
	});

	it('reads holidays as their day, the nearest one to publication', () => {
		expect(only('Relatives gathered on Thanksgiving Day.', '2000-01-07')).toEqual([
			'Thanksgiving Day',
			'DATE',
			'1999-11-25'
		]);
		expect(only('Voters go to the polls on Election Day.', '1998-10-26')).toEqual([
			'Election Day',
			'DATE',
			'1998-11-03'
		]);
	});

	it('tags the whole of "the end of 1990" with the value of the year', () => {
		expect(only('The plant closes at the end of 1990.', '1989-10-30')).toEqual([
			'the end of 1990',
			'DATE',
			'1990'
		]);
	});

	it('reads years said in words', () => {
		expect(only('It happened in nineteen ninety-six.', '1998-02-27')).toEqual([
			'nineteen ninety-six',
			'DATE',
			'1996'
		]);
		expect(only('by the year two thousand', '1998-02-05')).toEqual([
			'the year two thousand',
			'DATE',
			'2000'
		]);
	});

	it("reads 'the weekend' as the last one before publication", () => {
		expect(only('Talks continued over the weekend.', '1990-08-13')).toEqual([
			'the weekend',
			'DATE',
			'1990-W32-WE'
		]);
	});

	it('writes fractional durations in whole smaller units', () => {
		expect(only('The flight took 5 1/2 hours.', '1998-08-17')).toEqual([
			'5 1/2 hours',
			'DURATION',
			'PT5H30M'
		]);
	});

	it('matches across no-break spaces and keeps offsets into the original text', () => {
		const text = 'Last\u00a0week,\u00a0the leader died.';
		const [t] = extractTimexes(text, monday);
		expect(t).toMatchObject({ start: 0, end: 9, text: 'Last\u00a0week', value: '2024-W01' });
	});

	it('ignores numbers that count things', () => {
		expect(
			extractTimexes('about 2,500 troops, 1,200 people and 240 others; 1900 soldiers', monday)
		).toEqual([]);
	});

	it("puts 'until 9 a.m. Tuesday' on the next Tuesday, the clock time notwithstanding", () => {
		// Monday, April 3, 2000.
		expect(only('The INS has given them until 9 a.m. Tuesday to sign.', '2000-04-03')).toEqual([
			'9 a.m. Tuesday',
			'TIME',
			'2000-04-04T09:00'
		]);
	});

	it("reads 'a.m.' as no sentence end when finding the verb that governs a weekday", () => {
		// Wednesday, April 5, 2000.
		expect(only('The father will leave at 4 a.m. EDT Thursday.', '2000-04-05')).toEqual([
			'4 a.m. EDT Thursday',
			'TIME',
			'2000-04-06T04:00'
		]);
	});

	it("puts 'since March' in the past even when a later verb looks ahead", () => {
		expect(
			only('The carrier, on patrol since March, is scheduled to return.', '1990-08-13')
		).toEqual(['March', 'DATE', '1990-03']);
	});

	it("leaves out a sentence-opening 'Now,' used as a discourse marker", () => {
		expect(extractTimexes('Prices fell. Now, he says, it looks bad.', '1989-11-02')).toEqual([]);
		expect(only('Prices are now falling.', '1989-11-02')).toEqual(['now', 'DATE', 'PRESENT_REF']);
	});

	it("takes 'the latest quarter' as a completed one, not a quarter the story only expects", () => {
		const found = extractTimexes(
			'It expects a fourth-quarter gain. Sales fell in the latest quarter.',
			'1989-11-02'
		);
		expect(found.map((t) => [t.text, t.value])).toEqual([
			['fourth-quarter', '1989-Q4'],
			['the latest quarter', '1989-Q3']
		]);
	});

	it("puts a day after 'ended' in the past even when it is near ahead", () => {
		expect(only('In the fiscal period ended Jan. 31, sales rose.', '1989-10-31')).toEqual([
			'Jan. 31',
			'DATE',
			'1989-01-31'
		]);
	});

	it("reads 'three-quarters of' as a share, not a duration", () => {
		expect(extractTimexes('Iraq imports about three-quarters of its food.', '1990-08-15')).toEqual(
			[]
		);
	});

	it('ends a sentence at a full stop before a closing quote when reading tense', () => {
		expect(
			only(
				"He said it is going to get worse.'' Joblessness fell from 4.1 percent in December.",
				'1998-02-06'
			)
		).toEqual(['December', 'DATE', '1997-12']);
	});

	it("reads 'a second betrayal' as an ordinal, not a duration", () => {
		expect(extractTimexes('It will be a second betrayal, she said.', '2000-04-05')).toEqual([]);
	});

	it("tags 'the week' a market story reports on with its year and an open week", () => {
		expect(only('For the week, the index dropped 3.8%.', '1989-10-30')).toEqual([
			'the week',
			'DATE',
			'1989-WXX'
		]);
	});

	it("tags 'interviews a day' as a rate, a SET", () => {
		expect(only('We are doing hundreds of interviews a day.', '1998-11-21')).toEqual([
			'a day',
			'SET',
			'P1D'
		]);
	});

	it('tags each end of a date range on its own', () => {
		const found = extractTimexes('It bought shares from Aug. 26 to Oct. 20 for $23.', '1989-10-30');
		expect(found.map((t) => [t.text, t.value])).toEqual([
			['Aug. 26', '1989-08-26'],
			['Oct. 20', '1989-10-20']
		]);
	});

	it("reads 'was planned for early March' as the coming March", () => {
		expect(only('The accession was planned for early March.', '1999-02-10')).toEqual([
			'early March',
			'DATE',
			'1999-03'
		]);
	});

	it("counts 'the following year' and 'later that year' from the date named before", () => {
		const found = extractTimexes(
			'He was promoted on May 22, 1995, and the following year he left. He fled in June 1998 and returned later that year.',
			'2000-01-28'
		);
		expect(found.map((t) => [t.text, t.value])).toEqual([
			['May 22, 1995', '1995-05-22'],
			['the following year', '1996'],
			['June 1998', '1998-06'],
			['later that year', '1998']
		]);
	});

	it("leaves out 'that month' when no month was named before", () => {
		expect(extractTimexes('Sales fell that month.', '2000-01-28')).toEqual([]);
	});

	it("tags 'April next year' as one month", () => {
		expect(only('They join NATO in April next year.', '1998-12-03')).toEqual([
			'April next year',
			'DATE',
			'1999-04'
		]);
	});

	it("leaves out 'today's world', the present age rather than a day", () => {
		expect(extractTimexes("It matters in today's world.", '1998-04-24')).toEqual([]);
		expect(only("It leads today's editions.", '1989-11-02')).toEqual([
			'today',
			'DATE',
			'1989-11-02'
		]);
	});

	it('leaves out a title in quotes such as ABC\'s "This Week"', () => {
		expect(
			extractTimexes('Baker, speaking on ABC News\' "This Week," said so.', '1990-08-13')
		).toEqual([]);
	});

	it("leaves out 'daily' in 'the average daily volume'", () => {
		expect(extractTimexes('It was 5% of the average daily volume.', '1989-10-30')).toEqual([]);
		expect(only('The rallies are held daily.', '2000-01-15')).toEqual(['daily', 'SET', 'P1D']);
	});

	it("reads a day after 'effective' as one to come", () => {
		expect(only('It created an office of the chairman, effective Feb. 1.', '1989-10-26')).toEqual([
			'Feb. 1',
			'DATE',
			'1990-02-01'
		]);
	});

	it("reads 'the year' as the year of publication, and 'the year ended June 30' as a span", () => {
		expect(only('For the year, pet food volume was flat.', '1989-11-02')).toEqual([
			'the year',
			'DATE',
			'1989'
		]);
		expect(only('Use was delayed earlier in the year by rain.', '1989-10-26')).toEqual([
			'earlier in the year',
			'DATE',
			'1989'
		]);
		expect(
			extractTimexes('Revenue was $76 million for the year ended March 31.', '1989-11-01').map(
				(t) => [t.text, t.type, t.value]
			)
		).toEqual([
			['the year', 'DURATION', 'P1Y'],
			['March 31', 'DATE', '1989-03-31']
		]);
	});

	it("reads 'since year-end' as the end of the year before publication", () => {
		expect(only('The percentage change is since year-end.', '1989-10-30')).toEqual([
			'year-end',
			'DATE',
			'1988-12-31'
		]);
		expect(only('It hopes to close the sale by year-end.', '1989-10-30')).toEqual([
			'year-end',
			'DATE',
			'1989-12-31'
		]);
	});

	it("reads 'last year' compared with results as the reported quarter a year before", () => {
		const text =
			'Net income rose in the third quarter. Its insurance unit earned $24 million, ' +
			'compared with a loss of $3 million last year.';
		expect(extractTimexes(text, '1989-11-02').map((t) => [t.text, t.value])).toEqual([
			['the third quarter', '1989-Q3'],
			['last year', '1988-Q3']
		]);
		expect(only('Last year catastrophe losses totaled $5 million.', '1989-10-30')).toEqual([
			'Last year',
			'DATE',
			'1988'
		]);
	});

	it('takes a fiscal quarter the story reports in the past tense as the quarter reported', () => {
		const text =
			'Ralston reported a decline in fourth-quarter earnings. It earned $45 million, ' +
			'compared with $85 million a year earlier.';
		expect(extractTimexes(text, '1989-11-02').map((t) => [t.text, t.value])).toEqual([
			['fourth-quarter', '1989-Q4'],
			['a year earlier', '1988-Q4']
		]);
	});

	it('reads a part of the day with its day, and alone on the day the story named last', () => {
		expect(only('In London at mid-afternoon yesterday, shares rose.', '1989-11-02')).toEqual([
			'mid-afternoon yesterday',
			'TIME',
			'1989-11-01TAF'
		]);
		expect(
			extractTimexes('He was arrested Friday. By mid-afternoon, troops had left.', monday).map(
				(t) => [t.text, t.value]
			)
		).toEqual([
			['Friday', '2024-01-05'],
			['mid-afternoon', '2024-01-05TAF']
		]);
		expect(only('He appears before a judge at midday.', monday)).toEqual([
			'midday',
			'TIME',
			'2024-01-08T12:00'
		]);
	});

	it('reads decades in words and with an apostrophe as the last such decade by publication', () => {
		expect(only('Numbers fell through the nineties.', '1998-03-03')).toEqual([
			'the nineties',
			'DATE',
			'199'
		]);
		expect(only("It was a hit in the '90s.", monday)).toEqual(["the '90s", 'DATE', '199']);
		expect(only("Prices rose in the '20s.", monday)).toEqual(["the '20s", 'DATE', '202']);
	});

	it("reads 'each July' as a recurring month, never a date", () => {
		expect(only('Orangemen march each July from their church.', '1998-03-22')).toEqual([
			'each July',
			'SET',
			'XXXX-07'
		]);
	});

	it("counts 'and a half' in durations and in times counted back", () => {
		expect(only('But a minute and a half later, a pilot called in.', '1998-01-14')).toEqual([
			'a minute and a half',
			'DURATION',
			'PT1M30S'
		]);
		expect(only('The war lasted two and a half years.', monday)).toEqual([
			'two and a half years',
			'DURATION',
			'P2Y6M'
		]);
		expect(only('The plant closed a year and a half ago.', monday)).toEqual([
			'a year and a half ago',
			'DATE',
			'2022-07'
		]);
	});

	it('writes a span of quarters in quarters, as TimeML does, vague counts included', () => {
		expect(only('The company has had losses in the past two quarters.', '1989-10-27')).toEqual([
			'the past two quarters',
			'DURATION',
			'P2Q'
		]);
		expect(
			only('It achieved profitability after several quarters of losses.', '1989-10-30')
		).toEqual(['several quarters', 'DURATION', 'PXQ']);
		expect(only('Unisys must pay $100 million in interest every quarter.', '1989-10-30')).toEqual([
			'every quarter',
			'SET',
			'P1Q'
		]);
	});

	it('reads durations counted in trading days, "at least" days before doing something, "a couple of"', () => {
		expect(only('Eight trading days after the plunge, the index was flat.', '1989-10-30')).toEqual([
			'Eight trading days',
			'DURATION',
			'P8D'
		]);
		expect(
			only('The banks must wait at least 30 days before closing the purchase.', '1989-10-27')
		).toEqual(['at least 30 days', 'DURATION', 'P30D']);
		expect(only('Over the next couple of years we expect growth.', '1989-10-26')).toEqual([
			'the next couple of years',
			'DURATION',
			'P2Y'
		]);
	});

	it('reads vague spans: "for centuries", "for a while", "over the years", "follows months of"', () => {
		expect(only('Ukraine was ruled from Moscow for centuries.', '1998-02-27')).toEqual([
			'centuries',
			'DURATION',
			'PXC'
		]);
		expect(only('They will have to live without it for a while.', '1998-01-11')).toEqual([
			'a while',
			'DURATION',
			'PXX'
		]);
		expect(only('Over the years many more patients were treated.', '1998-03-31')).toEqual([
			'the years',
			'DURATION',
			'PXY'
		]);
		expect(only('In the years that followed, the guerrillas waged war.', '2000-04-01')).toEqual([
			'the years',
			'DURATION',
			'PXY'
		]);
		expect(only('The merger agreement follows months of twists and turns.', '1989-10-27')).toEqual([
			'months',
			'DURATION',
			'PXM'
		]);
	});

	it('reads "24 hours a day" and "seven days a week" as all the time, no span and no recurrence', () => {
		expect(
			extractTimexes('Picket every office, 24 hours a day, seven days a week.', '1998-10-25')
		).toEqual([]);
		expect(
			extractTimexes('He works 10 hours a day.', '1998-10-25').map((t) => [t.text, t.type, t.value])
		).toEqual([
			['10 hours', 'DURATION', 'PT10H'],
			['a day', 'SET', 'P1D']
		]);
	});

	it('reads no time in a title, a model year or the world of tomorrow', () => {
		expect(
			extractTimexes("Gonzalez said on CBS's ''60 Minutes'' that he would stay.", '2000-04-17')
		).toEqual([]);
		expect(
			extractTimexes("Kopp's 1987 Chevrolet Cavalier was found at the airport.", '1999-01-22')
		).toEqual([]);
		expect(extractTimexes('I would have chosen the people of tomorrow.', '1989-11-02')).toEqual([]);
		expect(only('In 1998 Ford bought Volvo.', '1999-01-22')).toEqual(['1998', 'DATE', '1998']);
		expect(extractTimexes('He set up a joint venture called Orion 1980.', '1998-04-18')).toEqual(
			[]
		);
		expect(extractTimexes('This is VOA Today.', '1998-03-31')).toEqual([]);
		expect(extractTimexes('He told USA Today about the plan.', '1998-03-31')).toEqual([]);
		expect(only('Today, I am here to tell you.', '1998-03-31')).toEqual([
			'Today',
			'DATE',
			'1998-03-31'
		]);
	});

	it('reads "the future" as a time only where it is one, not "the future of" something', () => {
		expect(
			extractTimexes('That is very important to the future of our peoples.', '1998-02-13')
		).toEqual([]);
		expect(extractTimexes('Analysts said the future looks bleak.', '1989-10-30')).toEqual([]);
		expect(only('They may join the prison system in the future.', '2000-01-28')).toEqual([
			'the future',
			'DATE',
			'FUTURE_REF'
		]);
	});

	it('reads "over the past decade" as ten years, and "the past century" as no reference to the past', () => {
		expect(only('Protests had become routine over the past decade.', '1998-10-25')).toEqual([
			'the past decade',
			'DURATION',
			'P10Y'
		]);
		expect(
			extractTimexes('It was one of the significant events of the past century.', '1989-11-01')
		).toEqual([]);
	});

	it('reads "will one day be" as some day to come, and "in the job one day" as a day long', () => {
		expect(only('Islam will one day be the second largest religion.', '1998-03-03')).toEqual([
			'one day',
			'DATE',
			'FUTURE_REF'
		]);
		expect(only('Major had only been in the job one day.', '1989-10-30')).toEqual([
			'one day',
			'DURATION',
			'P1D'
		]);
	});

	it('reads "the near term", "the short term", "in past years" and "at this crucial moment"', () => {
		expect(only("We don't minimize the challenges of the near term.", '1989-10-30')).toEqual([
			'the near term',
			'DATE',
			'FUTURE_REF'
		]);
		expect(only('There were sell programs in past years, too.', '1989-10-30')).toEqual([
			'past years',
			'DATE',
			'PAST_REF'
		]);
		expect(only('The king would not be traveling at this crucial moment.', '1990-08-15')).toEqual([
			'this crucial moment',
			'DATE',
			'PRESENT_REF'
		]);
	});

	it('reads the day a story says it is ("It\'s the second day of an offensive") as publication day', () => {
		expect(
			only("It's the second day of an offensive by the security forces.", '1998-03-06')
		).toEqual(['the second day', 'DATE', '1998-03-06']);
	});

	it('counts "this night" and "this morning" in a quotation from the day the words were said', () => {
		const read = (text: string) => extractTimexes(text, '2024-11-10').map((t) => [t.text, t.value]);
		expect(read('"I waited 15 years for this night," she said Friday.')).toContainEqual([
			'this night',
			'2024-11-08TNI'
		]);
		expect(read('"We met this morning," he said Thursday.')).toContainEqual([
			'this morning',
			'2024-11-07TMO'
		]);
	});

	it('reads quarters, halves and fiscal years as business news writes them: "Q2 2024", "H1", "FY2023"', () => {
		const read = (text: string) => extractTimexes(text, '2024-08-01').map((t) => [t.text, t.value]);
		expect(read('Revenue rose 12% in Q2 2024.')).toEqual([['Q2 2024', '2024-Q2']]);
		expect(read("Profit rose in Q4'23 and in Q1 FY25.")).toEqual([
			["Q4'23", '2023-Q4'],
			['Q1 FY25', '2025-Q1']
		]);
		expect(read('Executives expect growth to slow in Q3.')).toEqual([['Q3', '2024-Q3']]);
		expect(read('Sales fell in H1 2024.')).toEqual([['H1 2024', '2024-H1']]);
		expect(read('In FY2023 the firm earned $3 billion.')).toEqual([['FY2023', '2023']]);
		// Not a car, not a virus.
		expect(read('He drove an Audi Q4 e-tron during the H1N1 scare.')).toEqual([]);
	});

	it('reads "the fall" in a future clause as the coming fall, and in a past one as the last', () => {
		expect(only('The justices will hear arguments in the fall.', '2024-03-04')).toEqual([
			'the fall',
			'DATE',
			'2024-FA'
		]);
		expect(only('The law was passed in the fall.', '2024-03-04')).toEqual([
			'the fall',
			'DATE',
			'2023-FA'
		]);
	});

	it('reads Easter and the days counted from it, "Easter week" as the week that ends on Easter Sunday', () => {
		expect(only('Protesters prayed as Easter week began.', '2000-04-17')).toEqual([
			'Easter week',
			'DATE',
			'2000-W16'
		]);
		expect(only('The church was full on Good Friday.', '2024-04-02')).toEqual([
			'Good Friday',
			'DATE',
			'2024-03-29'
		]);
		expect(only('They met at Easter with friends.', '2019-05-01')).toEqual([
			'Easter',
			'DATE',
			'2019-04-21'
		]);
		expect(
			extractTimexes('Easter eggs were sold out; the ship reached Easter Island.', '2019-05-01')
		).toEqual([]);
	});

	it('reads "post-1959" as the year it is after', () => {
		expect(only('The post-1959 politics split families.', '2000-02-24')).toEqual([
			'1959',
			'DATE',
			'1959'
		]);
	});

	it('reads "Until then" as the date named just before', () => {
		const text = 'The rights will terminate on Nov. 30. Until then, the stock remains on sale.';
		expect(extractTimexes(text, '1989-10-30').map((t) => [t.text, t.value])).toEqual([
			['Nov. 30', '1989-11-30'],
			['then', '1989-11-30']
		]);
	});

	it('keeps the quarter a story reports when another is named in passing', () => {
		const text =
			'Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, ' +
			'it credited its consumer businesses. Charges were taken in the year-earlier period.';
		expect(extractTimexes(text, '1989-11-01').map((t) => [t.text, t.value])).toEqual([
			['third-quarter', '1989-Q3'],
			['a flat second quarter', '1989-Q2'],
			['the year-earlier period', '1988-Q3']
		]);
	});

	it('reads "the 1988 period" after nine-month results as that year, not a quarter', () => {
		const text =
			'Net rose in the third quarter. In the first nine months, net was $306 million, ' +
			'compared with a loss of $195 million in the 1988 period.';
		expect(extractTimexes(text, '1989-11-02').map((t) => [t.text, t.value])).toEqual([
			['the third quarter', '1989-Q3'],
			['the first nine months', 'P9M'],
			['the 1988 period', '1988']
		]);
	});

	it('takes the tense of the verb after a weekday or month that opens its sentence', () => {
		expect(only('On Tuesday, the league plans to hold a news conference.', monday)).toEqual([
			'Tuesday',
			'DATE',
			'2024-01-09'
		]);
		expect(only('On Friday, the government planned to pay the claims.', monday)).toEqual([
			'Friday',
			'DATE',
			'2024-01-05'
		]);
		expect(only('In January, American Medical brought in a new chief.', '1989-10-27')).toEqual([
			'January',
			'DATE',
			'1989-01'
		]);
		expect(only('The company expects to release results in January.', '1989-10-27')).toEqual([
			'January',
			'DATE',
			'1990-01'
		]);
	});

	it("counts a quoted 'today' or 'yesterday' from the day the attribution names", () => {
		const text =
			'"Yesterday we talked. Today we build," she said at a news conference on Wednesday.';
		expect(extractTimexes(text, '2025-06-12').map((t) => [t.text, t.value])).toEqual([
			['Yesterday', '2025-06-10'],
			['Today', '2025-06-11'],
			['Wednesday', '2025-06-11']
		]);
		expect(only('"We start today," he said.', '2025-06-12')).toEqual([
			'today',
			'DATE',
			'2025-06-12'
		]);
	});

	it('reads an abbreviated month without its full stop when a year follows', () => {
		expect(only('Work starts in Sept 2025.', '2025-06-12')).toEqual([
			'Sept 2025',
			'DATE',
			'2025-09'
		]);
	});

	it('reads a bare day beside a dated one as a day of the same month', () => {
		const read = (text: string) => extractTimexes(text, '1999-02-10').map((t) => [t.text, t.value]);
		expect(read('The summit is on April 24 and 25.')).toEqual([
			['April 24', '1999-04-24'],
			['25', '1999-04-25']
		]);
		expect(read('They met on 3 and 4 March 2023.')).toEqual([
			['3', '2023-03-03'],
			['4 March 2023', '2023-03-04']
		]);
		expect(read('It ran June 5, 6 and 7 in Paris.')).toEqual([
			['June 5', '1998-06-05'],
			['6', '1998-06-06'],
			['7', '1998-06-07']
		]);
	});

	it('leaves counts beside a date alone, and never reads them as its year', () => {
		const read = (text: string) => extractTimexes(text, '1999-02-10').map((t) => [t.text, t.value]);
		expect(read('On March 5, 10 soldiers died.')).toEqual([['March 5', '1999-03-05']]);
		expect(read('On April 24 and 25 people left.')).toEqual([['April 24', '1999-04-24']]);
		expect(read('On May 1 and 2,000 troops came.')).toEqual([['May 1', '1999-05-01']]);
	});

	it("reads the verb after an opening month past an abbreviation ('Roe vs. Wade')", () => {
		const text =
			'In January, a week after the anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a guard.';
		expect(extractTimexes(text, '1998-10-25').find((t) => t.text === 'January')?.value).toBe(
			'1998-01'
		);
	});

	it("reads 'Until Thursday, they had not …' as the Thursday before publication", () => {
		expect(only('Until Thursday, they had not called him a suspect.', '1999-05-07')).toEqual([
			'Thursday',
			'DATE',
			'1999-05-06'
		]);
	});

	it('reads a month in a past clause after a future one as past', () => {
		const text =
			'The agency said it will transfer the boy from relatives who have cared for him since he was rescued in late November.';
		expect(extractTimexes(text, '2000-04-05').find((t) => /November/.test(t.text))?.value).toBe(
			'1999-11'
		);
		expect(
			extractTimexes('Collins will be named commander for a mission in December.', '1998-03-04')[0]
				.value
		).toBe('1998-12');
	});

	it('reads the whole sentence, not only the words near a date, for its tense', () => {
		const text =
			'It said two new flights would leave Bombay on Monday and Tuesday nights from March 30, with the third departing each Thursday from August 6.';
		expect(extractTimexes(text, '1998-02-13').find((t) => t.text === 'August 6')?.value).toBe(
			'1998-08-06'
		);
		// "succeed" is no past tense.
		expect(only('Mr. Schwarz will succeed Daniel P. Davison Feb. 1.', '1989-10-26')).toEqual([
			'Feb. 1',
			'DATE',
			'1990-02-01'
		]);
	});

	it('reads a deadline just passed as past, even in a future clause', () => {
		expect(
			only(
				'Exiles said they would fight the order to repatriate the child by Jan. 14.',
				'2000-01-15'
			)
		).toEqual(['Jan. 14', 'DATE', '2000-01-14']);
	});

	it("dates 'earlier that day' and 'the next morning' from the day named before", () => {
		const read = (text: string) => extractTimexes(text, '2000-02-24').map((t) => [t.text, t.value]);
		expect(read('He was arrested on Feb. 22. He appeared in court the next morning.')).toEqual([
			['Feb. 22', '2000-02-22'],
			['the next morning', '2000-02-23']
		]);
		expect(
			read('Slepian was shot on Oct. 23, 1998. Earlier that day, his family sent a fax.')
		).toEqual([
			['Oct. 23, 1998', '1998-10-23'],
			['Earlier that day', '1998-10-23']
		]);
		// With no day named before, there is nothing to count from.
		expect(read('That day was bad, and the next day worse.')).toEqual([]);
	});

	it('reads a verb of schedule in the present as the coming day, an infinitive as no schedule', () => {
		expect(
			only('He and Arafat meet separately Monday with the secretary of state.', '1998-05-01')
		).toEqual(['Monday', 'DATE', '1998-05-04']);
		expect(only('The offer had been due to expire Friday.', '1989-10-30')).toEqual([
			'Friday',
			'DATE',
			'1989-10-27'
		]);
	});

	it('reads a month after a schedule, a deadline or a planned event as the coming one', () => {
		expect(
			only(
				'The relatives could lose when the case is heard in May in the appeals court.',
				'2000-03-29'
			)
		).toEqual(['May', 'DATE', '2000-05']);
		expect(
			only('The sale is part of its program to pay down the bridge loan by February.', '1989-10-30')
		).toEqual(['February', 'DATE', '1990-02']);
		// A relative clause between commas does not give the sentence its tense.
		expect(
			only(
				'The sale, which had been expected, is part of a program to pay down the loan by February.',
				'1989-10-30'
			)
		).toEqual(['February', 'DATE', '1990-02']);
		expect(
			only('They can take part in planning for the NATO summit in April.', '1998-12-05')
		).toEqual(['April', 'DATE', '1999-04']);
		// "The March accession": a month before the noun it dates.
		expect(
			only('The March accession will enable the three countries to vote.', '1999-02-10')
		).toEqual(['March', 'DATE', '1999-03']);
		expect(extractTimexes('They joined the March on Washington.', '1999-02-10')).toEqual([]);
		expect(
			only(
				'The embassy postponed the slated visit of the commerce secretary in September.',
				'1998-08-26'
			)
		).toEqual(['September', 'DATE', '1998-09']);
	});

	it('reads a weekday after "are due" as the coming one, after "was due" as the last', () => {
		expect(only('They are due in court for a bond hearing on Wednesday.', '2024-06-03')).toEqual([
			'Wednesday',
			'DATE',
			'2024-06-05'
		]);
		expect(only('The rent was due on Wednesday.', '2024-06-03')).toEqual([
			'Wednesday',
			'DATE',
			'2024-05-29'
		]);
	});

	it('reads a possessive weekday as a day that has come, unless it is awaited', () => {
		expect(
			only(
				"Relatives said they would look for ways to get around Wednesday's ruling.",
				'2000-01-07'
			)
		).toEqual(['Wednesday', 'DATE', '2000-01-05']);
		expect(only("Markets will be quiet ahead of Wednesday's vote.", '2000-01-07')).toEqual([
			'Wednesday',
			'DATE',
			'2000-01-12'
		]);
	});

	it("reads 'last February' in March as the year before: the month just ended is 'last month'", () => {
		expect(only('He left Lebanon last February.', '1998-03-01')).toEqual([
			'last February',
			'DATE',
			'1997-02'
		]);
		expect(only('He left Lebanon last January.', '1998-03-01')).toEqual([
			'last January',
			'DATE',
			'1998-01'
		]);
		expect(only('The strike came last December.', '2024-01-08')).toEqual([
			'last December',
			'DATE',
			'2023-12'
		]);
	});

	it("moves a day by 'the day before' and widens it by 'the week of'", () => {
		expect(only("The day before last Tuesday's hearing, he flew to Miami.", '2000-02-24')).toEqual([
			'The day before last Tuesday',
			'DATE',
			'2000-02-21'
		]);
		expect(only('A hearing is set for the week of March 6.', '2000-02-24')).toEqual([
			'the week of March 6',
			'DATE',
			'2000-W10'
		]);
	});

	it('puts a clock time on the day of its gloss or of its paragraph, not of another paragraph', () => {
		const read = (text: string) => extractTimexes(text, '2000-04-05').map((t) => [t.text, t.value]);
		expect(read('He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.')).toEqual([
			['4 in the morning', '2000-04-06T04:00'],
			['4 a.m. EDT Thursday', '2000-04-06T04:00']
		]);
		expect(read('The blast came at 10:35 a.m. (0735 GMT) Friday.')).toEqual([
			['10:35 a.m.', '2000-03-31T10:35'],
			['Friday', '2000-03-31']
		]);
		expect(read('Talks began Monday.\n\nHe was shot at 10 p.m.')).toEqual([
			['Monday', '2000-04-03'],
			['10 p.m', '2000-04-05T22:00']
		]);
	});

	it('refuses a reference date that is not ISO 8601', () => {
		expect(() => extractTimexes('Friday', 'January 8')).toThrow(/not ISO 8601/);
	});
});
