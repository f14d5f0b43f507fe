/**
 * A dataset as one CSV table, for spreadsheets, and back, losing nothing.
 *
 * A dataset is a tree (sources, events, each event's quotes); a spreadsheet wants one table. So
 * every row says which record it is in its first column, `record`, and uses the columns that
 * record needs, leaving the rest empty:
 *
 * - `dataset`: id, title, description, version
 * - `source`: id, title, publisher, author, url, published, text
 * - `event`: id, title, date, start, end, precision, summary, resolution, url, the entities
 *   (people, places, organizations) as JSON arrays, so that a name may hold any character, and
 *   importance (a number)
 * - `quote`: id (of its event, which must come before it), source, quote_start, quote_end, text
 * - version 2: an event's media (`media_type`, `media_url`, `media_alt`, `media_text`,
 *   `media_credit`, `media_caption`, `media_thumbnail`, `media_link`), `group`, `display_date`,
 *   background (`background_color`, `background_url`) and `timelinejs` (its HTML, as JSON); the
 *   dataset row the same media, background and `timelinejs`; and an `era` row per era: title,
 *   date, start, end, precision, summary, timelinejs
 *
 * A cell that a spreadsheet would run as a formula (one starting with = + - @, a tab or a carriage
 * return) is written with a leading apostrophe, as OWASP advises against CSV injection, and read
 * back without it, so that export then import loses nothing (see `neutralise`).
 *
 * An empty cell is an absent optional field, and a cell holding only an apostrophe an optional
 * field present but empty (a summary cleared to ""), so that both come back as they were; an
 * event row may leave start, end and precision empty, and they follow from its date. Problems are reported by row (1 is the header) and
 * column, including those the dataset contract finds once the table is read.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { precisionOf } from './edtfPrecision';
import { ImportError } from './importError';
import { boundsOf } from './edtfBounds';
import {
	backgroundCells,
	datasetExtras,
	jsonCell,
	mediaCells,
	readBackground,
	readMedia,
	readTimelineJs,
	version2Column,
	withoutUndefined
} from './csvVersion2';
import { datasetProblems, type Dataset, type Era, type TimelineEvent } from './schema';

/** The columns, in order. Outside tools may read them: add at the end, never rename. */
export const CSV_COLUMNS = [
	'record',
	'id',
	'title',
	'date',
	'start',
	'end',
	'precision',
	'summary',
	'resolution',
	'url',
	'people',
	'places',
	'organizations',
	'source',
	'quote_start',
	'quote_end',
	'text',
	'publisher',
	'author',
	'published',
	'description',
	'version',
	'media_type',
	'media_url',
	'media_alt',
	'media_text',
	'media_credit',
	'media_caption',
	'media_thumbnail',
	'media_link',
	'group',
	'display_date',
	'background_color',
	'background_url',
	'timelinejs',
	'importance'
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/**
 * The dataset as CSV text (RFC 4180 quoting, `\n` line ends), one row per record.
 *
 * @example
 * const csv = datasetToCsv(dataset); // 'record,id,title,…\ndataset,iraq-coalition-exit,…'
 */
export function datasetToCsv(dataset: Dataset): string {
	const rows: Row[] = [
		{
			record: 'dataset',
			id: dataset.id,
			title: dataset.title,
			description: dataset.description,
			version: String(dataset.version),
			...mediaCells(dataset.media),
			...backgroundCells(dataset.background),
			timelinejs: jsonCell(dataset.timelinejs)
		}
	];
	for (const era of dataset.eras ?? []) {
		rows.push({
			record: 'era',
			title: era.title,
			date: era.date,
			start: era.start,
			end: era.end,
			precision: era.precision,
			summary: era.summary,
			timelinejs: jsonCell(era.timelinejs)
		});
	}
	for (const source of dataset.sources) {
		rows.push({
			record: 'source',
			id: source.id,
			title: source.title,
			publisher: source.publisher,
			author: source.author,
			url: source.url,
			published: source.published,
			text: source.text
		});
	}
	for (const event of dataset.events) {
		rows.push({
			record: 'event',
			id: event.id,
			title: event.title,
			date: event.date,
			start: event.start,
			end: event.end,
			precision: event.precision,
			summary: event.summary,
			resolution: event.resolution,
			url: event.url,
			people: event.entities && JSON.stringify(event.entities.people),
			places: event.entities && JSON.stringify(event.entities.places),
			organizations: event.entities && JSON.stringify(event.entities.organizations),
			...mediaCells(event.media),
			group: event.group,
			display_date: event.displayDate,
			...backgroundCells(event.background),
			timelinejs: jsonCell(event.timelinejs),
			importance: event.importance === undefined ? undefined : String(event.importance)
		});
		for (const quote of event.quotes) {
			rows.push({
				record: 'quote',
				id: event.id,
				source: quote.source,
				quote_start: String(quote.start),
				quote_end: String(quote.end),
				text: quote.text
			});
		}
	}
	return csvFormatRows([
		[...CSV_COLUMNS],
		...rows.map((row) => CSV_COLUMNS.map((column) => writeCell(row[column], column)))
	]);
}

// The fields a record may leave out, whose empty text must be told apart from their absence.
const OPTIONAL = new Set<Column>([
	'description',
	'summary',
	'resolution',
	'url',
	'media_credit',
	'media_caption'
]);

/** A cell's text: nothing for an absent field, an apostrophe for an optional one that is empty. */
function writeCell(value: string | undefined, column: Column): string {
	if (value === undefined) return '';
	if (value === '' && OPTIONAL.has(column)) return "'";
	return neutralise(value);
}

// A cell a spreadsheet reads as a formula, after any apostrophes already there: those are
// escaped too, so that a value that really starts with "'=" comes back as itself. A value of
// apostrophes only is escaped as well, as a lone apostrophe stands for an empty field.
// https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA = /^(?:'*[=+\-@\t\r]|'+$)/;
const NEUTRALISED = /^'+(?:[=+\-@\t\r]|$)/;

/**
 * A cell as written to CSV: one a spreadsheet would run as a formula gets a leading apostrophe,
 * which spreadsheets show as text and `restore` removes.
 *
 * @example
 * neutralise('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * neutralise("'=1"); // "''=1"
 * neutralise("'"); // "''"
 */
export function neutralise(cell: string): string {
	return FORMULA.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell as read from CSV: exactly the apostrophe `neutralise` added is removed.
 *
 * @example
 * restore(`'=HYPERLINK("http://x")`); // '=HYPERLINK("http://x")'
 * restore("'quoted'"); // "'quoted'" (no formula: untouched)
 * restore("'"); // '' (an empty field)
 */
export function restore(cell: string): string {
	return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/**
 * Reads CSV text written by `datasetToCsv` (or by a spreadsheet from it) back into a valid dataset.
 *
 * @throws ImportError naming each problem's row and column, e.g.
 *   `row 4, column "date": expected an EDTF date such as 2014 …, found "soon"`.
 */
export function csvToDataset(text: string, file = 'dataset.csv'): Dataset {
	const table = csvParseRows(text.replace(/^\uFEFF/, ''));
	if (table.length === 0 || table.every((cells) => cells.every((cell) => cell.trim() === ''))) {
		throw new ImportError(file, ['the file is empty']);
	}
	const header = table[0].map((cell) => restore(cell).trim().toLowerCase());
	const missing = ['record', 'id'].filter((column) => !header.includes(column));
	if (missing.length) {
		throw new ImportError(file, [
			`row 1 (the header): expected the columns of a Dateline CSV (${CSV_COLUMNS.slice(0, 6).join(', ')}, …) or of TimelineJS's sheet (Year, Month, Day, …, Headline, …); missing ${missing
				.map((c) => `"${c}"`)
				.join(' and ')}`
		]);
	}
	const problems: string[] = [];
	const index = new Map(header.map((name, i) => [name, i]));
	// Absent when empty; a lone apostrophe is a field present and empty (see `writeCell`).
	const cell = (cells: string[], column: Column): string | undefined => {
		const i = index.get(column);
		const value = i === undefined ? undefined : cells[i];
		return value === undefined || value === '' ? undefined : restore(value);
	};

	// Where each record came from, so that the contract's JSON paths can be reported as rows.
	const rowOf: Rows = { dataset: 0, sources: [], events: [], quotes: [], eras: [] };
	const found: { head?: Partial<Dataset> } = {};
	const eras: Era[] = [];
	const dataset = { version: 1, id: '', title: '', sources: [], events: [] } as unknown as Dataset;
	const events = new Map<string, TimelineEvent>();
	// Each event's place in the dataset, for its quote rows (not a search per row: linear).
	const indexOf = new Map<TimelineEvent, number>();

	table.slice(1).forEach((cells, i) => {
		const row = i + 2;
		if (cells.every((c) => c.trim() === '')) return;
		const record = cell(cells, 'record')?.trim().toLowerCase();
		const at = (column: Column) => `row ${row}, column "${column}"`;
		switch (record) {
			case 'dataset': {
				if (found.head) {
					problems.push(
						`row ${row}: expected one dataset row, found a second (row ${rowOf.dataset} is the first)`
					);
					return;
				}
				const version = cell(cells, 'version');
				if (version !== undefined && version !== '1' && version !== '2') {
					problems.push(`${at('version')}: expected 1 or 2, found ${JSON.stringify(version)}`);
				}
				found.head = withoutUndefined({
					version: version === '2' ? 2 : 1,
					id: cell(cells, 'id') ?? '',
					title: cell(cells, 'title') ?? '',
					description: cell(cells, 'description'),
					...datasetExtras((column) => cell(cells, column), at('timelinejs'), problems)
				}) as Partial<Dataset>;
				rowOf.dataset = row;
				return;
			}
			case 'era':
				rowOf.eras.push(row);
				eras.push(
					withoutUndefined({
						title: cell(cells, 'title') ?? '',
						date: cell(cells, 'date') ?? '',
						start: cell(cells, 'start') ?? '',
						end: cell(cells, 'end') ?? '',
						precision: (cell(cells, 'precision') ?? '') as Era['precision'],
						summary: cell(cells, 'summary'),
						timelinejs: readTimelineJs(cell(cells, 'timelinejs'), at('timelinejs'), problems)
					})
				);
				return;
			case 'source':
				rowOf.sources.push(row);
				dataset.sources.push(
					withoutUndefined({
						id: cell(cells, 'id') ?? '',
						title: cell(cells, 'title') ?? '',
						publisher: cell(cells, 'publisher') ?? '',
						author: cell(cells, 'author') ?? '',
						url: cell(cells, 'url'),
						published: cell(cells, 'published') ?? '',
						text: cell(cells, 'text') ?? ''
					})
				);
				return;
			case 'event': {
				const lists = (['people', 'places', 'organizations'] as const).map((column) => {
					const raw = cell(cells, column);
					if (raw === undefined) return undefined;
					try {
						const value: unknown = JSON.parse(raw);
						if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
					} catch {
						// reported below
					}
					problems.push(
						`${at(column)}: expected a JSON array of names such as ["Iraq", "Syria"], found ${short(raw)}`
					);
					return [];
				});
				// A person typing rows in a spreadsheet may give only the date: its days and
				// precision follow from it.
				const date = cell(cells, 'date') ?? '';
				let start = cell(cells, 'start');
				let end = cell(cells, 'end');
				let precision = cell(cells, 'precision');
				if (date && (start === undefined || end === undefined || precision === undefined)) {
					try {
						const bounds = boundsOf(date);
						start ??= bounds.start;
						end ??= bounds.end;
						precision ??= precisionOf(date);
					} catch {
						problems.push(
							`${at('date')}: expected an EDTF date such as 2014, 2020-01, 2023-10-07 or 2024-01-01/2024-01-07, found ${short(date)}`
						);
					}
				}
				const raw = cell(cells, 'importance');
				let importance: number | undefined;
				if (raw !== undefined) {
					importance = Number(raw);
					if (!/^\s*\d/.test(raw) || !Number.isFinite(importance)) {
						problems.push(
							`${at('importance')}: expected a number, 0 or more (higher is more central), found ${short(raw)}`
						);
						importance = undefined;
					}
				}
				const event = withoutUndefined({
					id: cell(cells, 'id') ?? '',
					title: cell(cells, 'title') ?? '',
					summary: cell(cells, 'summary'),
					date,
					start: start ?? '',
					end: end ?? '',
					precision: (precision ?? '') as TimelineEvent['precision'],
					quotes: [],
					resolution: cell(cells, 'resolution'),
					entities: lists.some((list) => list !== undefined)
						? { people: lists[0] ?? [], places: lists[1] ?? [], organizations: lists[2] ?? [] }
						: undefined,
					url: cell(cells, 'url'),
					media: readMedia((column) => cell(cells, column)),
					group: cell(cells, 'group'),
					displayDate: cell(cells, 'display_date'),
					background: readBackground((column) => cell(cells, column)),
					timelinejs: readTimelineJs(cell(cells, 'timelinejs'), at('timelinejs'), problems),
					importance
				}) as TimelineEvent;
				if (event.id && events.has(event.id)) {
					problems.push(
						`${at('id')}: expected an event id used once, found ${short(event.id)} again`
					);
				}
				events.set(event.id, event);
				indexOf.set(event, dataset.events.length);
				rowOf.events.push(row);
				rowOf.quotes.push([]);
				dataset.events.push(event);
				return;
			}
			case 'quote': {
				const id = cell(cells, 'id') ?? '';
				const event = events.get(id);
				if (!event) {
					problems.push(
						`${at('id')}: expected the id of an event on an earlier row, found ${short(id)}`
					);
					return;
				}
				const offset = (column: 'quote_start' | 'quote_end'): number => {
					const raw = cell(cells, column) ?? '';
					if (/^\d+$/.test(raw)) return Number(raw);
					problems.push(
						`${at(column)}: expected a whole number (a character offset), found ${short(raw)}`
					);
					return 0;
				};
				event.quotes.push({
					source: cell(cells, 'source') ?? '',
					start: offset('quote_start'),
					end: offset('quote_end'),
					text: cell(cells, 'text') ?? ''
				});
				rowOf.quotes[indexOf.get(event)!].push(row);
				return;
			}
			default:
				problems.push(
					`${at('record')}: expected one of dataset, source, event, quote, era, found ${short(record ?? '')}`
				);
		}
	});
	const head = found.head;
	if (!head) problems.push('expected a row whose record is "dataset" (with the id and title)');
	if (!head || problems.length) throw new ImportError(file, problems);

	const result = withoutUndefined({
		...head,
		sources: dataset.sources,
		events: dataset.events,
		eras: eras.length ? eras : undefined
	}) as Dataset;
	const contract = datasetProblems(result);
	if (contract.length) {
		throw new ImportError(
			file,
			contract.map((p) => `${locate(p.path, rowOf)}: expected ${p.expected}, found ${p.found}`)
		);
	}
	return result;
}

/** Where each record of a table came from, by row (1 is the header). */
interface Rows {
	dataset: number;
	sources: number[];
	events: number[];
	quotes: number[][];
	eras: number[];
}

/** Maps a contract JSON path such as `$.events[2].quotes[0].start` to its row and column. */
function locate(path: string, rowOf: Rows): string {
	const place = (row: number | undefined, column: string) =>
		`row ${row}${column ? `, column "${column}"` : ''}`;
	const quote = /^\$\.events\[(\d+)\]\.quotes\[(\d+)\]\.?(\w*)/.exec(path);
	if (quote) {
		const column =
			quote[3] === 'start' ? 'quote_start' : quote[3] === 'end' ? 'quote_end' : quote[3];
		return place(rowOf.quotes[+quote[1]]?.[+quote[2]], column);
	}
	const item = /^\$\.(events|eras|sources)\[(\d+)\]\.?(?:entities\.)?([\w.]*)/.exec(path);
	if (item) {
		const rows = rowOf[item[1] as 'events' | 'eras' | 'sources'];
		return place(rows[+item[2]], version2Column(item[3]) ?? item[3].split('.')[0]);
	}
	if (path === '$.sources') return 'the source rows';
	const field = /^\$\.([\w.]+)/.exec(path)?.[1] ?? '';
	return place(rowOf.dataset, version2Column(field) ?? field.split('.')[0]);
}

function short(value: string): string {
	const text = JSON.stringify(value);
	return text.length > 60 ? text.slice(0, 57) + '…"' : text;
}
