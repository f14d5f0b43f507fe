import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateLabel } from './partialDate';
import { validateDataset } from './schema';
import { fromSheetsCsv, isSheetsCsv, readTime, SHEETS_COLUMNS, toSheetsCsv } from './sheets';
import { problemsOf } from './testing';

const fixture = (name: string) => readFileSync(`tests/fixtures/timelinejs/${name}`, 'utf8');
const pompeii = fromSheetsCsv(fixture('pompeii.sheet.csv'), 'pompeii.csv', '2026-01-01');
const byTitle = (title: string) => pompeii.dataset.events.find((e) => e.title === title)!;

/** The template's header and one row, the cells named. */
const sheet = (...rows: Record<string, string>[]) =>
	[
		SHEETS_COLUMNS.join(','),
		...rows.map((row) => SHEETS_COLUMNS.map((c) => row[c] ?? '').join(','))
	].join('\n');

describe('fromSheetsCsv', () => {
	it('reads the template: a title row, event rows and era rows, skipping blank rows', () => {
		const { dataset } = pompeii;
		expect(() => validateDataset(dataset)).not.toThrow();
		expect(dataset.title).toBe('Pompeii: a city and its volcano');
		expect(dataset.description).toBe(
			'From a Samnite town to the ash of Vesuvius & its rediscovery.'
		);
		expect(dataset.events).toHaveLength(8);
		expect(dataset.eras?.map((era) => [era.title, dateLabel(era)])).toEqual([
			['Samnite and Oscan Pompeii', '700-80 BC'],
			['Roman Pompeii', '80 BC-AD 79']
		]);
	});

	it('reads BC years as negative numbers, times of day, and spans ending on a later day', () => {
		expect(dateLabel(byTitle('Oscans settle by the river Sarno'))).toBe('600 BC');
		expect(byTitle('Oscans settle by the river Sarno').displayDate).toBe('c. 600 BC');
		expect(dateLabel(byTitle('The cloud rises over Vesuvius'))).toBe('Aug. 24, AD 79, 1 p.m.');
		expect(byTitle('Pumice falls on the town')).toMatchObject({
			date: '0079-08-24T18:30/0079-08-25T08:00',
			start: '0079-08-24',
			end: '0079-08-25'
		});
	});

	it('keeps groups, media, backgrounds and links, and the HTML of the text for the way back', () => {
		expect(new Set(pompeii.dataset.events.map((e) => e.group))).toEqual(
			new Set(['Politics', 'Nature', 'Science'])
		);
		expect(byTitle('Pumice falls on the town').media).toEqual({
			type: 'image',
			url: 'https://example.org/media/pumice.jpg',
			alt: 'Pumice from the excavations',
			credit: 'Example Museum',
			caption: 'Pumice from the excavations',
			thumbnail: 'https://example.org/media/pumice-thumb.jpg'
		});
		expect(byTitle('An earthquake shakes the bay').media).toEqual({
			type: 'text',
			text: 'The earth trembled and the temple of Isis fell.'
		});
		expect(byTitle('Pyroclastic surges bury Pompeii').background).toEqual({ color: 'steelblue' });
		expect(byTitle('Pompeii becomes a Roman colony')).toMatchObject({
			url: 'https://example.org/colony',
			summary: 'After the Social War, Sulla settles veterans in the town: Colonia Cornelia Veneria.'
		});
		expect(byTitle('Pompeii becomes a Roman colony').timelinejs?.text).toContain(
			'<a href="https://example.org/colonia">'
		);
	});

	it('reads the numbers of the cosmological sheet, thousands separators and all, as years ago', () => {
		const { dataset } = fromSheetsCsv(fixture('cosmos.sheet.csv'), 'cosmos.csv', '2026-01-01');
		expect(dataset.events.slice(0, 2).map(dateLabel)).toEqual([
			'13.8 billion years ago',
			'13.6 billion years ago'
		]);
		expect(dateLabel(dataset.events[5])).toBe('300,000 years ago');
		expect(dateLabel(dataset.events[6])).toBe('3200 BC');
		expect(dataset.eras?.[0].date).toBe('Y-4599999999/Y-540999999');
	});

	it('reads headers whatever their case and spacing, and Tag as Group', () => {
		const text = 'year , HEADLINE,tag,Unknown\n2020,Vote,Politics,x\n';
		expect(isSheetsCsv(text)).toBe(true);
		const { dataset, notices } = fromSheetsCsv(text, 'x.csv', '2026-01-01');
		expect(dataset.events[0]).toMatchObject({ title: 'Vote', group: 'Politics', date: '2020' });
		expect(notices[0]).toBe('The column "Unknown" is not one of the template\'s: not kept.');
	});

	it('names the row and column of every problem, in the words of the template', () => {
		const text = sheet(
			{ Year: '2020', Month: '13', Headline: 'A' },
			{ Year: '2020', Month: '1', Day: '5', Time: '25:00', Headline: 'B' },
			{ Month: '3', Headline: 'C' },
			{ Year: '2020', Headline: 'D', Link: 'javascript:alert(1)' },
			{ Headline: 'E' }
		);
		expect(problemsOf(() => fromSheetsCsv(text, 'x.csv'))).toEqual([
			'row 3, column "Time": expected a time such as 18:00, 6:30 PM or 18:00:30, found "25:00"',
			'row 4, column "Year": expected a year when Month is given, found nothing',
			'row 5, column "Link": expected an absolute http(s) URL, found "javascript:alert(1)"',
			'row 6, column "Year": expected a year, found nothing'
		]);
		expect(
			problemsOf(() => fromSheetsCsv(sheet({ Year: '2020', Month: '13', Headline: 'A' }), 'x.csv'))
		).toEqual(['row 2, column "Month": expected a whole number from 1 to 12, found "13"']);
		expect(problemsOf(() => fromSheetsCsv('Year,Title\n2020,x\n', 'x.csv'))[0]).toMatch(
			/^row 1 \(the header\): expected the TimelineJS template's columns .*; missing "Headline"/
		);
	});
});

