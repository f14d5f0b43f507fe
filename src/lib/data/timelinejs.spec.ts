import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundsOf } from './edtfBounds';
import { dateLabel, type Precision } from './partialDate';
import { validateDataset } from './schema';
import { plainText } from './html';
import { fromTimelineJs, toTimelineJs } from './timelinejs';
import { problemsOf } from './testing';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);
const fixture: unknown = JSON.parse(
	readFileSync('tests/fixtures/editor/berlin-wall.timelinejs.json', 'utf8')
);

describe('toTimelineJs', () => {
	it('dates each slide at the parts its date states, and labels only what TimelineJS cannot state', () => {
		const file = toTimelineJs(seed);
		expect(file.events).toHaveLength(seed.events.length);
		seed.events.forEach((event, i) => {
			const slide = file.events[i];
			expect(slide.unique_id).toBe(event.id);
			const [y, m, d] = event.start.split('-').map(Number);
			if (event.date === String(y)) {
				expect(slide.start_date).toEqual({ year: y });
				expect(slide.end_date).toBeUndefined();
			}
			if (/^\d{4}-\d{2}-\d{2}$/.test(event.date))
				expect(slide.start_date).toEqual({ year: y, month: m, day: d });
			if (/^[\d-]+\/[\d-]+$/.test(event.date)) {
				const [ey, em, ed] = event.end.split('-').map(Number);
				expect(slide.end_date).toEqual({ year: ey, month: em, day: ed });
			}
			const stated = /^[\d/-]+$/.test(event.date);
			expect(slide.display_date).toBe(stated ? undefined : dateLabel(event));
		});
	});

	it('writes a season, a decade and an uncertain year as their days, labelled as Dateline labels them, since TimelineJS would not', () => {
		const events = [
			['2014-03/2014-05', 'season'],
			['201X', 'decade'],
			['2020?', 'year']
		].map(([date, precision], i) => ({
			...seed.events[0],
			id: `e${i}`,
			date,
			...boundsOf(date),
			precision: precision as Precision
		}));
		const file = toTimelineJs({ ...seed, events });
		expect(file.events.map((s) => [s.start_date, s.end_date, s.display_date])).toEqual([
			[{ year: 2014, month: 3 }, { year: 2014, month: 5 }, 'Spring 2014'],
			[{ year: 2010 }, { year: 2019 }, 'the 2010s'],
			[{ year: 2020 }, undefined, '2020?']
		]);
	});

	it('escapes every text as HTML, since TimelineJS renders its text fields as HTML', () => {
		const hostile = {
			...seed,
			title: '<img src=x onerror=alert(1)>',
			events: [{ ...seed.events[0], title: 'A & <b>B</b>', summary: '"quoted" <script>' }]
		};
		const file = toTimelineJs(hostile);
		expect(file.title?.text?.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
		expect(file.events[0].text?.headline).toBe('A &amp; &lt;b&gt;B&lt;/b&gt;');
		expect(file.events[0].text?.text).toContain('<p>&quot;quoted&quot; &lt;script&gt;</p>');
	});

	it('carries each event quote into its slide, and back out as words when re-imported', () => {
		const back = fromTimelineJs(toTimelineJs(seed), 'seed.json', '2026-01-01').dataset;
		expect(back.events.map((e) => [e.title, e.date, e.precision])).toEqual(
			seed.events.map((e) => [e.title, e.date, e.precision])
		);
		expect(back.events[0].summary).toContain(seed.events[0].quotes[0].text);
	});
});

describe('fromTimelineJs', () => {
	const { dataset, notices } = fromTimelineJs(fixture, 'berlin.json', '2026-11-27');
	const byTitle = (title: string) => dataset.events.find((e) => e.title === title);

	it('reads every slide of a published-format file into a valid dataset', () => {
		expect(() => validateDataset(dataset)).not.toThrow();
		expect(dataset.title).toBe('The Berlin Wall 1961–1990');
		expect(dataset.description).toBe(
			'From the first barbed wire to the day Germany reunified: how the wall went up & came down.'
		);
		expect(dataset.events).toHaveLength(7);
	});

	it('keeps each date at the precision the file gave: day, month, year range, day range', () => {
		expect(byTitle('Border closed overnight')).toMatchObject({
			date: '1961-08-13',
			precision: 'day'
		});
		expect(byTitle('Peaceful revolution')).toMatchObject({
			date: '1989-11',
			start: '1989-11-01',
			end: '1989-11-30',
			precision: 'month'
		});
		expect(byTitle('The "fourth generation" wall')).toMatchObject({
			date: '1975/1980',
			start: '1975-01-01',
			end: '1980-12-31',
			precision: 'year'
		});
		expect(byTitle('The wall falls')).toMatchObject({
			date: '1989-11-09/1989-11-10',
			precision: 'week'
		});
	});

	it('turns the HTML of headlines and texts into plain words, entities decoded', () => {
		expect(byTitle('“Ich bin ein Berliner”')?.summary).toBe(
			'President Kennedy speaks in front of the Schöneberg town hall.\nAll free men, wherever they may live, are citizens of Berlin.'
		);
		expect(byTitle('Conrad Schumann jumps the wire')?.summary).toContain('Bernauer Straße—one');
	});

	it('keeps unique_id as the event id when it is a slug, and makes one from the date and headline otherwise', () => {
		expect(dataset.events.map((e) => e.id)).toContain('border-closed');
		expect(byTitle('German reunification')?.id).toBe('1990-10-03-german-reunification');
	});

	it('names what it shows differently or keeps only for the way back: links, backgrounds, the publication date', () => {
		expect(notices).toEqual([
			expect.stringMatching(/^1 medium \(videos, maps, posts, pages\) is shown as a link/),
			expect.stringMatching(/^1 slide background is kept for an export back to TimelineJS/),
			expect.stringContaining('dated 1990-10-03, the last day its events cover'),
			'TimelineJS slides carry no quotes: select words in the text to quote them.'
		]);
	});

	it('keeps media, groups, times of day, display dates, backgrounds and eras', () => {
		expect(byTitle('Border closed overnight')).toMatchObject({
			group: 'Construction',
			media: {
				type: 'link',
				url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
				caption: 'Newsreel of the first night.',
				credit: 'Archive footage'
			}
		});
		expect(byTitle('German reunification')?.media).toEqual({
			type: 'image',
			url: 'https://upload.wikimedia.org/wikipedia/commons/a/a3/Reichstag_flag_1990.jpg',
			alt: 'The flag raised at the Reichstag.',
			caption: 'The flag raised at the Reichstag.'
		});
		expect(byTitle('Conrad Schumann jumps the wire')).toMatchObject({
			date: '1961-08-15T14:30',
			precision: 'minute'
		});
		expect(byTitle('Peaceful revolution')?.displayDate).toBe('November 1989');
		expect(byTitle('“Ich bin ein Berliner”')?.background).toEqual({ color: '#1a1a1a' });
		expect(dataset.eras).toEqual([
			{
				title: 'The divided city',
				date: '1961-08-13/1989-11-09',
				start: '1961-08-13',
				end: '1989-11-09',
				precision: 'week'
			}
		]);
		expect(dataset.media).toMatchObject({ type: 'image', credit: 'U.S. Army Signal Corps' });
		expect(dataset.version).toBe(2);
	});

	it('puts the words of the file in the source, so that the editor can quote them', () => {
		const text = dataset.sources[0].text;
		for (const event of dataset.events) expect(text).toContain(event.title);
		expect(dataset.sources[0].published).toBe('1990-10-03');
	});

	it('refuses a slide with an impossible date, naming its JSON path', () => {
		const bad = {
			events: [{ start_date: { year: '1989', month: '13' }, text: { headline: 'x' } }]
		};
		expect(problemsOf(() => fromTimelineJs(bad))).toEqual([
			'$.events[0].start_date.month: expected a whole number from 1 to 12, found "13"'
		]);
		const feb = {
			events: [{ start_date: { year: 2023, month: 2, day: 29 }, text: { headline: 'x' } }]
		};
		expect(problemsOf(() => fromTimelineJs(feb))).toEqual([
			'$.events[0].start_date.day: expected a day of 2023-02, found 29'
		]);
	});

	it('refuses a slide without a date or without words, and a file without events', () => {
		expect(problemsOf(() => fromTimelineJs({ events: [{ text: { headline: 'x' } }] }))).toEqual([
			'$.events[0].start_date: expected a date object such as {"year": 2014, "month": 6}, found nothing'
		]);
		expect(problemsOf(() => fromTimelineJs({ events: [{ start_date: { year: 2000 } }] }))).toEqual([
			'$.events[0].text: expected a headline or a text, found neither'
		]);
		expect(problemsOf(() => fromTimelineJs({ slides: [] }))).toEqual([
			'$.events: expected an array of TimelineJS slides, found nothing'
		]);
	});
});

describe('plainText', () => {
	it('drops tags and scripts, keeps block breaks, and decodes entities', () => {
		expect(
			plainText(
				'<p>Troops <b>arrive</b> &amp; stay</p><script>alert(1)</script><p>&#x201C;Yes&#8221;</p>'
			)
		).toBe('Troops arrive & stay\n“Yes”');
	});

	it('leaves a made-up entity as written, whatever name a plain object would inherit', () => {
		const names = [
			'constructor',
			'toString',
			'valueOf',
			'hasOwnProperty',
			'__proto__',
			'isPrototypeOf'
		];
		for (const name of names) expect(plainText(`a &${name}; b`)).toBe(`a &${name}; b`);
	});

	it('reads a reference to half a surrogate pair as the replacement character, as HTML does', () => {
		expect(plainText('x&#xD83D;y&#56832;z')).toBe('x\ufffdy\ufffdz');
	});

	it('keeps the words after tags, comments and scripts that are never closed', () => {
		expect(plainText('a <b c')).toBe('a <b c');
		expect(plainText('<p>a</p> <!-- never closed')).toBe('a\n<!-- never closed');
		expect(plainText('<script>never closed')).toBe('never closed');
	});
});

describe('fromTimelineJs on hostile files', () => {
	it('turns no made-up entity into JavaScript, in a headline or a text', () => {
		const file = {
			title: { text: { headline: '&constructor; timeline' } },
			events: [
				{
					start_date: { year: 2020 },
					text: { headline: '&constructor;', text: '&toString; &valueOf;' }
				}
			]
		};
		const { dataset } = fromTimelineJs(file, 'x.json', '2024-01-08');
		expect(dataset.title).toBe('&constructor; timeline');
		expect(dataset.events[0]).toMatchObject({
			title: '&constructor;',
			summary: '&toString; &valueOf;'
		});
		expect(JSON.stringify(dataset)).not.toContain('native code');
	});

	it('reads only the fields a slide holds itself, never ones its prototype lends it', () => {
		const inherited = Object.create({ text: { headline: 'Inherited' }, group: 'g' });
		inherited.start_date = { year: 2020 };
		expect(problemsOf(() => fromTimelineJs({ events: [inherited] }, 'x.json'))).toEqual([
			'$.events[0].text: expected a headline or a text, found neither'
		]);
	});

	it('makes the id from the headline when unique_id is not text', () => {
		const { dataset } = fromTimelineJs(
			{ events: [{ start_date: { year: 2020 }, text: { headline: 'Vote' }, unique_id: 7 }] },
			'x.json',
			'2024-01-08'
		);
		expect(dataset.events[0].id).toBe('2020-vote');
	});

	it('reads year 0, which the BC/AD count does not have, as 1 BC, and says so', () => {
		const { dataset, notices } = fromTimelineJs(
			{ events: [{ start_date: { year: 0 }, text: { headline: 'x' } }] },
			'x.json',
			'2024-01-08'
		);
		expect(dataset.events[0]).toMatchObject({ date: '0000', start: '0000-01-01' });
		expect(notices[0]).toMatch(/^1 date had the year 0, .*read as 1 BC/);
	});

	it('dates a slide from a day to a later year at the coarser end, a year', () => {
		const { dataset } = fromTimelineJs(
			{
				events: [
					{
						start_date: { year: 2014, month: 6, day: 5 },
						end_date: { year: 2015 },
						text: { headline: 'Works' }
					}
				]
			},
			'x.json',
			'2024-01-08'
		);
		expect(dataset.events[0]).toMatchObject({ date: '2014-06-05/2015', precision: 'year' });
	});
});
