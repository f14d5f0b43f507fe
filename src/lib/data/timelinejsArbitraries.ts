/**
 * fast-check arbitraries of TimelineJS files as newsrooms write them (by hand, or through the
 * Google Sheets template), and the canonical form two equivalent files share, for the round-trip
 * property tests. Test-only: nothing in the app imports it.
 */
import fc from 'fast-check';
import { plainText } from './html';
import type { TimelineJsDate, TimelineJsFile, TimelineJsSlide } from './timelinejs';

/** Words as TimelineJS holds them: plain, or HTML with tags, entities and line breaks. */
export const html = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.constantFrom(
		'<p>Troops <b>arrive</b> &amp; stay.</p>',
		'<p class="lead">One</p><p>Two &ldquo;quoted&rdquo;</p>',
		'Before<br>after',
		'<a href="https://example.org/x">a link</a> and <i>more</i>',
		'<script>alert(1)</script>Words',
		'  spaced  ',
		'=SUM(A1)',
		'-starts with a dash',
		'Café ☕ 🇮🇶',
		'<blockquote>Quoted <cite>Someone</cite></blockquote>'
	)
);

/** Words that say something once read (a headline must). */
const someWords = html.filter((h) => plainText(h) !== '');

/** TimelineJS years: BC negative with no year 0, deep time, far future; as numbers or strings. */
const year = fc.oneof(
	fc.integer({ min: 1, max: 2100 }),
	fc.integer({ min: -9999, max: -1 }),
	fc.constantFrom(-13_800_000_000, -4_540_000_000, -66_000_000, -12_000, 12_000, 5_000_000_000),
	fc.integer({ min: -999_999_999_999, max: -10_001 })
);

/** A date at some precision; the month and finer only for years EDTF gives days (±9999). */
const dateOf = (y: number): fc.Arbitrary<TimelineJsDate> =>
	fc
		.record({
			month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
			day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
			hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
			minute: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
			second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
			strings: fc.boolean()
		})
		.map(({ month, day, hour, minute, second, strings }) => {
			const put = (n: number) => (strings ? String(n) : n);
			const date: TimelineJsDate = { year: put(y) };
			// EDTF states only the year of a year beyond four digits (TimelineJS's -10000 is 9999 BC).
			if (y < -10_000 || y > 9999 || month === undefined) return date;
			date.month = put(month);
			if (day === undefined) return date;
			date.day = put(day);
			if (hour === undefined) return date;
			date.hour = put(hour);
			if (minute !== undefined) date.minute = put(minute);
			if (minute !== undefined && second !== undefined) date.second = put(second);
			return date;
		});

/** A start date and an end date strictly later by year (never landing on year 0), or none. */
const dates = fc
	.record({ start: year, later: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }) })
	.chain(({ start, later }) => {
		if (later === undefined)
			return dateOf(start).map((start_date) => ({ start_date }) as TimelineJsSlide);
		let end = start + later;
		if (start < 0 && end >= 0) end += 1;
		return fc
			.tuple(dateOf(start), dateOf(end))
			.map(([start_date, end_date]) => ({ start_date, end_date }) as TimelineJsSlide);
	});

const media = fc.oneof(
	fc.record(
		{
			url: fc.constantFrom(
				'https://upload.example.org/a/b/photo.jpg',
				'http://example.org/x.png?w=2'
			),
			caption: html,
			credit: html,
			alt: fc.constantFrom('A crowd on the wall', 'Portrait'),
			thumbnail: fc.constant('https://example.org/thumb.jpg'),
			link: fc.constant('https://example.org/story')
		},
		{ requiredKeys: ['url'] }
	),
	fc.record(
		{
			url: fc.constantFrom(
				'https://www.youtube.com/watch?v=aPweFhhXFvY',
				'https://vimeo.com/304869290',
				'<iframe src="https://www.google.com/maps/embed?pb=1" width="600"></iframe>',
				'<blockquote class="twitter-tweet"><p>Words</p><a href="https://twitter.com/x/status/1">Link</a></blockquote>',
				'<blockquote>There is always a demand for good work.</blockquote>'
			),
			caption: html,
			credit: html
		},
		{ requiredKeys: ['url'] }
	)
);

