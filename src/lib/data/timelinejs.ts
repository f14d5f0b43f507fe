/**
 * Knight Lab TimelineJS JSON, out and in, so that TimelineJS users can move here and back.
 *
 * The format is TimelineJS3's published JSON: `{title?: {text: {headline, text}}, events: [{
 * start_date: {year, month?, day?, hour?…}, end_date?, display_date?, text: {headline, text},
 * media?, group?, unique_id?, background?}], eras?, scale?}`, whose `text` fields are HTML.
 *
 * TimelineJS knows nothing of sources or quotes, and Dateline nothing of media, groups or eras, so
 * neither direction is lossless; every loss on import is named in `notices` for the page to show.
 * Our own formats (dataset JSON, CSV) are the lossless ones.
 */
import { FIRST_YEAR, isRealDay, LAST_YEAR } from './calendar';
import { numbered } from './ids';
import { ImportError } from './importError';
import { boundsOf } from './edtfBounds';
import { precisionOf } from './edtfPrecision';
import { dateLabel } from './partialDate';
import { datasetProblems, type Dataset, type TimelineEvent } from './schema';

/** A TimelineJS date: numbers, or numeric strings as many published files have them. */
export interface TimelineJsDate {
	year: number | string;
	month?: number | string;
	day?: number | string;
	hour?: number | string;
	minute?: number | string;
	second?: number | string;
	millisecond?: number | string;
	display_date?: string;
}

export interface TimelineJsText {
	headline?: string;
	text?: string;
}

export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text?: TimelineJsText;
	media?: { url?: string; caption?: string; credit?: string; thumbnail?: string };
	group?: string;
	unique_id?: string;
	background?: { url?: string; color?: string };
	autolink?: boolean;
}

export interface TimelineJsFile {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
	scale?: 'human' | 'cosmological';
}

/**
 * The dataset as a TimelineJS file: one slide per event, dated at the event's precision (a year
 * is `{year}`, a week a start and end day), its summary and quotes as escaped HTML, the
 * source linked, and `display_date` set to our AP-style label.
 *
 * @example
 * toTimelineJs(dataset).events[0]; // { start_date: { year: 2014 }, display_date: '2014', … }
 */
export function toTimelineJs(dataset: Dataset): TimelineJsFile {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	return {
		title: {
			text: {
				headline: escapeHtml(dataset.title),
				text: dataset.description ? `<p>${escapeHtml(dataset.description)}</p>` : ''
			}
		},
		events: dataset.events.map((event) => {
			const [start, end] = slideDates(event);
			const parts: string[] = [];
			if (event.summary) parts.push(`<p>${escapeHtml(event.summary)}</p>`);
			for (const quote of event.quotes) {
				const source = sources.get(quote.source);
				const cite = source
					? source.url
						? ` <cite><a href="${escapeHtml(source.url)}">${escapeHtml(source.publisher || source.title)}</a></cite>`
						: ` <cite>${escapeHtml(source.publisher || source.title)}</cite>`
					: '';
				parts.push(`<blockquote>${escapeHtml(quote.text)}${cite}</blockquote>`);
			}
			const slide: TimelineJsSlide = {
				start_date: start,
				display_date: dateLabel(event),
				text: { headline: escapeHtml(event.title), text: parts.join('') },
				unique_id: event.id
			};
			if (end) slide.end_date = end;
			return slide;
		}),
		scale: 'human'
	};
}

/** TimelineJS start and end dates for an event, at its precision and no finer. */
function slideDates(event: TimelineEvent): [TimelineJsDate, TimelineJsDate | undefined] {
	const [sy, sm, sd] = event.start.split('-').map(Number);
	const [ey, em, ed] = event.end.split('-').map(Number);
	const at = (y: number, m: number, d: number, level: 'year' | 'month' | 'day'): TimelineJsDate =>
		level === 'year'
			? { year: y }
			: level === 'month'
				? { year: y, month: m }
				: { year: y, month: m, day: d };
	const level =
		event.precision === 'day' || event.precision === 'week'
			? 'day'
			: event.precision === 'month' || event.precision === 'season' || event.precision === 'quarter'
				? 'month'
				: 'year';
	const start = at(sy, sm, sd, level);
	const end = at(ey, em, ed, level);
	return JSON.stringify(start) === JSON.stringify(end) ? [start, undefined] : [start, end];
}

