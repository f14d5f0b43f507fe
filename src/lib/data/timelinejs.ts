/**
 * Knight Lab TimelineJS JSON, out and in, so that TimelineJS users can move here and back.
 *
 * The format is TimelineJS3's published JSON: `{title?: {text: {headline, text}, media?,
 * background?}, events: [{start_date: {year, month?, day?, hour?…}, end_date?, display_date?,
 * text: {headline, text}, media?, group?, unique_id?, background?}], eras?, scale?}`, whose text
 * fields are HTML. Dates and media have their own modules (`timelinejsDates.ts`,
 * `timelinejsMedia.ts`); a Google Sheets template is read into this shape (`sheets.ts`).
 *
 * A TimelineJS file comes through Dateline and back without loss: dates (BC and cosmological
 * years, times of day), headlines and texts (their HTML kept beside the words Dateline shows),
 * media, groups, eras, backgrounds, display dates. What is normalised is said in `notices`:
 * embed code is shown as the link it names (and kept for the export), a time of day is kept to
 * the minute or second, year 0 reads as 1 BC. TimelineJS knows nothing of sources or quotes: an
 * export writes each quote into its slide's text.
 */
import { compareDays } from './calendar';
import { boundsOf } from './edtfBounds';
import { precisionOf } from './edtfPrecision';
import { escapeHtml, plainText } from './html';
import { numbered } from './ids';
import { ImportError } from './importError';
import { dateLabel } from './partialDate';
import {
	datasetProblems,
	datasetVersion,
	type Dataset,
	type Era,
	type TimelineEvent
} from './schema';
import {
	isObject,
	kind,
	own,
	readTimelineJsDate,
	timelineJsDate,
	type DateLosses,
	type TimelineJsDate
} from './timelinejsDates';
import {
	readTimelineJsBackground,
	readTimelineJsMedia,
	timelineJsMedia,
	type MediaLosses,
	type TimelineJsBackground,
	type TimelineJsMedia
} from './timelinejsMedia';

export type { TimelineJsDate, TimelineJsMedia, TimelineJsBackground };

export interface TimelineJsText {
	headline?: string;
	text?: string;
}

export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text?: TimelineJsText;
	media?: TimelineJsMedia;
	group?: string;
	unique_id?: string;
	background?: TimelineJsBackground;
	autolink?: boolean;
}

export interface TimelineJsFile {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
	scale?: 'human' | 'cosmological';
}

type Origin = NonNullable<TimelineEvent['timelinejs']>;

/** The title a file without a title slide gets. */
export const UNTITLED = 'Imported TimelineJS timeline';

// JavaScript's dates, which TimelineJS's human scale uses, reach ±271,821 years; beyond them a
// file must say it is cosmological.
const HUMAN_YEARS = 271_000;

// ---- Words ------------------------------------------------------------------------------------

/** Words as a TimelineJS text: a paragraph per line, escaped. */
function textHtml(words: string | undefined): string {
	return words ? `<p>${escapeHtml(words).split('\n').join('</p><p>')}</p>` : '';
}

/** A slide's title and summary: the headline's words (or the text's first words) and the text's. */
function readWords(headline: string, text: string): { title: string; summary?: string } {
	const words = plainText(text);
	const title = plainText(headline) || firstWords(words);
	return words && words !== title ? { title, summary: words } : { title };
}

/** The HTML to keep beside a slide's words: what escaping the words would not give back. */
function wordsOrigin(headline: string, text: string): Origin {
	const { title, summary } = readWords(headline, text);
	const origin: Origin = {};
	if (escapeHtml(title) !== headline) origin.headline = headline;
	if (textHtml(summary) !== text) origin.text = text;
	return origin;
}

/**
 * A slide's headline and text for words that may have been edited: the HTML it had while its
 * words are unchanged, the words escaped otherwise.
 */
function writeWords(
	title: string,
	summary: string | undefined,
	origin: Origin | undefined
): { headline: string; text: string } {
	const summaryOf = (html: string) => {
		const words = plainText(html);
		return words && words !== title ? words : undefined;
	};
	const text =
		origin?.text !== undefined && summaryOf(origin.text) === summary
			? origin.text
			: textHtml(summary);
	const headline =
		origin?.headline !== undefined && readWords(origin.headline, text).title === title
			? origin.headline
			: escapeHtml(title);
	return { headline, text };
}

