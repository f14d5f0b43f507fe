/**
 * The cells of what version 2 of the contract added, for the dataset CSV (`csv.ts`): media,
 * backgrounds and the HTML a TimelineJS import keeps, written to their columns and read back.
 * Structure is left to the contract, which checks the dataset once the table is read and whose
 * problems `csv.ts` reports by row and column.
 */
import type { Dataset, Media, TimelineEvent } from './schema';

/** The dataset CSV's columns of version 2 (`CSV_COLUMNS` in `csv.ts` lists them all). */
type Column =
	| 'media_type'
	| 'media_url'
	| 'media_alt'
	| 'media_text'
	| 'media_credit'
	| 'media_caption'
	| 'media_thumbnail'
	| 'media_link'
	| 'background_color'
	| 'background_url'
	| 'timelinejs';
type Row = Partial<Record<Column, string>>;

type Background = NonNullable<TimelineEvent['background']>;
type TimelineJsOrigin = NonNullable<TimelineEvent['timelinejs']>;

/** A medium's columns. */
export function mediaCells(media: Media | undefined): Row {
	if (!media) return {};
	return {
		media_type: media.type,
		media_url: 'url' in media ? media.url : undefined,
		media_alt: media.type === 'image' ? media.alt : undefined,
		media_text: media.type === 'text' ? media.text : undefined,
		media_credit: media.credit,
		media_caption: media.caption,
		media_thumbnail: media.thumbnail,
		media_link: media.type === 'image' ? media.link : undefined
	};
}

export function backgroundCells(background: Background | undefined): Row {
	return { background_color: background?.color, background_url: background?.url };
}

/** An object as a JSON cell, so that any text survives the table. */
export function jsonCell(value: object | undefined): string | undefined {
	return value === undefined ? undefined : JSON.stringify(value);
}

type Cell = (column: Column) => string | undefined;

/** The medium a row's cells hold, or undefined when its type is empty (the contract checks it). */
export function readMedia(cell: Cell): Media | undefined {
	const type = cell('media_type');
	if (type === undefined) return undefined;
	return withoutUndefined({
		type,
		url: cell('media_url'),
		alt: cell('media_alt'),
		text: cell('media_text'),
		credit: cell('media_credit'),
		caption: cell('media_caption'),
		thumbnail: cell('media_thumbnail'),
		link: cell('media_link')
	}) as Media;
}

export function readBackground(cell: Cell): Background | undefined {
	const background = withoutUndefined({
		color: cell('background_color'),
		url: cell('background_url')
	});
	return Object.keys(background).length ? background : undefined;
}

/**
 * A `timelinejs` cell: a JSON object of texts. A problem (with `at`, the row and column) when it
 * is something else.
 */
export function readTimelineJs(
	raw: string | undefined,
	at: string,
	problems: string[]
): TimelineJsOrigin | undefined {
	if (raw === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(raw);
		if (
			typeof value === 'object' &&
			value !== null &&
			!Array.isArray(value) &&
			Object.values(value).every((v) => typeof v === 'string')
		)
			return value as TimelineJsOrigin;
	} catch {
		// reported below
	}
	const text = JSON.stringify(raw);
	problems.push(
		`${at}: expected a JSON object of texts such as {"headline": "<b>Vote</b>"}, found ${text.length > 60 ? text.slice(0, 57) + '…"' : text}`
	);
	return undefined;
}

/** The dataset row's version 2 fields. */
export function datasetExtras(cell: Cell, at: string, problems: string[]): Partial<Dataset> {
	return withoutUndefined({
		media: readMedia(cell),
		background: readBackground(cell),
		timelinejs: readTimelineJs(cell('timelinejs'), at, problems)
	});
}

/** The column a contract path under a media, background or timelinejs field came from. */
export function version2Column(field: string): string | null {
	const match = /^(media|background)\.(\w+)/.exec(field);
	if (match) return `${match[1]}_${match[2]}`;
	if (field === 'displayDate') return 'display_date';
	if (field.startsWith('timelinejs')) return 'timelinejs';
	return null;
}

export function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
