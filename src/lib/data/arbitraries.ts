/**
 * fast-check arbitraries of valid datasets, for the property tests of the importers, exporters
 * and editor operations. Test-only: nothing in the app imports it.
 */
import fc from 'fast-check';
import { boundsOf } from './edtfBounds';
import { PRECISIONS, type Dataset, type TimelineEvent } from './schema';

const slug = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
	.map((parts) => parts.join('-'));

/** Any text, including quotes, commas, line breaks, no-break spaces and astral characters. */
const text = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom('He said, "no."\nThen left.', 'a\u00a0b’c', '=SUM(A1)', ' spaced ', '🇮🇶 Iraq')
);

const nonBlank = text.filter((s) => s.trim().length > 0);

/** EDTF dates the app writes: a day, a month, a year, a week-long interval, a decade. */
const edtfDate = fc
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

/** A valid dataset with 1-3 sources and up to 6 events quoting them exactly. */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
	.record({
		id: slug,
		title: nonBlank,
		description: fc.option(nonBlank, { nil: undefined }),
		sources: fc.uniqueArray(
			fc.record({
				id: slug,
				title: text,
				publisher: text,
				author: text,
				url: fc.option(fc.webUrl(), { nil: undefined }),
				published: fc.constantFrom(
					'2024-01-08T10:19',
					'2024-01-08',
					'2023-10',
					'2019-06-30T23:59:59Z'
				),
				text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
			}),
			{ selector: (s) => s.id, minLength: 1, maxLength: 3 }
		),
		events: fc.uniqueArray(
			fc.record({
				id: slug,
				title: nonBlank,
				summary: fc.option(nonBlank, { nil: undefined }),
				date: edtfDate,
				precision: fc.constantFrom(...PRECISIONS),
				resolution: fc.option(nonBlank, { nil: undefined }),
				entities: fc.option(
					fc.record({
						people: fc.array(text, { maxLength: 3 }),
						places: fc.array(text, { maxLength: 3 }),
						organizations: fc.array(text, { maxLength: 3 })
					}),
					{ nil: undefined }
				),
				url: fc.option(fc.webUrl(), { nil: undefined }),
				quotes: fc.array(fc.record({ source: fc.nat(), a: fc.nat(), b: fc.nat() }), {
					maxLength: 3
				})
			}),
			{ selector: (e) => e.id, maxLength: 6 }
		)
	})
	.map(({ id, title, description, sources, events }) => {
		const dataset: Dataset = {
			version: 1,
			id,
			title,
			...(description === undefined ? {} : { description }),
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
					precision: e.precision,
					quotes: e.quotes.map((q) => {
						const source = sources[q.source % sources.length];
						const length = source.text.length;
						const start = q.a % length;
						const end = start + 1 + (q.b % (length - start));
						return { source: source.id, start, end, text: source.text.slice(start, end) };
					}),
					resolution: e.resolution,
					entities: e.entities,
					url: e.url
				});
				return event;
			})
		};
		return dataset;
	});

function dropUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