// ---- Export -----------------------------------------------------------------------------------

/**
 * The dataset as a TimelineJS file: one slide per event, its era slides, and a title slide. Each
 * date is written at the parts its EDTF states (`-0499` is the year -500, a time of day its hour
 * and minute); a date TimelineJS cannot state (a season, a decade, a qualified date) is written
 * as its days with the label Dateline shows as `display_date`. Each quote is added to its slide's
 * text as an escaped blockquote citing its source.
 *
 * @example
 * toTimelineJs(dataset).events[0]; // { start_date: { year: 2014 }, text: { headline: 'ISIS …', text: '…' }, unique_id: '…' }
 */
export function toTimelineJs(dataset: Dataset): TimelineJsFile {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const file: TimelineJsFile = {
		events: dataset.events.map((event) => {
			const slide = slideOf(event, event.displayDate, event.timelinejs);
			const quotes = event.quotes.map((quote) => {
				const source = sources.get(quote.source);
				const name = source && escapeHtml(source.publisher || source.title);
				const cite = !source
					? ''
					: source.url
						? ` <cite><a href="${escapeHtml(source.url)}">${name}</a></cite>`
						: ` <cite>${name}</cite>`;
				return `<blockquote>${escapeHtml(quote.text)}${cite}</blockquote>`;
			});
			slide.text!.text += quotes.join('');
			if (event.media) slide.media = timelineJsMedia(event.media, event.timelinejs, event.title);
			if (event.group !== undefined) slide.group = event.group;
			if (event.background) slide.background = { ...event.background };
			slide.unique_id = event.id;
			return slide;
		})
	};
	const titled =
		dataset.title !== UNTITLED ||
		dataset.description !== undefined ||
		dataset.media !== undefined ||
		dataset.background !== undefined ||
		dataset.timelinejs !== undefined;
	if (titled) {
		const slide: TimelineJsSlide = {
			text: writeWords(dataset.title, dataset.description, dataset.timelinejs)
		};
		if (dataset.media)
			slide.media = timelineJsMedia(dataset.media, dataset.timelinejs, dataset.title);
		if (dataset.background) slide.background = { ...dataset.background };
		file.title = slide;
	}
	if (dataset.eras?.length)
		file.eras = dataset.eras.map((era) => slideOf(era, undefined, era.timelinejs));
	const years = [...dataset.events, ...(dataset.eras ?? [])].flatMap((item) =>
		[item.start, item.end].map((day) => Math.abs(Number(/^-?\d+/.exec(day)?.[0])))
	);
	file.scale = years.some((y) => y > HUMAN_YEARS) ? 'cosmological' : 'human';
	return file;
}

/** The dated slide of an event or an era: its dates, display date and words. */
function slideOf(
	item: Pick<TimelineEvent, 'date' | 'start' | 'end' | 'precision' | 'title' | 'summary'>,
	displayDate: string | undefined,
	origin: Origin | undefined
): TimelineJsSlide {
	const ends = item.date.split('/').map(timelineJsDate);
	const stated = ends.length <= 2 && ends.every((end) => end !== null);
	const [start, end] = stated ? (ends as TimelineJsDate[]) : daysAtPrecision(item);
	const slide: TimelineJsSlide = { start_date: start };
	if (end && JSON.stringify(end) !== JSON.stringify(start)) slide.end_date = end;
	// TimelineJS labels a date by its parts: a season, a quarter, a decade or a century would read
	// as a span of months or years, so those carry the label Dateline shows.
	const labelled = stated && ['minute', 'day', 'week', 'month', 'year'].includes(item.precision);
	const label = displayDate ?? (labelled ? undefined : dateLabel(item));
	if (label !== undefined) slide.display_date = label;
	slide.text = writeWords(item.title, item.summary, origin);
	return slide;
}