const extras = fc.record(
	{
		display_date: fc.constantFrom('Spring 1943', 'c. 500 BC', 'Early days'),
		media,
		group: fc.constantFrom('Politics', 'Science', '<b>Bold</b> group', 'Ünïcode'),
		background: fc.oneof(
			fc.record({ color: fc.constantFrom('#1a1a1a', 'steelblue') }),
			fc.record({ url: fc.constant('https://example.org/bg.jpg') })
		),
		unique_id: fc.oneof(fc.constantFrom('first-slide', 'Slide 1', 'ada'), fc.uuid())
	},
	{ requiredKeys: [] }
);

const words = fc.oneof(
	fc.record({ headline: someWords, text: html }),
	fc.record({ headline: fc.constant(''), text: someWords }),
	fc.record({ headline: someWords })
);

const slide: fc.Arbitrary<TimelineJsSlide> = fc
	.tuple(dates, words, extras)
	.map(([dated, text, more]) => ({ ...dated, text, ...more }));

const era: fc.Arbitrary<TimelineJsSlide> = fc
	.tuple(year, fc.integer({ min: 1, max: 3000 }), someWords)
	.chain(([start, later, headline]) => {
		let end = start + later;
		if (start < 0 && end >= 0) end += 1;
		return fc
			.tuple(dateOf(start), dateOf(end), html)
			.map(([start_date, end_date, text]) => ({ start_date, end_date, text: { headline, text } }));
	});

const title = fc.record(
	{
		text: fc.record({ headline: someWords, text: html }, { requiredKeys: ['headline'] }),
		media,
		background: fc.record({ color: fc.constant('#333') })
	},
	{ requiredKeys: ['text'] }
);

/** A TimelineJS file: a title slide or none, 1-6 slides, eras or none. */
export const timelineJsFileArbitrary: fc.Arbitrary<TimelineJsFile> = fc
	.record(
		{
			title,
			events: fc.array(slide, { minLength: 1, maxLength: 6 }),
			eras: fc.array(era, { minLength: 1, maxLength: 2 })
		},
		{ requiredKeys: ['events'] }
	)
	.map((file) => {
		// Unique ids, as a file must have them.
		const seen = new Set<string>();
		for (const event of file.events) {
			if (event.unique_id && seen.has(event.unique_id)) delete event.unique_id;
			if (event.unique_id) seen.add(event.unique_id);
		}
		return file;
	});

/**
 * The form two files TimelineJS reads alike share: numbers for numeric strings, no empty texts or
 * objects, an end date equal to its start left out, a time with its minute, an image's alt left
 * out where it is what TimelineJS would use anyway (the caption, else the headline), no scale (it
 * follows from the years), and no unique ids (compared apart).
 */
export function canonical(file: TimelineJsFile): unknown {
	const slideOf = (slide: TimelineJsSlide): unknown => {
		const out = structuredClone(slide) as Record<string, unknown>;
		delete out.unique_id;
		for (const key of ['start_date', 'end_date'] as const) {
			const date = slide[key];
			if (!date) continue;
			const clean = Object.fromEntries(
				Object.entries(date)
					.filter(([, v]) => v !== '' && v !== undefined && v !== null)
					.map(([k, v]) => [k, Number(v)])
			);
			if (clean.hour !== undefined && clean.minute === undefined) clean.minute = 0;
			out[key] = clean;
		}
		if (JSON.stringify(out.start_date) === JSON.stringify(out.end_date)) delete out.end_date;
		const media = out.media as Record<string, string> | undefined;
		if (media && media.alt !== undefined) {
			const caption = plainText(media.caption ?? '');
			const headline = plainText(slide.text?.headline ?? '') || plainText(slide.text?.text ?? '');
			if (media.alt === (caption || headline)) delete media.alt;
		}
		return dropEmpty(out);
	};
	return dropEmpty({
		title: file.title && slideOf(file.title),
		events: file.events.map(slideOf),
		eras: file.eras?.length ? file.eras.map(slideOf) : undefined
	});
}

/** Without empty strings, blank group and display-date texts, nulls and empty objects. */
function dropEmpty(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(dropEmpty);
	if (typeof value !== 'object' || value === null) return value;
	const out: Record<string, unknown> = {};
	for (const [key, v] of Object.entries(value)) {
		const inner = dropEmpty(v);
		if (inner === undefined || inner === null || inner === '') continue;
		if (typeof inner === 'object' && !Array.isArray(inner) && Object.keys(inner).length === 0)
			continue;
		out[key] = inner;
	}
	return out;
}
