import { describe, expect, it } from 'vitest';
import { dateLabel } from './partialDate';
import { fromTimelineJs, toTimelineJs } from './timelinejs';
import { problemsOf } from './testing';

const read = (events: unknown[], more: Record<string, unknown> = {}) =>
	fromTimelineJs({ events, ...more }, 'x.json', '2024-01-08');

describe('TimelineJS dates before year 1 and in deep time', () => {
	it('reads a BC year as TimelineJS shows it: -500 is 500 BC, EDTF -0499', () => {
		const { dataset } = read([{ start_date: { year: '-500' }, text: { headline: 'Marathon' } }]);
		expect(dataset.events[0]).toMatchObject({ date: '-0499', start: '-0499-01-01' });
		expect(dateLabel(dataset.events[0])).toBe('500 BC');
		expect(toTimelineJs(dataset).events[0].start_date).toEqual({ year: -500 });
		expect(dataset.version).toBe(2);
	});

	it('reads the cosmological scale’s years as years ago, and writes the scale back', () => {
		const { dataset } = read(
			[
				{ start_date: { year: -13800000000 }, text: { headline: 'The Big Bang' } },
				{ start_date: { year: '-4,540,000,000'.replace(/,/g, '') }, text: { headline: 'Earth' } }
			],
			{ scale: 'cosmological' }
		);
		expect(dataset.events.map((e) => [e.date, dateLabel(e)])).toEqual([
			['Y-13799999999', '13.8 billion years ago'],
			['Y-4539999999', '4.54 billion years ago']
		]);
		const back = toTimelineJs(dataset);
		expect(back.scale).toBe('cosmological');
		expect(back.events[0].start_date).toEqual({ year: -13800000000 });
	});

	it('keeps a time of day to the minute, and refuses one without its day', () => {
		const { dataset } = read([
			{
				start_date: { year: 2011, month: 2, day: 11, hour: '18' },
				text: { headline: 'Mubarak resigns' }
			}
		]);
		expect(dataset.events[0]).toMatchObject({ date: '2011-02-11T18:00', precision: 'minute' });
		expect(dateLabel(dataset.events[0])).toBe('Feb. 11, 2011, 6 p.m.');
		expect(
			problemsOf(() => read([{ start_date: { year: 2011, hour: 18 }, text: { headline: 'x' } }]))
		).toEqual(['$.events[0].start_date.day: expected a day when a time is given, found nothing']);
	});

	it('refuses a year that is not a whole number, saying how BC years are written', () => {
		expect(
			problemsOf(() => read([{ start_date: { year: 'soon' }, text: { headline: 'x' } }]))
		).toEqual([
			'$.events[0].start_date.year: expected a year as a whole number (BC years negative, e.g. -500), found "soon"'
		]);
	});
});

describe('TimelineJS media', () => {
	it('shows embed code as the link it names, keeps the code for the way back, and says so', () => {
		const iframe = '<iframe src="https://www.google.com/maps/embed?pb=1"></iframe>';
		const { dataset, notices } = read([
			{ start_date: { year: 2020 }, text: { headline: 'Map' }, media: { url: iframe } }
		]);
		expect(dataset.events[0].media).toEqual({
			type: 'link',
			url: 'https://www.google.com/maps/embed?pb=1'
		});
		expect(notices).toContain(
			'1 embed code is shown as the link it names; the code is kept for an export back to TimelineJS.'
		);
		expect(toTimelineJs(dataset).events[0].media?.url).toBe(iframe);
	});

	it('shows a quotation given as media as its words', () => {
		const { dataset } = read([
			{
				start_date: { year: 1948 },
				text: { headline: 'Edith Clarke' },
				media: { url: '<blockquote>Good work is in demand. <cite>E. C.</cite></blockquote>' }
			}
		]);
		expect(dataset.events[0].media).toEqual({
			type: 'text',
			text: 'Good work is in demand. E. C.'
		});
	});

	it('gives an image without alt text the alt TimelineJS would give it: its caption, else its headline', () => {
		const { dataset } = read([
			{
				start_date: { year: 1815 },
				text: { headline: 'Ada Lovelace' },
				media: {
					url: 'https://example.org/ada.jpg',
					credit: '<a href="https://x.org">Wikimedia</a>'
				}
			}
		]);
		expect(dataset.events[0].media).toEqual({
			type: 'image',
			url: 'https://example.org/ada.jpg',
			alt: 'Ada Lovelace',
			credit: 'Wikimedia'
		});
		expect(toTimelineJs(dataset).events[0].media).toEqual({
			url: 'https://example.org/ada.jpg',
			credit: '<a href="https://x.org">Wikimedia</a>'
		});
	});
});

describe('TimelineJS files with hostile values', () => {
	const hostile = '<img src=x onerror=alert(1)>';
	// The same words written as HTML: a file that means them, not the tag.
	const written = '&lt;img src=x onerror=alert(1)&gt;';
	const { dataset, notices } = read(
		[
			{
				start_date: { year: 2020 },
				text: { headline: written, text: `<script>alert(1)</script>${written}` },
				media: { url: 'javascript:alert(1)', caption: hostile },
				group: hostile,
				background: { color: 'red;background:url(https://evil.example/x)', url: 'data:image/png,x' }
			},
			{
				start_date: { year: 2021 },
				text: { headline: 'Photo' },
				media: {
					url: 'https://example.org/a.jpg',
					alt: hostile,
					thumbnail: 'javascript:alert(2)',
					link: 'vbscript:x'
				}
			}
		],
		{
			eras: [{ start_date: { year: 2019 }, end_date: { year: 2022 }, text: { headline: written } }]
		}
	);

	it('keeps only http(s) links, and says what it left out', () => {
		expect(dataset.events[0].media).toBeUndefined();
		expect(dataset.events[0].background).toBeUndefined();
		expect(dataset.events[1].media).toEqual({
			type: 'image',
			url: 'https://example.org/a.jpg',
			alt: hostile
		});
		expect(notices).toEqual(
			expect.arrayContaining([
				'Not kept: media "javascript:alert(1)", not an http(s) link.',
				'Not kept: background "data:image/png,x", not an http(s) link.',
				'Not kept: background colour "red;background:url(https://evil.example/x)".',
				'Not kept: thumbnail "javascript:alert(2)".',
				'Not kept: media link "vbscript:x".'
			])
		);
	});

	it('reads markup as the words it says and keeps names as the text they are, never as HTML', () => {
		expect(dataset.events[0].title).toBe(hostile);
		expect(dataset.events[0].summary).toBeUndefined();
		expect(dataset.events[0].group).toBe(hostile);
		expect(dataset.eras?.[0].title).toBe(hostile);
	});
});

describe('TimelineJS eras', () => {
	it('refuses an era without an end, naming it', () => {
		expect(
			problemsOf(() =>
				read([{ start_date: { year: 2020 }, text: { headline: 'x' } }], {
					eras: [{ start_date: { year: 2019 }, text: { headline: 'E' } }]
				})
			)
		).toEqual(['$.eras[0].end_date: expected the date an era ends, found nothing']);
	});
});
