import { describe, expect, it } from 'vitest';
import {
	DEFAULT_OPTIONS,
	embedQuery,
	embedSnippet,
	embedUrl,
	escapeAttribute,
	initialScheme,
	parseEmbedOptions,
	type EmbedOptions
} from './options';

const params = (query: string) => new URLSearchParams(query);

describe('parseEmbedOptions', () => {
	it('gives the defaults for an empty query', () => {
		expect(parseEmbedOptions(params(''))).toEqual(DEFAULT_OPTIONS);
	});

	it('reads theme, event, article=0, hosthash=1 and key=1', () => {
		expect(parseEmbedOptions(params('theme=dark&event=2014-x&article=0&hosthash=1&key=1'))).toEqual(
			{
				theme: 'dark',
				event: '2014-x',
				article: false,
				hostHash: true,
				key: true
			}
		);
	});

	it('matches the host page by default, and reads theme=auto, its old name, as the same', () => {
		expect(DEFAULT_OPTIONS.theme).toBe('host');
		expect(parseEmbedOptions(params('theme=auto')).theme).toBe('host');
		expect(parseEmbedOptions(params('theme=host')).theme).toBe('host');
	});

	it('falls back to the default for values it does not know, instead of failing', () => {
		expect(
			parseEmbedOptions(params('theme=purple&event=<b>&article=maybe&hosthash=2&key=2'))
		).toEqual(DEFAULT_OPTIONS);
	});
});

describe('embedQuery', () => {
	it('is empty for the defaults, so the plain snippet stays short', () => {
		expect(embedQuery(DEFAULT_OPTIONS)).toBe('');
	});

	it('writes only what differs from the defaults', () => {
		expect(embedQuery({ theme: 'light', hostHash: true })).toBe('?theme=light&hosthash=1');
		expect(embedQuery({ article: false, event: 'a-1' })).toBe('?event=a-1&article=0');
	});

	it('round-trips through parseEmbedOptions for every combination', () => {
		for (const theme of ['host', 'light', 'dark'] as const) {
			for (const event of [null, 'oct-7']) {
				for (const article of [true, false]) {
					for (const hostHash of [true, false]) {
						for (const key of [true, false]) {
							const options: EmbedOptions = { theme, event, article, hostHash, key };
							expect(parseEmbedOptions(params(embedQuery(options).slice(1)))).toEqual(options);
						}
					}
				}
			}
		}
	});
});

describe('initialScheme', () => {
	it('is light when nothing is said: no forced theme, and no host scheme from /embed.js', () => {
		expect(initialScheme(params(''))).toBe('light');
		expect(initialScheme(params('theme=auto'))).toBe('light');
	});

	it('is the host scheme /embed.js wrote into the URL, when the theme follows the host', () => {
		expect(initialScheme(params('hosttheme=dark'))).toBe('dark');
		expect(initialScheme(params('hosttheme=light'))).toBe('light');
		expect(initialScheme(params('hosttheme=purple'))).toBe('light');
	});

	it('is the forced theme whatever the host scheme says: an explicit theme wins', () => {
		expect(initialScheme(params('theme=light&hosttheme=dark'))).toBe('light');
		expect(initialScheme(params('theme=dark&hosttheme=light'))).toBe('dark');
	});
});

describe('embedUrl', () => {
	it('puts a published dataset under /embed/ with a trailing slash, beneath any base path', () => {
		expect(embedUrl('https://news.example/dateline/', { id: 'iraq' })).toBe(
			'https://news.example/dateline/embed/iraq/'
		);
		expect(embedUrl('http://127.0.0.1:4173', { id: 'iraq' }, { theme: 'dark' })).toBe(
			'http://127.0.0.1:4173/embed/iraq/?theme=dark'
		);
	});

	it('points a dataset given by URL at /embed/?src=, its URL encoded, before the options', () => {
		const dataset = { id: 'mine', src: 'https://data.example/t.json?v=2&x=1' };
		expect(embedUrl('https://news.example', dataset, { article: false })).toBe(
			'https://news.example/embed/?src=https%3A%2F%2Fdata.example%2Ft.json%3Fv%3D2%26x%3D1&article=0'
		);
		const url = new URL(embedUrl('https://news.example', dataset));
		expect(url.searchParams.get('src')).toBe(dataset.src);
	});
});

describe('embedSnippet', () => {
	it('is an iframe marked data-dateline at its initial height, then the async script', () => {
		expect(
			embedSnippet({
				site: 'https://news.example',
				dataset: { id: 'iraq', title: 'Iraq' },
				options: { hostHash: true },
				height: 512
			})
		).toBe(
			'<iframe data-dateline src="https://news.example/embed/iraq/?hosthash=1" title="Timeline: Iraq"' +
				' style="width:100%;border:0" height="512" loading="lazy"></iframe>\n' +
				'<script async src="https://news.example/embed.js"></script>'
		);
	});

	it('escapes a title that tries to break out of its attribute', () => {
		const snippet = embedSnippet({
			site: 'https://news.example',
			dataset: { id: 'x', title: '"><script>alert(1)</script>' }
		});
		expect(snippet).toContain('title="Timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(snippet.match(/<script/g)).toHaveLength(1);
	});
});

describe('escapeAttribute', () => {
	it('escapes ampersands first, so entities are not doubled', () => {
		expect(escapeAttribute(`a&b "c" 'd' <e>`)).toBe('a&amp;b &quot;c&quot; &#39;d&#39; &lt;e&gt;');
	});
});
