/**
 * fast-check arbitraries of valid datasets, for the property tests of the importers, exporters
 * and editor operations. Test-only: nothing in the app imports it.
 */
import fc from 'fast-check';
import { boundsOf } from './edtfBounds';
import { precisionOf } from './edtfPrecision';
import {
	datasetVersion,
	PRECISIONS,
	type Dataset,
	type Era,
	type Media,
	type TimelineEvent
} from './schema';

const slug = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
	.map((parts) => parts.join('-'));

/** Any text, including quotes, commas, line breaks, no-break spaces and astral characters. */
const text = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(
		'He said, "no."\nThen left.',
		'a\u00a0b’c',
		'=SUM(A1)',
		' spaced ',
		'🇮🇶 Iraq',
		"'",
		"''"
	)
);

const nonBlank = text.filter((s) => s.trim().length > 0);

/** An optional text, absent or present (and then possibly empty, which must survive too). */
const optionalText = fc.option(fc.oneof(text, fc.constant('')), { nil: undefined });

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Publication dates as articles state them: a year, a month, a day, or a day and time with or
 * without seconds, fractions and a zone; every year of the contract, 1 to 9999.
 */
const published = fc
	.record({
		ms: fc.integer({
			min: Date.UTC(2000, 0, 1) - 730_119 * 86_400_000,
			max: Date.UTC(9999, 11, 31)
		}),
		shape: fc.constantFrom('year', 'month', 'day', 'minute', 'second', 'fraction'),
		zone: fc.oneof(
			fc.constant(''),
			fc.constant('Z'),
			fc.integer({ min: -14 * 60, max: 14 * 60 }).map((minutes) => {
				const a = Math.abs(minutes);
				return `${minutes < 0 ? '-' : '+'}${two(Math.floor(a / 60))}:${two(a % 60)}`;
			})
		)
	})
	.map(({ ms, shape, zone }) => {
		const d = new Date(ms);
		const day = `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
		const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
		switch (shape) {
			case 'year':
				return day.slice(0, 4);
			case 'month':
				return day.slice(0, 7);
			case 'day':
				return day;
			case 'minute':
				return `${day}T${time}${zone}`;
			case 'second':
				return `${day}T${time}:${two(d.getUTCSeconds())}${zone}`;
			default:
				return `${day}T${time}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}${zone}`;
		}
	});

/** EDTF dates the app writes: a day, a month, a year, a week-long interval, a decade. */
const commonDate = fc
	.record({
		year: fc.integer({ min: 1000, max: 2100 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 }),
		shape: fc.constantFrom('day', 'month', 'year', 'week', 'decade')
	})
	.map(({ year, month, day, shape }) => {
		const m = String(month).padStart(2, '0');
		const d = String(day).padStart(2, '0');
		switch (shape) {
			case 'day':
				return `${year}-${m}-${d}`;
			case 'month':
				return `${year}-${m}`;
			case 'year':
				return `${year}`;
			case 'week':
				// A week starts on day 1-21 so that its seventh day is in the same month.
				return `${year}-${m}-${String(Math.min(day, 21)).padStart(2, '0')}/${year}-${m}-${String(Math.min(day, 21) + 6).padStart(2, '0')}`;
			default:
				return `${String(year).slice(0, 3)}X`;
		}
	});

/**
 * Dates of version 2: a time of day (with or without seconds) or an interval of two, a year
 * before 1 (with its month and day or not), an EDTF Y year of deep time, an interval from deep
 * time to now.
 */
const version2Date = fc
	.record({
		year: fc.integer({ min: -9999, max: 2100 }),
		deep: fc.integer({ min: 10_000, max: 999_999_999_999 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 }),
		hour: fc.integer({ min: 0, max: 23 }),
		minute: fc.integer({ min: 0, max: 59 }),
		second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
		shape: fc.constantFrom('time', 'times', 'year', 'month', 'day', 'deep', 'future', 'span')
	})
	.map(({ year, deep, month, day, hour, minute, second, shape }) => {
		const two = (n: number) => String(n).padStart(2, '0');
		const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
		const on = `${y}-${two(month)}-${two(day)}`;
		const clock = `${two(hour)}:${two(minute)}${second === undefined ? '' : `:${two(second)}`}`;
		switch (shape) {
			case 'time':
				return `${on}T${clock}`;
			case 'times': {
				// To the next day, so that the interval runs forwards whatever its two times are.
				const first = Math.min(day, 27);
				return `${y}-${two(month)}-${two(first)}T${clock}/${y}-${two(month)}-${two(first + 1)}T${two(hour)}:${two(minute)}`;
			}
			case 'year':
				return y;
			case 'month':
				return `${y}-${two(month)}`;
			case 'day':
				return on;
			case 'deep':
				return `Y-${deep}`;
			case 'future':
				return `Y${deep}`;
			default:
				return `Y-${deep}/${y}`;
		}
	});

const edtfDate = fc.oneof(
	{ arbitrary: commonDate, weight: 9 },
	{ arbitrary: version2Date, weight: 1 }
);

/** Absent nine times in ten, so that about half the datasets stay version 1. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
	return fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary, weight: 1 });
}

const optionalUrl = fc.option(fc.webUrl(), { nil: undefined });

/** Media of every kind, with any words in its credit, caption and alt text. */
const media: fc.Arbitrary<Media> = fc.oneof(
	fc.record(
		{
			type: fc.constant('image' as const),
			url: fc.webUrl(),
			alt: nonBlank,
			credit: optionalText,
			caption: optionalText,
			thumbnail: optionalUrl,
			link: optionalUrl
		},
		{ requiredKeys: ['type', 'url', 'alt'] }
	),
	fc.record(
		{
			type: fc.constant('link' as const),
			url: fc.webUrl(),
			credit: optionalText,
			caption: optionalText,
			thumbnail: optionalUrl
		},
		{ requiredKeys: ['type', 'url'] }
	),
	fc.record(
		{ type: fc.constant('text' as const), text: nonBlank, credit: optionalText },
		{ requiredKeys: ['type', 'text'] }
	)
);

const background = fc
	.record({
		color: fc.option(fc.constantFrom('#1a4d80', 'steelblue', 'rgb(26, 77, 128)'), {
			nil: undefined
		}),
		url: fc.webUrl()
	})
	.map(({ color, url }) => (color ? { color } : { url }));

/** What a TimelineJS import keeps as it was: HTML, which is only ever text to Dateline. */
const timelinejs = fc.record(
	{ headline: text, text: text, media: text, caption: text, credit: text },
	{ requiredKeys: [] }
);

/** Optional version 2 fields of an event, each present or absent. */
const eventExtras = fc.record(
	{
		media,
		group: fc.oneof(fc.constantFrom('Politics', 'War', '<b>War</b>'), nonBlank),
		displayDate: nonBlank,
		background,
		timelinejs
	},
	{ requiredKeys: [] }
);

const era: fc.Arbitrary<Era> = fc
	.record({
		title: nonBlank,
		date: edtfDate,
		summary: optionalText,
		timelinejs: fc.option(timelinejs, { nil: undefined })
	})
	.map(({ title, date, summary, timelinejs }) =>
		dropUndefined({
			title,
			date,
			...boundsOf(date),
			precision: precisionOf(date),
			summary,
			timelinejs
		})
	);

const datasetExtras = fc.record(
	{ eras: fc.array(era, { minLength: 1, maxLength: 3 }), media, background, timelinejs },
	{ requiredKeys: [] }
);

/** A valid dataset with 1-3 sources and up to 6 events quoting them exactly. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
	.record({
		id: slug,
		title: nonBlank,
		description: optionalText,
		sources: fc.uniqueArray(
			fc.record({
				id: slug,
				title: text,
				publisher: text,
				author: text,
				url: fc.option(fc.webUrl(), { nil: undefined }),
				published: fc.oneof(
					fc.constantFrom('2024-01-08T10:19', '2024-01-08', '2023-10', '2019-06-30T23:59:59Z'),
					published
				),
				text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
			}),
			{ selector: (s) => s.id, minLength: 1, maxLength: 3 }
		),
		events: fc.uniqueArray(
			fc.record({
				id: slug,
				title: nonBlank,
				summary: optionalText,
				date: edtfDate,
				precision: fc.constantFrom(...PRECISIONS.filter((p) => p !== 'minute')),
				resolution: optionalText,
				entities: fc.option(
					fc.record({
						people: fc.array(text, { maxLength: 3 }),
						places: fc.array(text, { maxLength: 3 }),
						organizations: fc.array(text, { maxLength: 3 })
					}),
					{ nil: undefined }
				),
				url: fc.option(fc.webUrl(), { nil: undefined }),
				importance: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
				quotes: fc.array(fc.record({ source: fc.nat(), a: fc.nat(), b: fc.nat() }), {
					maxLength: 3
				}),
				extras: rarely(eventExtras)
			}),
			{ selector: (e) => e.id, maxLength: 6 }
		),
		extras: rarely(datasetExtras)
	})
	.map(({ id, title, description, sources, events, extras }) => {
		const dataset: Dataset = {
			version: 1,
			id,
			title,
			...(description === undefined ? {} : { description }),
			...extras,
			sources: sources.map((s) => dropUndefined(s)),
			events: events.map((e) => {
				const bounds = boundsOf(e.date);
				const event: TimelineEvent = dropUndefined({
					id: e.id,
					title: e.title,
					summary: e.summary,
					date: e.date,
					start: bounds.start,
					end: bounds.end,
					precision: e.date.includes('T') ? 'minute' : e.precision,
					quotes: uniqueQuotes(
						e.quotes.map((q) => {
							const source = sources[q.source % sources.length];
							// Offsets between characters: a quote never splits an astral character.
							const cuts = characterOffsets(source.text);
							const start = cuts[q.a % (cuts.length - 1)];
							const after = cuts.filter((cut) => cut > start);
							const end = after[q.b % after.length];
							return { source: source.id, start, end, text: source.text.slice(start, end) };
						})
					),
					resolution: e.resolution,
					entities: e.entities,
					url: e.url,
					...e.extras,
					importance: e.importance
				});
				return event;
			})
		};
		// The lowest version that holds it, as the importers stamp: version 1 stays version 1.
		dataset.version = datasetVersion(dataset);
		return dataset;
	});

/** Every offset of `text` that falls between characters (UTF-16 units, pairs kept whole). */
function characterOffsets(text: string): number[] {
	const cuts = [0];
	for (const character of text) cuts.push(cuts[cuts.length - 1] + character.length);
	return cuts;
}

/** Quotes with the same words listed once, as the contract asks. */
function uniqueQuotes<T extends { source: string; start: number; end: number }>(quotes: T[]): T[] {
	const seen = new Set<string>();
	return quotes.filter((q) => {
		const key = `${q.source} ${q.start} ${q.end}`;
		return !seen.has(key) && Boolean(seen.add(key));
	});
}

function dropUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
