import { describe, expect, it } from 'vitest';
import { hostOf, sourceName } from './sourceName';

const article = {
	title: 'Bridge opens',
	publisher: 'Harbour Gazette',
	url: 'https://www.harbour.example/news/1'
};

describe('sourceName', () => {
	it('names an article by its title', () => {
		expect(sourceName(article, 'The bridge', 3)).toBe('Bridge opens');
	});

	it('names an untitled article, or one titled as the page, by its publisher', () => {
		for (const title of ['', '  ', 'The bridge'])
			expect(sourceName({ ...article, title }, 'The bridge', 3)).toBe('Harbour Gazette');
	});

	it('names one without a publisher by its http(s) address’s host, never another scheme’s', () => {
		const bare = { ...article, title: '', publisher: '' };
		expect(sourceName(bare, 'The bridge', 3)).toBe('harbour.example');
		expect(sourceName({ ...bare, url: 'ftp://files.example/a' }, 'The bridge', 3)).toBe('');
	});

	it('leaves one with neither to be named by its day among several, "the article" when alone', () => {
		const bare = { ...article, title: '', publisher: '', url: undefined };
		expect(sourceName(bare, 'The bridge', 296)).toBe('');
		expect(sourceName(bare, 'The bridge', 1)).toBe('the article');
	});
});

describe('hostOf', () => {
	it('gives the host of an http(s) URL without www., and nothing for any other', () => {
		expect(hostOf('http://www.example.org:8080/a?b')).toBe('example.org');
		expect(hostOf('javascript:alert(1)')).toBe('');
		expect(hostOf('not a url')).toBe('');
		expect(hostOf(undefined)).toBe('');
	});
});
