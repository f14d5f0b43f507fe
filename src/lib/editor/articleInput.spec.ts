import { describe, expect, it } from 'vitest';
import { NoArticleText } from '$lib/extract/htmlArticle';
import { aboutFile, fileArticle, messageOf, pastedArticle } from './articleInput';
import { DraftError } from './draft';

describe('articleInput', () => {
	it('takes pasted plain text as the article, byte for byte', async () => {
		const text = '  Council votes <b>not</b> a page\n\nOn Friday the council voted.  ';
		expect(await pastedArticle(text)).toEqual({ text });
	});

	it('refuses a file that holds no text, as the importers do', async () => {
		await expect(
			fileArticle({ kind: 'article', article: { text: ' \n ' }, notices: [] })
		).rejects.toThrow(NoArticleText);
		expect(await fileArticle({ kind: 'article', article: { text: 'News.' }, notices: [] })).toEqual(
			{
				text: 'News.'
			}
		);
	});

	it('names the file once in a refusal about it', () => {
		expect(aboutFile('a.txt', 'this file holds no text to read.')).toBe(
			'a.txt: this file holds no text to read.'
		);
		expect(aboutFile('a.txt', 'a.txt: line 3: not JSON')).toBe('a.txt: line 3: not JSON');
	});

	it('says the editor’s own refusals in their words, anything else as going wrong', () => {
		expect(messageOf(new DraftError('The title is empty.'))).toBe('The title is empty.');
		expect(messageOf(new TypeError('x is undefined'))).toBe('Something went wrong: x is undefined');
	});
});
