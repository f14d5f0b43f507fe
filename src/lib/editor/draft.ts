/**
 * The corrections an editor makes to a draft timeline, as pure functions of a dataset.
 *
 * Each operation takes a valid dataset and returns a new one (never mutating its input, so that
 * the undo history can keep the old one as is), or throws a `DraftError` saying, in words for the
 * person editing, why the change cannot be made. Every result satisfies the dataset contract.
 */
import { calendarProblem, isoParts } from '$lib/data/calendar';
import { boundsOf } from '$lib/data/edtfBounds';
import type { Dataset, Precision, Source, TimelineEvent } from '$lib/data/schema';
import { precisionOf } from '$lib/data/edtfPrecision';
import { slugify, uniqueId } from '$lib/data/timelinejs';
import { pairAround } from '$lib/data/utf16';

export { precisionOf };

/** A change the editor refuses, with the reason to show and, when one field is wrong, its name. */
export class DraftError extends Error {
	/** The form field the reason is about (`id`, `title`, `url`, `published`), for the page to show it beside. */
	readonly field?: string;

	constructor(message: string, field?: string) {
		super(message);
		this.name = 'DraftError';
		if (field) this.field = field;
	}
}

const PUBLISHED_FORMS = 'Enter it as 2024-01-08, or with its time as 2024-01-08T10:19.';

/**
 * Whether a typed publication date is written as ISO 8601 (`2024`, `2024-01-08…`), for
 * {@link readPublished} to read or refuse, rather than in words.
 */
export function isoShaped(typed: string): boolean {
	return /^\d{4}(?:-|$)/.test(typed.trim());
}

/**
 * A publication date as typed, checked: ISO 8601 as the article states it (year, month, day,
 * time, zone) and a real day of the calendar. Returns it trimmed.
 *
 * @example
 * readPublished(' 2024-01-08T10:19 '); // '2024-01-08T10:19'
 * readPublished('2024-02-30'); // throws: “2024-02-30” is not a date on the calendar: February 2024 has 29 days. …
 * @throws DraftError (field `published`) saying what is wrong and how to write it.
 */
export function readPublished(typed: string): string {
	const value = typed.trim();
	if (!value)
		throw new DraftError(
			'Enter the publication date as 2024-01-08, or with its time as 2024-01-08T10:19.',
			'published'
		);
	// The contract's own reading and calendar check (`$lib/data/calendar`).
	if (!isoParts(value))
		throw new DraftError(
			`“${value}” is not a date this page can read. ${PUBLISHED_FORMS}`,
			'published'
		);
	const off = calendarProblem(value);
	if (off)
		throw new DraftError(
			`“${value}” is not a date on the calendar: ${off}. ${PUBLISHED_FORMS}`,
			'published'
		);
	return value;
}

function eventAt(dataset: Dataset, id: string): number {
	const i = dataset.events.findIndex((e) => e.id === id);
	if (i < 0) throw new DraftError(`There is no event "${id}" in this draft.`);
	return i;
}

function replaceEvent(
	dataset: Dataset,
	id: string,
	update: (e: TimelineEvent) => TimelineEvent
): Dataset {
	const i = eventAt(dataset, id);
	const events = dataset.events.slice();
	events[i] = update(events[i]);
	return { ...dataset, events };
}

/**
 * Gives an event a new title (trimmed; it may not be blank).
 *
 * @example
 * retitle(draft, '2014-islamic-state', 'ISIS seizes Mosul').events[0].title; // 'ISIS seizes Mosul'
 */
export function retitle(dataset: Dataset, id: string, title: string): Dataset {
	const clean = title.replace(/\s+/g, ' ').trim();
	if (!clean) throw new DraftError('A title cannot be blank.');
	return replaceEvent(dataset, id, (e) => ({ ...e, title: clean }));
}

/** Edits an event's optional summary; a blank summary removes it. */
export function resummarize(dataset: Dataset, id: string, summary: string): Dataset {
	const clean = summary.trim();
	return replaceEvent(dataset, id, (e) => {
		const { summary: _old, ...rest } = e;
		return clean ? { ...rest, summary: clean } : rest;
	});
}

/**
 * Gives an event a new date (EDTF) and precision; its first and last days follow from the date.
 *
 * @example
 * redate(draft, id, '2024-01-01/2024-01-07', 'week'); // start '2024-01-01', end '2024-01-07'
 * @throws DraftError when the date is not EDTF with finite bounds.
 */
