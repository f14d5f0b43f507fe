/**
 * TimelineJS's Google Sheets template as CSV (File → Download → CSV), in and out, so that a
 * newsroom's spreadsheet comes to Dateline and goes back.
 *
 * The template has one row per slide under the header Year, Month, Day, Time, End Year, End Month,
 * End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
 * Thumbnail, Type, Group, Background (and, in the current template, Link; TimelineJS also reads
 * Alt Text). A row whose Type is `title` is the title slide, `era` an era, anything else an
 * event. The sheet is read as TimelineJS reads it: headers by name whatever their case and
 * spacing (`Tag` for Group, as the first template had it), cells trimmed, blank rows skipped,
 * numbers with commas (`-13,800,000,000`), BC years negative, times as `18:00`, `6:30 PM` or
 * `1830`, Text as HTML, Background a link or a colour. The rows become a TimelineJS file read by
 * `fromTimelineJs`, whose problems are told by row and column; Link is the event's link.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { neutralise, restore } from './csv';
import { ImportError } from './importError';
import type { Dataset } from './schema';
import {
	fromTimelineJs,
	toTimelineJs,
	type Imported,
	type TimelineJsDate,
	type TimelineJsFile,
	type TimelineJsSlide
} from './timelinejs';
import { isHttpUrl } from './url';

/** The template's columns, in its order. */
export const SHEETS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background',
	'Link'
] as const;

/** Written after the template's columns when an image has alt text of its own. */
const ALT = 'Alt Text';

type Column = (typeof SHEETS_COLUMNS)[number] | typeof ALT;

// Header names as compared: lower case, single spaces.
const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
const KNOWN = new Map<string, Column>(
	[...SHEETS_COLUMNS, ALT].map((column) => [key(column), column] as [string, Column])
);
KNOWN.set('tag', 'Group');

/** Whether CSV text is a TimelineJS sheet: its header names Year and Headline. */
export function isSheetsCsv(text: string): boolean {
	const header = csvParseRows(text.replace(/^\uFEFF/, '').slice(0, 2000))[0] ?? [];
	const names = new Set(header.map(key));
	return names.has('year') && names.has('headline');
}

/**
 * Reads a TimelineJS sheet into a valid dataset, with the notices of the TimelineJS import.
 *
 * @throws ImportError naming the row and column of each problem, e.g.
 *   `row 4, column "Month": expected a whole number from 1 to 12, found "13"`.
 */
