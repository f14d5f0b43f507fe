import { describe, expect, it } from 'vitest';
import { fitted, imageHeight, timelineSvg, xmlText, type TimelineImage } from './timelineSvg';

const hostile = '<script>alert(1)</script> & "quoted" \u0000';
const picture: TimelineImage = {
	width: 800,
	title: 'Pompeii: a city and its volcano',
	scope: 'The whole timeline, 600 BC-1863',
	ticks: [
		{ x: 0, label: '500 BC', major: true },
		{ x: 400, label: 'AD 1', major: false }
	],
	eras: [{ x0: 100, x1: 300, title: 'Roman Pompeii' }],
	rows: [
		{
			label: 'Nature',
			lanes: 2,
			marks: [
				{
					title: 'The cloud rises over Vesuvius',
					date: 'Aug. 24, AD 79, 1 p.m.',
					x0: 410,
					x1: 410,
					lane: 0,
					labelX: 420,
					labelWidth: 200,
					found: true
				},
				{ title: hostile, date: 'AD 62', x0: 380, x1: 395, lane: 1, labelX: 380, labelWidth: 60 }
			],
			clusters: [{ x: 700, lane: 0, count: 3 }]
		},
		{ label: hostile, lanes: 1, marks: [], clusters: [] }
	],
	sources: ['Example Archive: The forum', hostile],
	credit: 'Made with Dateline'
};

/** The SVG as a browser would read it, through the DOM-free parts the test needs. */
const texts = (svg: string) =>
	[...svg.matchAll(/<(text|title)[^>]*>([^<]*)<\/\1>/g)].map((m) =>
		m[2]
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&')
	);

describe('timelineSvg', () => {
	const svg = timelineSvg(picture);

	it('holds the title, every event title whole, the eras, the axis, the sources and the credit as text', () => {
		const words = texts(svg);
		expect(words).toContain('Pompeii: a city and its volcano');
		expect(words).toContain('The cloud rises over Vesuvius');
		expect(words).toEqual(expect.arrayContaining(['The cloud rises over', 'Vesuvius']));
		expect(words).toContain('Aug. 24, AD 79, 1 p.m.');
		expect(words).toContain('Roman Pompeii');
		expect(words).toEqual(
			expect.arrayContaining(['500 BC', 'AD 1', 'Sources', 'Made with Dateline'])
		);
		expect(words).toContain('Nature');
	});

	it('writes hostile words as text, never as markup', () => {
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('\u0000');
		expect(texts(svg)).toContain(hostile.replace('\u0000', ''));
		// One element per tag it opened: the document is well formed.
		const opened = (svg.match(/<(svg|g|text|title)\b/g) ?? []).length;
		const closed = (svg.match(/<\/(svg|g|text|title)>/g) ?? []).length;
		expect(opened).toBe(closed);
	});

	it('is as tall as its rows, axis and footer need, and as wide as the plot and margins', () => {
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="848" height="${imageHeight(picture)}"`));
		const oneRow = { ...picture, rows: picture.rows.slice(0, 1) };
		expect(imageHeight(picture)).toBeGreaterThan(imageHeight(oneRow));
	});
});

describe('fitted and xmlText', () => {
	it('cuts a title at a word, with an ellipsis, to the width of its label', () => {
		expect(fitted('The cloud rises over Vesuvius', 100)).toBe('The cloud…');
		expect(fitted('Short', 100)).toBe('Short');
	});

	it('escapes the five XML characters and drops the ones XML cannot hold', () => {
		expect(xmlText(`<a href='x'>&"\u0001`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
	});
});
