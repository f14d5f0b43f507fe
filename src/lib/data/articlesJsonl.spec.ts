import { describe, expect, it } from 'vitest';
import { readArticlesJsonl } from './articlesJsonl';
import { problemsOf } from './testing';

const line = (value: unknown) => JSON.stringify(value);
const good = { id: 'a1', published: '2010-04-21', text: 'The rig sank on Thursday.' };

describe('readArticlesJsonl', () => {
	it('reads one article a line, in order, with the optional fields, skipping blank lines', () => {
		const full = {
			id: 'a2',
			published: '2010-04-22T10:19Z',
			text: 'Oil reached the coast.',
			title: 'Oil reaches coast',
			url: 'https://example.com/a2',
			publisher: 'Wire',
			author: 'A. Writer'
		};
		const text = [line(good), '', line(full), ''].join('\r\n');
		expect(readArticlesJsonl(text)).toEqual([good, full]);
	});

	it('refuses a file with bad lines, naming each line and what is wrong, and reads none of it', () => {
		const text = [
			line(good),
			'{"id": "a2", "published": "2010-04-22", "text": }',
			line({ id: 'a3', text: 'x' }),
			line({ id: 'a4', published: '2010-02-30', text: 'x' }),
			line({ id: 'a5', published: 'last week', text: 'x' }),
			line({ id: 5, published: '2010-04-22', text: ['x'] }),
			line(['a list']),
			line({ id: 'a8', published: '2010-04-22', text: '  ' }),
			line({ id: 'a9', published: '2010-04-22', text: 'x', url: 'javascript:alert(1)' }),
			line({ id: 'a10', published: '2010-04-22', text: 'x', titel: 'typo' })
		].join('\n');
		expect(problemsOf(() => readArticlesJsonl(text, 'story.jsonl'))).toEqual([
			'line 2, column 49: not JSON: expected a JSON value (object, array, string, number, true, false or null)',
			'line 3: "published" is missing',
			'line 4: "published" is not on the calendar (February 2010 has 28 days)',
			'line 5: "published" should be a day, e.g. 2010-04-21 or 2010-04-21T10:19, found "last week"',
			'line 6: "id" should be a string, found the number 5; "text" should be a string, found a list',
			'line 7: expected an object with "id", "published" and "text", found a list',
			'line 8: "text" is empty',
			'line 9: "url" should be an http(s) link, found "javascript:alert(1)"',
			'line 10: unknown field "titel" (expected id, published, text, title, url, publisher, author)'
		]);
	});

	it('refuses a file without a single article', () => {
		expect(problemsOf(() => readArticlesJsonl('\n\n'))).toEqual([
			'holds no article (one JSON object a line)'
		]);
	});

	it('keeps hostile text as text, byte for byte', () => {
		const hostile = {
			id: 'x',
			published: '2010-04-21',
			title: '<img src=x onerror=alert(1)>',
			text: '<script>alert("x")</script>\u0000\u202e\ud83d\ude00 on Monday'
		};
		expect(readArticlesJsonl(line(hostile))).toEqual([hostile]);
	});
});