export function fromSheetsCsv(text: string, file = 'timeline.csv', today?: string): Imported {
	const table = csvParseRows(text.replace(/^\uFEFF/, ''));
	if (table.every((cells) => cells.every((cell) => cell.trim() === '')))
		throw new ImportError(file, ['the file is empty']);
	const header = table[0].map((name) => KNOWN.get(key(name)));
	const missing = (['Year', 'Headline'] as const).filter((c) => !header.includes(c));
	if (missing.length)
		throw new ImportError(file, [
			`row 1 (the header): expected the TimelineJS template's columns (${SHEETS_COLUMNS.join(', ')}); missing ${missing.map((c) => `"${c}"`).join(' and ')}`
		]);
	const notices = table[0]
		.filter((name, i) => name.trim() && !header[i])
		.map(
			(name) => `The column ${JSON.stringify(name.trim())} is not one of the template's: not kept.`
		);

	const problems: string[] = [];
	const timeline: TimelineJsFile = { events: [], eras: [] };
	// The sheet row of each slide, and each event's link.
	const rows = { title: 0, events: [] as number[], eras: [] as number[] };
	const links: (string | undefined)[] = [];
	table.slice(1).forEach((cells, i) => {
		const row = i + 2;
		if (cells.every((cell) => cell.trim() === '')) return;
		const cell = (column: Column): string => {
			const at = header.indexOf(column);
			return at < 0 ? '' : restore((cells[at] ?? '').trim());
		};
		const place = (column: Column) => `row ${row}, column "${column}"`;
		const type = cell('Type').toLowerCase();
		const slide: TimelineJsSlide = {
			text: { headline: cell('Headline'), text: cell('Text') }
		};
		const media = {
			url: cell('Media'),
			credit: cell('Media Credit'),
			caption: cell('Media Caption'),
			thumbnail: cell('Media Thumbnail'),
			alt: cell(ALT)
		};
		if (media.url || media.credit || media.caption) slide.media = media;
		const background = cell('Background');
		if (background)
			slide.background = /^(https?:)?\/\//.test(background)
				? { url: background }
				: { color: background };
		if (type === 'title' && !timeline.title) {
			timeline.title = slide;
			rows.title = row;
			return;
		}
		if (type === 'title') notices.push(`Row ${row} is a second title row: read as an event.`);
		const start = dateOf(cell, ['Year', 'Month', 'Day', 'Time'], place, problems);
		const end = dateOf(cell, ['End Year', 'End Month', 'End Day', 'End Time'], place, problems);
		if (start === null || end === null) return;
		if (!start) {
			problems.push(`${place('Year')}: expected a year, found nothing`);
			return;
		}
		slide.start_date = start;
		if (end) slide.end_date = end;
		if (type === 'era') {
			timeline.eras!.push(slide);
			rows.eras.push(row);
			return;
		}
		if (cell('Display Date')) slide.display_date = cell('Display Date');
		if (cell('Group')) slide.group = cell('Group');
		const link = cell('Link');
		if (link && !isHttpUrl(link))
			problems.push(
				`${place('Link')}: expected an absolute http(s) URL, found ${JSON.stringify(link)}`
			);
		links.push(link || undefined);
		timeline.events.push(slide);
		rows.events.push(row);
	});
	if (problems.length) throw new ImportError(file, problems);
	const imported = fromTimelineJs(timeline, file, today, (path) => placeOf(path, rows));
	imported.dataset.events.forEach((event, i) => {
		if (links[i]) event.url = links[i];
	});
	return { dataset: imported.dataset, notices: [...notices, ...imported.notices] };
}

/**
 * A date from its four cells (Year, Month, Day, Time, or their End columns): undefined when all
 * are empty, null when one is wrong (with the problem pushed).
 */
function dateOf(
	cell: (column: Column) => string,
	[year, month, day, time]: [Column, Column, Column, Column],
	place: (column: Column) => string,
	problems: string[]
): TimelineJsDate | undefined | null {
	// As TimelineJS reads numbers: spaces and thousands separators dropped.
	const number = (column: Column) => cell(column).replace(/[\s,]+/g, '');
	if (!number(year)) {
		const given = [month, day, time].find((column) => cell(column));
		if (!given) return undefined;
		problems.push(`${place(year)}: expected a year when ${given} is given, found nothing`);
		return null;
	}
	const date: TimelineJsDate = { year: number(year) };
	if (number(month)) date.month = number(month);
	if (number(day)) date.day = number(day);
	if (cell(time)) {
		const clock = readTime(cell(time));
		if (!clock) {
			problems.push(
				`${place(time)}: expected a time such as 18:00, 6:30 PM or 18:00:30, found ${JSON.stringify(cell(time))}`
			);
			return null;
		}
		Object.assign(date, clock);
	}
	return date;
}

/**
 * A time of day as TimelineJS reads the Time column: `18:00`, `6:30 PM`, `6 p.m.`, `1830`,
 * `18:00:30`, `18.30`; null when it is not one.
 *
 * @example
 * readTime('6:30 PM'); // { hour: 18, minute: 30 }
 */