/** An event's days as TimelineJS dates at its precision and no finer, for dates EDTF-only. */
function daysAtPrecision(
	item: Pick<TimelineEvent, 'start' | 'end' | 'precision'>
): [TimelineJsDate, TimelineJsDate] {
	const level =
		item.precision === 'day' || item.precision === 'week' || item.precision === 'minute'
			? 3
			: item.precision === 'month' || item.precision === 'season' || item.precision === 'quarter'
				? 2
				: 1;
	const at = (day: string): TimelineJsDate => {
		const parts = timelineJsDate(day)!;
		return level === 1
			? { year: parts.year }
			: level === 2
				? { year: parts.year, month: parts.month }
				: parts;
	};
	return [at(item.start), at(item.end)];
}

// ---- Import -----------------------------------------------------------------------------------

/** What an import produced: a valid dataset and what could not be carried over as it was. */
export interface Imported {
	dataset: Dataset;
	notices: string[];
}

/**
 * Reads a TimelineJS file into a valid dataset. Each slide becomes an event whose title is the
 * headline's words and whose summary is the text's words (HTML is reduced to its words, never
 * rendered, and kept beside them for an export); media, groups, eras, backgrounds and display
 * dates come along. TimelineJS has no article, so the single source's text is the file's own
 * words, in which the editor can select quotes; it has no publication date either, so `published`
 * is the last day its events cover (or the import day for a file without events).
 *
 * @param today the import day (`YYYY-MM-DD`), the stand-in publication date of an empty file.
 * @param where names the place of a JSON path in the file as read (a spreadsheet's row and
 *   column); by default the path itself.
 * @throws ImportError naming the place of each problem, e.g. `$.events[2].start_date.year`.
 */