/** What an import produced: a valid dataset and what could not be carried over. */
export interface Imported {
	dataset: Dataset;
	notices: string[];
}

/**
 * Reads a TimelineJS file into a valid dataset. Each slide becomes an event whose title is the
 * headline and whose summary is the slide's text as plain text (HTML is reduced to its words, never
 * rendered). TimelineJS has no article, so the single source's text is the file's own words, in
 * which the editor can select quotes; it has no publication date either, so `published` is the
 * last day its events cover (or the import day for a file without events), which the notices say.
 *
 * @param today the import day (`YYYY-MM-DD`), the stand-in publication date of an empty file.
 * @throws ImportError naming the JSON path of each problem, e.g. `$.events[2].start_date.year`.
 */
export function fromTimelineJs(
	value: unknown,
	file = 'timeline.json',
	today = todayUtc()
): Imported {
	const problems: string[] = [];
	const notices: string[] = [];
	// Every field is read with `own`/`ownAt`: a file is data, and a name such as "constructor"
	// must find nothing rather than what a plain object inherits.
	const slides = own(value, 'events');
	if (!Array.isArray(slides)) {
		throw new ImportError(file, [
			`$.events: expected an array of TimelineJS slides, found ${kind(isObject(value) ? slides : value)}`
		]);
	}
	const counts = { media: 0, group: 0, background: 0, time: 0, dropped: 0 };
	const ids = new Set<string>();
	const pieces: string[] = [];
	let length = 0;
	const append = (text: string): { start: number; end: number } => {
		const start = length;
		pieces.push(text);
		length += text.length;
		return { start, end: length };
	};

	const headline = plainText(ownAt(value, 'title', 'text', 'headline'));
	const description = plainText(ownAt(value, 'title', 'text', 'text'));
	const title = headline || 'Imported TimelineJS timeline';
	append(title + '\n\n');
	if (description) append(description + '\n\n');
	if (ownAt(value, 'title', 'media', 'url')) counts.media++;

	const events: TimelineEvent[] = [];
	slides.forEach((slide: unknown, i) => {
		const at = `$.events[${i}]`;
		if (!isObject(slide)) {
			problems.push(`${at}: expected a slide object, found ${kind(slide)}`);
			return;
		}
		const start = readDate(own(slide, 'start_date'), `${at}.start_date`, problems, counts);
		const end =
			own(slide, 'end_date') === undefined
				? start
				: readDate(own(slide, 'end_date'), `${at}.end_date`, problems, counts);
		if (!start || !end) return;
		if (end.first < start.first) {
			problems.push(`${at}.end_date: expected a date on or after start_date, found ${end.edtf}`);
			return;
		}
		const slideHeadline = plainText(ownAt(slide, 'text', 'headline'));
		const slideText = plainText(ownAt(slide, 'text', 'text'));
		const eventTitle = slideHeadline || firstWords(slideText);
		if (!eventTitle) {
			problems.push(`${at}.text: expected a headline or a text, found neither`);
			return;
		}
		if (ownAt(slide, 'media', 'url')) counts.media++;
		if (own(slide, 'group')) counts.group++;
		if (ownAt(slide, 'background', 'url') || ownAt(slide, 'background', 'color'))
			counts.background++;

		const date = start.edtf === end.edtf ? start.edtf : `${start.edtf}/${end.edtf}`;
		const bounds = boundsOf(date);
		const precision = precisionOf(date);
		const event: TimelineEvent = {
			id: uniqueId(text(own(slide, 'unique_id')), `${start.edtf}-${eventTitle}`, ids),
			title: eventTitle,
			date,
			start: bounds.start,
			end: bounds.end,
			precision,
			quotes: [],
			resolution: 'Imported from TimelineJS'
		};
		if (slideText && slideText !== eventTitle) event.summary = slideText;
		append(`${dateLabel(event)}\n${eventTitle}\n`);
		if (event.summary) append(event.summary + '\n');
		append('\n');
		events.push(event);
	});
	if (problems.length) throw new ImportError(file, problems);

	if (counts.media)
		notices.push(
			`${plural(counts.media, 'media item')} (images, videos, embeds) cannot be carried over: Dateline shows the words of its sources.`
		);
	if (counts.group)
		notices.push(`${plural(counts.group, 'slide')} had a group; groups are not kept.`);
	if (counts.background)
		notices.push(`${plural(counts.background, 'slide background')} cannot be carried over.`);
	if (counts.time)
		notices.push(`${plural(counts.time, 'date')} had a time of day; events are kept to the day.`);
	const eras = own(value, 'eras');
	if (Array.isArray(eras) && eras.length)
		notices.push(`${plural(eras.length, 'era')} cannot be carried over: Dateline has no eras.`);
	if (own(value, 'scale') === 'cosmological')
		notices.push(
			'The cosmological scale is not supported; dates are read as years of the common era.'
		);
	// The source needs a publication date and TimelineJS has none: the last day the timeline
	// covers stands in (the day of the import would stretch the axis to today).
	const last = events.reduce((max, e) => (e.end > max ? e.end : max), '');
	const published = last || today;
	notices.push(
		`TimelineJS files have no publication date: the source is dated ${published}, ${last ? 'the last day its events cover' : 'the day of the import'}. Change it if the timeline belongs to an article.`
	);
	notices.push('TimelineJS slides carry no quotes: select words in the text to quote them.');

	const dataset: Dataset = {
		version: 1,
		id: slugify(title).slice(0, 60).replace(/-+$/, '') || 'imported-timeline',
		title,
		...(description ? { description } : {}),
		sources: [
			{
				id: 'timelinejs-import',
				title,
				publisher: '',
				author: '',
				published,
				text: pieces.join('').trimEnd()
			}
		],
		events
	};
	const contract = datasetProblems(dataset);
	if (contract.length) {
		throw new ImportError(
			file,
			contract.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`)
		);
	}
	return { dataset, notices };
}

interface ReadDate {
	edtf: string;
	first: string;
}

function readDate(
	value: unknown,
	at: string,
	problems: string[],
	counts: { time: number }
): ReadDate | undefined {
	if (!isObject(value)) {
		problems.push(
			`${at}: expected a date object such as {"year": 2014, "month": 6}, found ${kind(value)}`
		);
		return undefined;
	}
	const part = (
		name: 'year' | 'month' | 'day',
		min: number,
		max: number
	): number | undefined | null => {
		const raw = own(value, name);
		if (raw === undefined || raw === null || raw === '') return undefined;
		const n =
			typeof raw === 'number'
				? raw
				: typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw)
					? Number(raw)
					: NaN;
		if (!Number.isInteger(n) || n < min || n > max) {
			problems.push(
				`${at}.${name}: expected a whole number from ${min} to ${max}, found ${JSON.stringify(raw)}`
			);
			return null;
		}
		return n;
	};
	const year = part('year', FIRST_YEAR, LAST_YEAR);
	const month = part('month', 1, 12);
	const day = part('day', 1, 31);
	if (year === undefined) {
		problems.push(`${at}.year: expected a year, found nothing`);
		return undefined;
	}
	if (year === null || month === null || day === null) return undefined;
	if (day !== undefined && month === undefined) {
		problems.push(`${at}.month: expected a month when a day is given, found nothing`);
		return undefined;
	}
	if (
		['hour', 'minute', 'second', 'millisecond'].some(
			(k) => own(value, k) !== undefined && own(value, k) !== ''
		)
	) {
		counts.time++;
	}
	const y = String(year).padStart(4, '0');
	if (month === undefined) return { edtf: y, first: `${y}-01-01` };
	const m = String(month).padStart(2, '0');
	if (day === undefined) return { edtf: `${y}-${m}`, first: `${y}-${m}-01` };
	const d = String(day).padStart(2, '0');
	if (!isRealDay({ y: year, m: month, d: day })) {
		problems.push(`${at}.day: expected a day of ${y}-${m}, found ${day}`);
		return undefined;
	}
	return { edtf: `${y}-${m}-${d}`, first: `${y}-${m}-${d}` };
}

// A Map, not an object: "&constructor;" must find nothing, not what every object inherits.
const ENTITIES = new Map<string, string>(
	Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: '\u00a0',
		mdash: '—',
		ndash: '–',
		hellip: '…',
		lsquo: '‘',
		rsquo: '’',
		ldquo: '“',
		rdquo: '”',
		laquo: '«',
		raquo: '»',
		bull: '•',
		middot: '·',
		deg: '°',
		copy: '©',
		reg: '®',
		trade: '™',
		euro: '€',
		pound: '£',
		times: '×',
		szlig: 'ß',
		auml: 'ä',
		ouml: 'ö',
		uuml: 'ü',
		Auml: 'Ä',
		Ouml: 'Ö',
		Uuml: 'Ü',
		aacute: 'á',
		agrave: 'à',
		acirc: 'â',
		eacute: 'é',
		egrave: 'è',
		ecirc: 'ê',
		Eacute: 'É',
		iacute: 'í',
		oacute: 'ó',
		ocirc: 'ô',
		uacute: 'ú',
		ntilde: 'ñ',
		ccedil: 'ç'
	})
);

/**
 * The words of a TimelineJS HTML fragment as plain text: tags dropped (block tags become line
 * breaks), entities decoded, whitespace collapsed. The result is only ever rendered as text.
 *
 * @example
 * plainText('<p>Troops <b>arrive</b> &amp; stay</p>'); // 'Troops arrive & stay'
 */
export function plainText(html: unknown): string {
	if (typeof html !== 'string') return '';
	let text = html;
	text = replaceClosed(text, /<script\b[\s\S]*?<\/script\s*>/gi, /<\/script\s*>/gi, ' ');
	text = replaceClosed(text, /<style\b[\s\S]*?<\/style\s*>/gi, /<\/style\s*>/gi, ' ');
	text = replaceClosed(text, /<!--[\s\S]*?-->/g, /-->/g, ' ');
	text = replaceClosed(text, /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr)\b[^>]*>/gi, />/g, '\n');
	text = replaceClosed(text, /<[^>]*>/g, />/g, '');
	return text
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name[0] === '#') {
				const code =
					name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
				// As HTML reads them: a surrogate alone is no character (it would be half of one).
				if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
				return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			}
			return ENTITIES.get(name) ?? ENTITIES.get(name.toLowerCase()) ?? whole;
		})
		.split('\n')
		.map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/**
 * `text.replace(pattern, by)` for a pattern that runs from an opening to a closing (`<` … `>`),
 * applied only up to the end of the last closing: past it no match can end, and a regular
 * expression would otherwise scan to the end of the text from every unclosed opening, which is
 * quadratic in a hostile file ("<<<<…").
 */
function replaceClosed(text: string, pattern: RegExp, closing: RegExp, by: string): string {
	let end = -1;
	for (const match of text.matchAll(closing)) end = match.index + match[0].length;
	return end < 0 ? text : text.slice(0, end).replace(pattern, by) + text.slice(end);
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
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

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property the object holds itself, never one inherited from its prototype; else undefined. */
function own(value: unknown, key: string): unknown {
	return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The own property at the end of a path of keys: `ownAt(slide, 'text', 'headline')`. */
function ownAt(value: unknown, ...keys: string[]): unknown {
	return keys.reduce<unknown>(own, value);
}

/** A string value, or undefined for any other kind. */
function text(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function kind(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}