export function redate(
	dataset: Dataset,
	id: string,
	date: string,
	precision: Precision,
	resolution = 'Set by an editor'
): Dataset {
	const clean = date.trim();
	let bounds: { start: string; end: string };
	try {
		bounds = boundsOf(clean);
	} catch {
		throw new DraftError(
			`"${clean}" is not a date this page can read. Write it in EDTF: 2014, 2020-01, 2023-10-07, or a range such as 2024-01-01/2024-01-07.`
		);
	}
	return replaceEvent(dataset, id, (e) => ({
		...e,
		date: clean,
		start: bounds.start,
		end: bounds.end,
		precision,
		resolution
	}));
}

/** Removes an event. */
export function deleteEvent(dataset: Dataset, id: string): Dataset {
	eventAt(dataset, id);
	return { ...dataset, events: dataset.events.filter((e) => e.id !== id) };
}

/**
 * Folds `otherId` into `keepId`: the kept event keeps its id, title and date, gains the other's
 * quotes (in source order, without duplicates), entities and, if it had none, summary; the other
 * event is removed.
 */
export function mergeEvents(dataset: Dataset, keepId: string, otherId: string): Dataset {
	if (keepId === otherId) throw new DraftError('Choose another event to merge with.');
	const other = dataset.events[eventAt(dataset, otherId)];
	const merged = replaceEvent(dataset, keepId, (keep) => {
		const seen = new Set(keep.quotes.map(quoteKey));
		const quotes = [...keep.quotes, ...other.quotes.filter((q) => !seen.has(quoteKey(q)))].sort(
			(a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end
		);
		const result: TimelineEvent = { ...keep, quotes };
		if (!keep.summary && other.summary) result.summary = other.summary;
		if (keep.entities || other.entities) {
			const union = (k: 'people' | 'places' | 'organizations') => [
				...new Set([...(keep.entities?.[k] ?? []), ...(other.entities?.[k] ?? [])])
			];
			result.entities = {
				people: union('people'),
				places: union('places'),
				organizations: union('organizations')
			};
		}
		return result;
	});
	return deleteEvent(merged, otherId);
}

function quoteKey(q: { source: string; start: number; end: number }): string {
	return `${q.source}:${q.start}:${q.end}`;
}

/** A span of a source: the exact words a person selected. */
export interface Selection {
	source: string;
	start: number;
	end: number;
}

function quoteOf(dataset: Dataset, selection: Selection) {
	const source = dataset.sources.find((s) => s.id === selection.source);
	if (!source) throw new DraftError(`There is no source "${selection.source}" in this draft.`);
	const { start, end } = selection;
	if (!(
		Number.isInteger(start) &&
		Number.isInteger(end) &&
		0 <= start &&
		start < end &&
		end <= source.text.length
	)) {
		throw new DraftError('Select some words of the article first.');
	}
	if (pairAround(source.text, start) !== null || pairAround(source.text, end) !== null)
		throw new DraftError('The selection cuts a character in half: select whole characters.');
	const text = source.text.slice(start, end);
	if (!text.trim()) throw new DraftError('The selection holds only spaces: select some words.');
	return { source: source.id, start, end, text };
}

/** The publication day of a source (`2024-01-08T10:19` → `2024-01-08`), or its year or month. */
export function publishedDate(source: Source): string {
	return source.published.slice(0, 10);
}

/** The forms of date the editor's date field accepts, as its hint shows them. */
export const DATE_FORMS =
	'2024-01-05 · 2024-01 · 2024 · 2024-01-01/2024-01-07 · 2019/2024 · 201X · 2011-02-11T18:00 · -0499';

/** Precisions as a person says them, for menus. */
export const PRECISION_NAMES: Record<Precision, string> = {
	minute: 'Time of day',
	day: 'Day',
	week: 'Week',
	month: 'Month',
	season: 'Season',
	quarter: 'Quarter',
	year: 'Year',
	decade: 'Decade',
	century: 'Century'
};

/** The note (and `resolution`) of an event added from words that gave no date to go by. */
export const NO_DATE_FOUND = 'No date found nearby — set one';

/**
 * The same, as an export says it: the reader of a dataset cannot set anything, so it says what
 * the date is instead (the publication day, marked uncertain: `2024-01-08?`).
 */
export const NO_DATE_EXPORTED =
	'No date found in the article near these words: the publication day stands in, not confirmed';

/**
 * Whether an event still waits for its date to be set, in the editor's words or an export's: a
 * dataset downloaded and imported again keeps asking for it.
 */
export function awaitsDate(resolution: string | undefined): boolean {
	return resolution === NO_DATE_FOUND || resolution === NO_DATE_EXPORTED;
}

/**
 * The `resolution` of an event dated from a time expression near the words it was added from,
 * until the editor confirms it. Worded to be true in an export too: a dataset downloaded before
 * the date is confirmed says so, rather than telling its reader to check it.
 *
 * @example
 * suggestedNote('Friday'); // "Date suggested from 'Friday', not yet confirmed"
 */
export function suggestedNote(expression: string): string {
	return `Date suggested from '${expression}', not yet confirmed`;
}

// Drafts kept in the browser before confirming existed said "— check it": still a suggestion.
const SUGGESTED = /^Date suggested from '(.*)'(?:, not yet confirmed| — check it)$/s;

/**
 * The words an event's date was suggested from while the editor has not confirmed it, else null.
 *
 * @example
 * unconfirmedExpression("Date suggested from 'Friday', not yet confirmed"); // 'Friday'
 * unconfirmedExpression("Date confirmed by the editor from 'Friday'"); // null
 */
export function unconfirmedExpression(resolution: string | undefined): string | null {
	return SUGGESTED.exec(resolution ?? '')?.[1] ?? null;
}

/**
 * Confirms an event's suggested date as it stands: the date stays, and its `resolution` says the
 * editor set it from the article's words ("Date confirmed by the editor from 'Friday'").
 *
 * @throws DraftError when the event has no suggested date waiting to be confirmed.
 */
export function confirmDate(dataset: Dataset, id: string): Dataset {
	return replaceEvent(dataset, id, (e) => {
		const expression = unconfirmedExpression(e.resolution);
		if (expression === null) throw new DraftError('This event has no suggested date to confirm.');
		return { ...e, resolution: `Date confirmed by the editor from '${expression}'` };
	});
}

/**
 * The draft as it leaves the editor: an unconfirmed suggestion is said as one
 * ({@link suggestedNote}) whatever wording the draft kept it in, and a date still to be set says
 * what stands in for it ({@link NO_DATE_EXPORTED}), so that no export passes an instruction to the
 * editor off as how the date was settled.
 */
export function forExport(dataset: Dataset): Dataset {
	const toReword = (resolution: string | undefined) =>
		resolution === NO_DATE_FOUND || unconfirmedExpression(resolution) !== null;
	if (!dataset.events.some((e) => toReword(e.resolution))) return dataset;
	return {
		...dataset,
		events: dataset.events.map((e) => {
			if (e.resolution === NO_DATE_FOUND) return { ...e, resolution: NO_DATE_EXPORTED };
			const expression = unconfirmedExpression(e.resolution);
			return expression === null ? e : { ...e, resolution: suggestedNote(expression) };
		})
	};
}

/**
 * Adds an event quoting exactly the selected words. Its title is the start of the selection
 * (to be edited). Its date is the one given, with the `resolution` saying where it came from
 * (see `suggestDate` in `dates.ts`); without one, the publication day marked uncertain
 * (`2024-01-08?`) and the note {@link NO_DATE_FOUND}, so that it never passes for a known day.
 * Returns the dataset and the new event's id.
 *
 * @example
 * addEventFromSelection(draft, span, { date: '2024-01-05', resolution: suggestedNote('Friday') });
 */
export function addEventFromSelection(
	dataset: Dataset,
	selection: Selection,
	fields: { title?: string; date?: string; precision?: Precision; resolution?: string } = {}
): { dataset: Dataset; id: string } {
	const quote = quoteOf(dataset, selection);
	const source = dataset.sources.find((s) => s.id === quote.source) as Source;
	const given = fields.date?.trim();
	const date = given || `${publishedDate(source)}?`;
	let bounds: { start: string; end: string };
	try {
		bounds = boundsOf(date);
	} catch {
		throw new DraftError(`"${date}" is not a date this page can read.`);
	}
	const title = fields.title?.trim() || headlineOf(quote.text);
	const id = uniqueId(
		undefined,
		`${date.replace(/\//g, '-')}-${slugify(title).split('-').slice(0, 6).join('-')}`,
		new Set(dataset.events.map((e) => e.id))
	);
	const event: TimelineEvent = {
		id,
		title,
		date,
		start: bounds.start,
		end: bounds.end,
		precision: fields.precision ?? precisionOf(date),
		quotes: [quote],
		resolution: fields.resolution ?? (given ? 'Set by an editor' : NO_DATE_FOUND)
	};
	return { dataset: { ...dataset, events: [...dataset.events, event] }, id };
}

/** Adds the selected words as a further quote of an event (once: the same span is not added twice). */
export function addQuote(dataset: Dataset, id: string, selection: Selection): Dataset {
	const quote = quoteOf(dataset, selection);
	return replaceEvent(dataset, id, (e) => {
		if (e.quotes.some((q) => quoteKey(q) === quoteKey(quote))) {
			throw new DraftError('This event already quotes exactly these words.');
		}
		return { ...e, quotes: [...e.quotes, quote] };
	});
}

/** Removes one quote from an event. */
export function removeQuote(dataset: Dataset, id: string, index: number): Dataset {
	return replaceEvent(dataset, id, (e) => ({
		...e,
		quotes: e.quotes.filter((_, i) => i !== index)
	}));
}

/** The dataset's own fields a person may edit before publishing. */
export interface DatasetFields {
	id?: string;
	title?: string;
	description?: string;
}

/** Edits the dataset's id (a slug: its file name when published), title or description. */
export function editDataset(dataset: Dataset, fields: DatasetFields): Dataset {
	const next = { ...dataset };
	if (fields.id !== undefined) {
		const id = slugify(fields.id);
		if (!id) throw new DraftError('The id needs at least one letter or digit.', 'id');
		next.id = id;
	}
	if (fields.title !== undefined) {
		const title = fields.title.replace(/\s+/g, ' ').trim();
		if (!title) throw new DraftError('A title cannot be blank.', 'title');
		next.title = title;
	}
	if (fields.description !== undefined) {
		const description = fields.description.trim();
		if (description) next.description = description;
		else delete next.description;
	}
	return next;
}

/** Edits a source's metadata (never its text: quotes are offsets into it). */
export function editSource(
	dataset: Dataset,
	id: string,
	fields: Partial<Pick<Source, 'title' | 'publisher' | 'author' | 'url' | 'published'>>
): Dataset {
	const i = dataset.sources.findIndex((s) => s.id === id);
	if (i < 0) throw new DraftError(`There is no source "${id}" in this draft.`);
	const source: Source = { ...dataset.sources[i] };
	for (const key of ['title', 'publisher', 'author'] as const) {
		if (fields[key] !== undefined) source[key] = fields[key].trim();
	}
	if (fields.url !== undefined) {
		const url = fields.url.trim();
		if (!url) delete source.url;
		else if (!/^https?:\/\/[^\s]+$/i.test(url) || !URL.canParse(url)) {
			throw new DraftError('A link must be a full http:// or https:// address.', 'url');
		} else source.url = url;
	}
	if (fields.published !== undefined) source.published = readPublished(fields.published);
	const sources = dataset.sources.slice();
	sources[i] = source;
	return { ...dataset, sources };
}

// Words a headline does not end on ("the day before authorities issued a warning to the").
const DANGLING =
	/^(?:a|an|the|of|to|in|on|at|by|for|from|with|as|into|about|over|under|and|or|but|nor|so|than|that|which|who|whose|its|his|her|their|our|my|your|this|these|those|before|after|between|is|are|was|were|be|been|has|have|had)$/i;

/**
 * A headline-length draft title from selected words: the first sentence (not cut at "U.S." or
 * "Oct."), at most ten words, starting with a capital and not ending on a little word.
 *
 * @example
 * headlineOf('the day before authorities issued a warning to the residents of the city');
 * // 'The day before authorities issued a warning…'
 */
export function headlineOf(text: string): string {
	const sentence = text
		.replace(/\s+/g, ' ')
		.trim()
		.split(/(?<=[a-z]{3}[.!?]["”’]?)\s/)[0]
		.replace(/^["“‘']+/, '');
	const words = sentence.split(' ').filter(Boolean);
	const cut = words.length > 10;
	const kept = words.slice(0, 10);
	// A trailing comma or colon goes first, then any little word it leaves at the end.
	const bare = (word: string) => word.replace(/["”’',;:]+$/, '');
	while (kept.length > 2 && DANGLING.test(bare(kept[kept.length - 1]))) kept.pop();
	const title = kept.join(' ').replace(/["”’',;:]+$/, '');
	if (!title) return 'New event';
	const capital = title.charAt(0).toUpperCase() + title.slice(1);
	return cut ? capital + '…' : capital;
}