export function readTime(text: string): { hour: number; minute?: number; second?: number } | null {
	const match = /^(\d{1,2})(?:([:.])?(\d{2})(?:[:.](\d{2}))?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/.exec(
		text.trim()
	);
	if (!match) return null;
	const [, h, , m, s, period] = match;
	let hour = Number(h);
	if (period) {
		if (hour < 1 || hour > 12) return null;
		hour = (hour % 12) + (period.toLowerCase() === 'p' ? 12 : 0);
	}
	const clock: { hour: number; minute?: number; second?: number } = { hour };
	if (m !== undefined) clock.minute = Number(m);
	if (s !== undefined) clock.second = Number(s);
	if (hour > 23 || (clock.minute ?? 0) > 59 || (clock.second ?? 0) > 59) return null;
	return clock;
}

// A JSON path of the TimelineJS file, and the column each of its parts came from.
const PARTS: [RegExp, Column][] = [
	[/^start_date\.year/, 'Year'],
	[/^start_date\.month/, 'Month'],
	[/^start_date\.day/, 'Day'],
	[/^start_date/, 'Time'],
	[/^end_date\.year/, 'End Year'],
	[/^end_date\.month/, 'End Month'],
	[/^end_date\.day/, 'End Day'],
	[/^end_date/, 'End Time'],
	[/^text/, 'Headline'],
	[/^media/, 'Media']
];

/** The row and column a path of the TimelineJS file read from a sheet came from. */
function placeOf(path: string, rows: { title: number; events: number[]; eras: number[] }): string {
	const match = /^\$\.(events|eras)\[(\d+)\]\.?(.*)$/.exec(path);
	if (!match) return path === '$.events' ? 'the event rows' : `row ${rows.title}`;
	const row = rows[match[1] as 'events' | 'eras'][Number(match[2])];
	const column = PARTS.find(([pattern]) => pattern.test(match[3]))?.[1];
	return column ? `row ${row}, column "${column}"` : `row ${row}`;
}

/**
 * The dataset as a TimelineJS sheet: a title row, a row per event, a row per era, under the
 * template's header (with Alt Text after it when an image has alt text of its own). Cells a
 * spreadsheet would run as formulas get a leading apostrophe (see `neutralise`); numbers are
 * written as numbers.
 *
 * @example
 * toSheetsCsv(dataset).split('\n')[0]; // 'Year,Month,Day,Time,End Year,…,Background,Link'
 */
export function toSheetsCsv(dataset: Dataset): string {
	const timeline = toTimelineJs(dataset);
	const rows: Partial<Record<Column, string>>[] = [];
	if (timeline.title) rows.push({ ...cellsOf(timeline.title), Type: 'title' });
	timeline.events.forEach((slide, i) => {
		rows.push({ ...cellsOf(slide), Link: dataset.events[i].url });
	});
	for (const slide of timeline.eras ?? []) rows.push({ ...cellsOf(slide), Type: 'era' });
	const columns: Column[] = rows.some((row) => row[ALT])
		? [...SHEETS_COLUMNS, ALT]
		: [...SHEETS_COLUMNS];
	const numeric = new Set<Column>(['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day']);
	return csvFormatRows([
		columns,
		...rows.map((row) =>
			columns.map((column) => {
				const value = row[column] ?? '';
				return numeric.has(column) ? value : neutralise(value);
			})
		)
	]);
}

/** A slide's cells. */
function cellsOf(slide: TimelineJsSlide): Partial<Record<Column, string>> {
	const part = (value: number | string | undefined) =>
		value === undefined ? undefined : String(value);
	const time = (date: TimelineJsDate | undefined) =>
		date?.hour === undefined
			? undefined
			: `${date.hour}:${String(date.minute ?? 0).padStart(2, '0')}${date.second === undefined ? '' : `:${String(date.second).padStart(2, '0')}`}`;
	const { start_date: start, end_date: end, media, background } = slide;
	return {
		Year: part(start?.year),
		Month: part(start?.month),
		Day: part(start?.day),
		Time: time(start),
		'End Year': part(end?.year),
		'End Month': part(end?.month),
		'End Day': part(end?.day),
		'End Time': time(end),
		'Display Date': slide.display_date,
		Headline: slide.text?.headline,
		Text: slide.text?.text,
		Media: media?.url,
		'Media Credit': media?.credit,
		'Media Caption': media?.caption,
		'Media Thumbnail': media?.thumbnail,
		[ALT]: media?.alt,
		Group: slide.group,
		Background: background?.url ?? background?.color
	};
}