export function fromTimelineJs(
	value: unknown,
	file = 'timeline.json',
	today = todayUtc(),
	where: (path: string) => string = (path) => path
): Imported {
	const problems: string[] = [];
	// Every field is read with `own`: a file is data, and a name such as "constructor" must find
	// nothing rather than what a plain object inherits.
	const slides = own(value, 'events');
	if (!Array.isArray(slides)) {
		throw new ImportError(file, [
			`${where('$.events')}: expected an array of TimelineJS slides, found ${kind(isObject(value) ? slides : value)}`
		]);
	}
	const losses: Losses = {
		embeds: 0,
		dropped: [],
		yearZero: 0,
		deepParts: 0,
		milliseconds: 0,
		backgrounds: 0,
		links: 0
	};
	const source = sourceText();

	const titleSlide = own(value, 'title');
	const titleWords = readWords(
		text(ownAt(titleSlide, 'text', 'headline')),
		text(ownAt(titleSlide, 'text', 'text'))
	);
	const title = titleWords.title || UNTITLED;
	const head: Partial<Dataset> = { title };
	if (titleWords.summary) head.description = titleWords.summary;
	if (isObject(titleSlide)) {
		const origin = {
			...wordsOrigin(
				text(ownAt(titleSlide, 'text', 'headline')),
				text(ownAt(titleSlide, 'text', 'text'))
			),
			...readExtras(titleSlide, title, head, losses)
		};
		// A title slide whose headline is the one a file without one gets says so, to be written back.
		if (title === UNTITLED) origin.headline = text(ownAt(titleSlide, 'text', 'headline'));
		if (Object.keys(origin).length) head.timelinejs = origin;
	}
	source.add(title + '\n\n');
	if (head.description) source.add(head.description + '\n\n');

	const ids = new Set<string>();
	const events: TimelineEvent[] = [];
	slides.forEach((slide: unknown, i) => {
		const at = `$.events[${i}]`;
		const dated = readDated(slide, at, problems, losses, where);
		if (!dated) return;
		const event: TimelineEvent = {
			id: uniqueId(text(own(slide, 'unique_id')) || undefined, `${dated.date}-${dated.title}`, ids),
			...dated.item,
			quotes: [],
			resolution: 'Imported from TimelineJS'
		};
		const displayDate = text(own(slide, 'display_date')).trim()
			? text(own(slide, 'display_date'))
			: undefined;
		if (displayDate !== undefined) event.displayDate = displayDate;
		const group = text(own(slide, 'group'));
		if (group.trim()) event.group = group;
		const origin = {
			...dated.origin,
			...readExtras(slide as Record<string, unknown>, event.title, event, losses)
		};
		if (Object.keys(origin).length) event.timelinejs = origin;
		source.add(`${displayDate ?? dateLabel(event)}\n${event.title}\n`);
		if (event.summary) source.add(event.summary + '\n');
		source.add('\n');
		events.push(event);
	});
	const eraSlides = own(value, 'eras');
	const eras: Era[] = [];
	if (Array.isArray(eraSlides)) {
		eraSlides.forEach((slide: unknown, i) => {
			const at = `$.eras[${i}]`;
			if (isObject(slide) && own(slide, 'end_date') === undefined) {
				problems.push(`${where(`${at}.end_date`)}: expected the date an era ends, found nothing`);
				return;
			}
			const dated = readDated(slide, at, problems, losses, where);
			if (!dated) return;
			const era: Era = { ...dated.item };
			if (Object.keys(dated.origin).length) era.timelinejs = dated.origin;
			eras.push(era);
		});
	} else if (eraSlides !== undefined) {
		problems.push(`${where('$.eras')}: expected an array of era slides, found ${kind(eraSlides)}`);
	}
	if (problems.length) throw new ImportError(file, problems);

	// The source needs a publication date and TimelineJS has none: the last day the timeline
	// covers stands in (the day of the import would stretch the axis to today).
	const last = events.reduce((max, e) => (!max || compareDays(e.end, max) > 0 ? e.end : max), '');
	const published = last || today;
	const dataset: Dataset = {
		version: 1,
		id: slugify(title).slice(0, 60).replace(/-+$/, '') || 'imported-timeline',
		...(head as Pick<Dataset, 'title'>),
		sources: [
			{
				id: 'timelinejs-import',
				title,
				publisher: '',
				author: '',
				published,
				text: source.text()
			}
		],
		events,
		...(eras.length ? { eras } : {})
	};
	dataset.version = datasetVersion(dataset);
	const contract = datasetProblems(dataset);
	if (contract.length) {
		throw new ImportError(
			file,
			contract.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`)
		);
	}
	return { dataset, notices: notices(losses, events.length > 0, published, last !== '') };
}

interface Losses extends MediaLosses, DateLosses {
	backgrounds: number;
	links: number;
}

/**
 * The dated part of an event or era slide: its EDTF date, days, precision and words, and the
 * HTML to keep; undefined (with the problems pushed) when it cannot be read.
 */
function readDated(
	slide: unknown,
	at: string,
	problems: string[],
	losses: Losses,
	where: (path: string) => string
): { date: string; title: string; item: Omit<Era, 'timelinejs'>; origin: Origin } | undefined {
	if (!isObject(slide)) {
		problems.push(`${where(at)}: expected a slide object, found ${kind(slide)}`);
		return undefined;
	}
	const found: string[] = [];
	const start = readTimelineJsDate(own(slide, 'start_date'), `${at}.start_date`, found, losses);
	const end =
		own(slide, 'end_date') === undefined
			? start
			: readTimelineJsDate(own(slide, 'end_date'), `${at}.end_date`, found, losses);
	const headline = text(ownAt(slide, 'text', 'headline'));
	const body = text(ownAt(slide, 'text', 'text'));
	const words = readWords(headline, body);
	if (!words.title) found.push(`${at}.text: expected a headline or a text, found neither`);
	problems.push(...found.map(located(where)));
	if (!start || !end || found.length) return undefined;
	const date = start.edtf === end.edtf ? start.edtf : `${start.edtf}/${end.edtf}`;
	let bounds;
	try {
		bounds = boundsOf(date);
	} catch {
		problems.push(
			`${where(`${at}.end_date`)}: expected a date on or after start_date, found ${end.edtf}`
		);
		return undefined;
	}
	const item = { title: words.title, date, ...bounds, precision: precisionOf(date) };
	return {
		date,
		title: words.title,
		item: words.summary !== undefined ? { ...item, summary: words.summary } : item,
		origin: wordsOrigin(headline, body)
	};
}

/** A problem `$.path: message` with its path told as `where` tells it. */
function located(where: (path: string) => string): (problem: string) => string {
	return (problem) => {
		const colon = problem.indexOf(': ');
		return `${where(problem.slice(0, colon))}${problem.slice(colon)}`;
	};
}

/** A slide's media and background, set on `into`; the HTML of its media to keep. */
function readExtras(
	slide: Record<string, unknown>,
	title: string,
	into: { media?: TimelineEvent['media']; background?: TimelineEvent['background'] },
	losses: Losses
): Origin {
	const { media, origin } = readTimelineJsMedia(own(slide, 'media'), title, losses);
	if (media) into.media = media;
	if (media?.type === 'link') losses.links++;
	const background = readTimelineJsBackground(own(slide, 'background'), losses);
	if (background) {
		into.background = background;
		losses.backgrounds++;
	}
	return origin;
}

/** What the import normalised or could not keep, in words for the page. */
function notices(
	losses: Losses,
	hasEvents: boolean,
	published: string,
	fromEvents: boolean
): string[] {
	const notices: string[] = [];
	if (losses.links)
		notices.push(
			`${plural(losses.links, 'medium')} (videos, maps, posts, pages) ${losses.links === 1 ? 'is' : 'are'} shown as ${losses.links === 1 ? 'a link' : 'links'}: Dateline does not embed other sites.`
		);
	if (losses.embeds)
		notices.push(
			`${plural(losses.embeds, 'embed code')} ${losses.embeds === 1 ? 'is' : 'are'} shown as the link ${losses.embeds === 1 ? 'it names' : 'they name'}; the code is kept for an export back to TimelineJS.`
		);
	if (losses.backgrounds)
		notices.push(
			`${plural(losses.backgrounds, 'slide background')} ${losses.backgrounds === 1 ? 'is' : 'are'} kept for an export back to TimelineJS; Dateline does not show backgrounds.`
		);
	if (losses.yearZero)
		notices.push(
			`${plural(losses.yearZero, 'date')} had the year 0, which the BC/AD count does not have: read as 1 BC.`
		);
	if (losses.deepParts)
		notices.push(
			`${plural(losses.deepParts, 'date')} beyond the year 9999 (BC or AD) had a month, day or time: kept to the year, which is all EDTF states of such years.`
		);
	if (losses.milliseconds)
		notices.push(`${plural(losses.milliseconds, 'time')} had milliseconds: kept to the second.`);
	for (const dropped of losses.dropped) notices.push(`Not kept: ${dropped}.`);
	notices.push(
		`TimelineJS files have no publication date: the source is dated ${published}, ${fromEvents ? 'the last day its events cover' : 'the day of the import'}. Change it if the timeline belongs to an article.`
	);
	if (hasEvents)
		notices.push('TimelineJS slides carry no quotes: select words in the text to quote them.');
	return notices;
}

/** The words of the file, gathered into the source's text as they are read. */
function sourceText() {
	const pieces: string[] = [];
	return {
		add: (words: string) => void pieces.push(words),
		text: () => pieces.join('').trimEnd()
	};
}

/** A URL-safe slug: lowercase ASCII letters and digits joined by single hyphens. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** `preferred` if it is a free slug, else a slug of `fallback`, numbered until it is free. */
export function uniqueId(
	preferred: string | undefined,
	fallback: string,
	taken: Set<string>
): string {
	const slugOk = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);
	let base =
		preferred && slugOk(preferred) ? preferred : slugify(fallback).slice(0, 60).replace(/-+$/, '');
	if (!base) base = 'event';
	return numbered(base, taken);
}

function firstWords(text: string, words = 10): string {
	const all = text.split(/\s+/).filter(Boolean);
	return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}

function plural(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The own property at the end of a path of keys: `ownAt(slide, 'text', 'headline')`. */
function ownAt(value: unknown, ...keys: string[]): unknown {
	return keys.reduce<unknown>(own, value);
}

/** A string value, or '' for any other kind. */
function text(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}