describe('readTime', () => {
	it('reads the times TimelineJS reads', () => {
		expect(
			['18:00', '6:30 PM', '6 p.m.', '12:15 am', '1830', '630', '18.30', '18:00:30', '7'].map(
				readTime
			)
		).toEqual([
			{ hour: 18, minute: 0 },
			{ hour: 18, minute: 30 },
			{ hour: 18 },
			{ hour: 0, minute: 15 },
			{ hour: 18, minute: 30 },
			{ hour: 6, minute: 30 },
			{ hour: 18, minute: 30 },
			{ hour: 18, minute: 0, second: 30 },
			{ hour: 7 }
		]);
		expect(['25:00', '13 PM', 'noon', '18:60', ''].map(readTime)).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});
});

describe('toSheetsCsv', () => {
	it('writes the template’s header, a title row, event rows and era rows', () => {
		const rows = csvParseRows(toSheetsCsv(pompeii.dataset));
		expect(rows[0]).toEqual([...SHEETS_COLUMNS]);
		const type = SHEETS_COLUMNS.indexOf('Type');
		expect(rows.slice(1).map((row) => row[type])).toEqual([
			'title',
			...pompeii.dataset.events.map(() => ''),
			'era',
			'era'
		]);
		const year = SHEETS_COLUMNS.indexOf('Year');
		expect(rows[2][year]).toBe('-600');
	});

	it('adds Alt Text only for an image whose alt text is its own', () => {
		const dataset = structuredClone(pompeii.dataset);
		const media = dataset.events.find((e) => e.media?.type === 'image')!.media!;
		if (media.type === 'image') media.alt = 'A lump of grey pumice';
		const rows = csvParseRows(toSheetsCsv(dataset));
		expect(rows[0].at(-1)).toBe('Alt Text');
		expect(rows.some((row) => row.at(-1) === 'A lump of grey pumice')).toBe(true);
	});

	it('writes texts a spreadsheet would run as formulas with a leading apostrophe, and reads them back', () => {
		const dataset = structuredClone(pompeii.dataset);
		dataset.events[0].title = '=HYPERLINK("https://evil.example")';
		dataset.events[0].group = '+cmd';
		const csv = toSheetsCsv(dataset);
		for (const row of csvParseRows(csv))
			for (const [i, cell] of row.entries())
				if (!['Year', 'End Year'].includes(SHEETS_COLUMNS[i]))
					expect(cell).not.toMatch(/^[=+@\t\r]/);
		const back = fromSheetsCsv(csv, 'x.csv', '2026-01-01').dataset;
		expect(back.events[0]).toMatchObject({ title: dataset.events[0].title, group: '+cmd' });
	});
});
