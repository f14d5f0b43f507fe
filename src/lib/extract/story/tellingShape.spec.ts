import { describe, expect, it } from 'vitest';
import { furnitureOf } from './tellingShape';

describe('furnitureOf', () => {
	it('reads a sentence of news as news, whatever its tense or its date', () => {
		for (const news of [
			'The council closed the ferry on Monday after a storm damaged the pier.',
			'The ferry will reopen on March 10, the operator said.',
			'Ferries have run across the bay since June 4, 1998.',
			'Crews are repairing the pier, which was damaged on March 3, 2025.',
			'“We will reopen the ferry as soon as the pier is safe,” the mayor said on Tuesday.',
			'The mayor told reporters on Tuesday that “my office will pay for the repairs.”',
			// A quotation begun in the sentence before, and a numeral after a name.
			'We will reopen on Friday," the operator said on Tuesday.',
			'The harbour saw its worst damage since World War I, officials said on Monday.'
		])
			expect(furnitureOf(news), news).toBeNull();
	});

	it('reads a writer speaking as I or we, outside quotation marks, as a letter or a comment', () => {
		expect(
			furnitureOf('I waited for the ferry on Monday for an hour and no one told us why.')
		).toBe('first person');
		expect(
			furnitureOf('Since the storm on Monday, we have had no way to reach the mainland.')
		).toBe('first person');
		expect(furnitureOf('On Monday my daughter missed her exam because of the ferry.')).toBe(
			'first person'
		);
	});

	it('reads a present-tense sentence that closes on a full date as a photo caption', () => {
		expect(furnitureOf('A girl waits at the closed ferry pier in Harbourtown March 3, 2025.')).toBe(
			'caption'
		);
		expect(furnitureOf('Workers inspect the damaged pier 3 March 2025')).toBe('caption');
		// The same words in the past, as a report tells them, are news.
		expect(
			furnitureOf('A girl waited at the closed ferry pier in Harbourtown on March 3, 2025.')
		).toBeNull();
	});

	it('reads a sentence pointing at its picture as a photo caption, whatever its tense', () => {
		expect(
			furnitureOf('FILE - In this March 3, 2025 file photo, a girl waits at the closed ferry pier.')
		).toBe('caption');
		expect(
			furnitureOf('In this photo taken on Monday, crews inspected the damaged pier in Harbourtown.')
		).toBe('caption');
		// A report that mentions a photograph, or a file, is news.
		expect(
			furnitureOf('The operator released a photo of the damaged pier on Monday, after the storm.')
		).toBeNull();
		expect(
			furnitureOf('Profiles of the crew were on file at the port, officials said.')
		).toBeNull();
	});

	it('reads the controls of a comment page as a stamp', () => {
		expect(furnitureOf('Posted by harbourfan on March 3, 2025 | Report abuse')).toBe('stamp');
		expect(furnitureOf('March 3, 2025 5:12 PM | Recommend | Report abuse')).toBe('stamp');
	});

	it("reads a newspaper's note on where the article was printed or when it was mended as a note", () => {
		expect(
			furnitureOf(
				'A version appeared on p12 of the News section of the Harbourtown Herald on Tuesday 4 March 2025.'
			)
		).toBe('note');
		expect(
			furnitureOf('A version of this article appears in print on March 4, 2025, on Page A1.')
		).toBe('note');
		expect(
			furnitureOf('This story appeared on Page 3 of the Harbourtown Herald on March 4, 2025.')
		).toBe('note');
		expect(
			furnitureOf('This article was amended on 5 March 2025 to correct the pier’s name.')
		).toBe('note');
		// A report of a printed or amended text that is not the article itself is news.
		expect(
			furnitureOf('A version of the ferry bill appeared in the Senate on Monday, officials said.')
		).toBeNull();
		expect(furnitureOf('The council amended the ferry timetable on 5 March 2025.')).toBeNull();
	});

	it('takes hostile text as words', () => {
		expect(furnitureOf('<script>alert(1)</script> | Report abuse')).toBe('stamp');
		expect(furnitureOf('')).toBeNull();
	});
});
