import { describe, expect, it } from 'vitest';
import { bodyStart } from './articleBody';

const header = [
	'Council votes to close the harbour bridge after inspectors find cracks',
	'The vote ends a decade of repairs, the mayor said, "and starts the work of a new bridge."',
	'Published: March 4, 2024 9:12am',
	'Updated: March 4, 2024 9:40am'
].join('\n\n');
const body = 'The city council voted on Friday to close the harbour bridge.';

describe('bodyStart', () => {
	it('begins the body after the publication lines that close a page’s header', () => {
		const text = `${header}\n\n${body}`;
		expect(text.slice(bodyStart(text))).toBe(body);
	});

	it('takes a text with no header line as all body', () => {
		expect(bodyStart(body)).toBe(0);
		expect(bodyStart(`BRUSSELS (Reuters) - ${body}`)).toBe(0);
	});

	it('begins after a byline on its own line', () => {
		const text = `Bridge to close\n\nBy Jane Doe\n\n${body}`;
		expect(text.slice(bodyStart(text))).toBe(body);
	});

	it('ignores a stamp deep in the article: a header is near the start', () => {
		const long = `${body} `.repeat(30);
		const text = `${long}\n\nUpdated: March 5, 2024\n\nMore news.`;
		expect(bodyStart(text)).toBe(0);
	});
});
