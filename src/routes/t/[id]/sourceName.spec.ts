import { describe, expect, it } from 'vitest';
import { hostOf, sourceName } from './sourceName';

const day = (published: string) => `day ${published}`;
const article = {
	title: 'Bridge opens',
	publisher: 'Harbour Gazette',
	url: 'https://www.harbour.example/news/1',
	published: '2024-01-08'
};

describe('sourceName', () => {
	it('names an article by its title, its publisher after it', () => {
		expect(sourceName(article, 'The bridge', 3, day)).toEqual({
			name: 'Bridge opens',
			titled: true,
			publisher: 'Harbour Gazette',
			dated: false
		});
	});

	it('names an untitled article, or one titled as the page, by its publisher', () => {
		for (const title of ['', '  ', 'The bridge'])
			expect(sourceName({ ...article, title }, 'The bridge', 3, day)).toMatchObject({
				name: 'Harbour Gazette',
				titled: false,
				publisher: ''
			});
	});

	it('names one without a publisher by its http(s) address’s host, never another scheme’s', () => {
		const bare = { ...article, title: '', publisher: '' };
		expect(sourceName(bare, 'The bridge', 3, day).name).toBe('harbour.example');
		const ftp = { ...bare, url: 'ftp://files.example/a' };
		expect(sourceName(ftp, 'The bridge', 3, day).name).not.toContain('files.example');
	});

	it('names one with neither by its day among several articles, "the article" when it is the only one', () => {
		const bare = { ...article, title: '', publisher: '', url: undefined };
		expect(sourceName(bare, 'The bridge', 296, day)).toEqual({
			name: 'an article of day 2024-01-08',
			titled: false,
			publisher: '',
			dated: true
		});
		expect(sourceName(bare, 'The bridge', 1, day)).toMatchObject({
			name: 'the article',
			dated: false
		});
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
