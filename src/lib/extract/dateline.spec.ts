import { describe, expect, it } from 'vitest';
import { datelineOf, datelineStamp, isDatelineLine, storyStart } from './dateline';
import { extractDataset, extractTimexes } from './index';

/** The story left once the dateline that opens `paragraph` is cut off. */
function story(paragraph: string): string {
	return paragraph.slice(datelineOf(paragraph)?.end ?? 0);
}

describe('datelineOf', () => {
	it("finds where the story starts after a wire's place, state and agency", () => {
		expect(story('WASHINGTON _ The economy grew.')).toBe('The economy grew.');
		expect(story('BUFFALO, N.Y. (AP) -- Dr. Slepian was shot.')).toBe('Dr. Slepian was shot.');
		expect(story("O'SMACH, Cambodia (AP)_ The top commander fled.")).toBe(
			'The top commander fled.'
		);
		expect(story('Mexico City (Reuters) - The peso fell.')).toBe('The peso fell.');
		expect(story('  CINCINNATI — The river rose.')).toBe('The river rose.');
		expect(story('DUBAI, Oct 21 (Reuters) - Oil rose.')).toBe('Oil rose.');
		expect(datelineOf('BRUSSELS (Reuters) - Leaders met.')?.place).toBe('BRUSSELS');
	});

	it('finds in a lede a dateline that gives only the day, with or without its agency', () => {
		const story = (paragraph: string) => paragraph.slice(datelineOf(paragraph, true)?.end ?? 0);
		expect(story('June 3 - Harland Steel said it would close a mill.')).toBe(
			'Harland Steel said it would close a mill.'
		);
		expect(story('Nov. 18 (Reuters) - Oil rose.')).toBe('Oil rose.');
		expect(story('Sept 9 (AP) -- The ferry sank.')).toBe('The ferry sank.');
		expect(story('12 April (Reuters) - Talks ended.')).toBe('Talks ended.');
		// A day in the story's own words, or a range, is no dateline.
		expect(datelineOf('June 3 - 5 are the festival days.', true)).toBeNull();
		expect(datelineOf('June 3 was the hottest day.', true)).toBeNull();
		// Further down, "April 22 - The rig sinks" is a chronology's entry.
		expect(datelineOf('June 3 - Harland Steel said it would close a mill.')).toBeNull();
	});

	it('reads no dateline into a sentence that opens on a capital, a dash or an acronym', () => {
		for (const sentence of [
			'The river crested Tuesday - a record: 60 feet.',
			'NATO said on Monday - a day late - it would go.',
			'US troops - 500 of them - left.',
			'BP CEO Tony Hayward said the leak would stop.',
			'By the end of June, the well was capped.',
			'By Friday, crews had left.',
			'The World Health Organization (WHO) raised its alert level.',
			'The Associated Press (AP) reported it first.'
		])
			expect(datelineOf(sentence)).toBeNull();
	});

	it('reads no byline into a sentence that opens on "By" and a time', () => {
		for (const sentence of [
			'By Friday the rebels had taken the city.',
			'By March the company had sold its stake.',
			'By Monday Reuters had learned of the plan.'
		])
			expect(datelineOf(sentence, true)).toBeNull();
	});

	it('reads a byline of names a time could be, on a line of its own', () => {
		expect(datelineOf('By May Lee')?.byline).toBe('May Lee');
	});

	it("keeps a byline's names, its affiliation and a wire's agency", () => {
		expect(datelineOf('By JANE DOE, Associated Press The mayor resigned.')).toMatchObject({
			byline: 'JANE DOE',
			affiliation: 'Associated Press'
		});
		expect(datelineOf('By Jane Doe, The Daily Planet')?.affiliation).toBe('The Daily Planet');
		expect(datelineOf('BRUSSELS (Reuters) - Leaders met.')?.agency).toBe('Reuters');
		expect(datelineOf('Washington (CNN) -- Leaders met.')?.agency).toBe('CNN');
	});

	it('reads a headline, place, stamp and wire dateline glued on one line, all at once', () => {
		const line =
			'Oil spill grows LONDON | Tue Apr 27, 2010 4:08 am EDT LONDON (Reuters) - BP said it would drill.';
		const dateline = datelineOf(line);
		expect(dateline?.place).toBe('LONDON');
		expect(dateline?.stamp?.text).toBe('Tue Apr 27, 2010 4:08 am EDT');
		expect(line.slice(dateline?.stamp?.start)).toMatch(/^Tue Apr 27/);
		expect(line.slice(dateline?.end)).toBe('BP said it would drill.');
	});

	it('reads a state, a country or the day after the place of a piped stamp', () => {
		expect(
			story(
				'KUALA LUMPUR, April 27 | Mon Apr 27, 2009 4:19 am BST KUALA LUMPUR, April 27 (Reuters) - It fell.'
			)
		).toBe('It fell.');
		expect(
			story(
				'ORLANDO, Florida | Fri May 1, 2009 12:09 am BST ORLANDO, Florida (Reuters) - Disney shut.'
			)
		).toBe('Disney shut.');
		expect(
			story('KUALA LUMPUR, | Mon Apr 27, 2009 4:19 am BST KUALA LUMPUR (Reuters) - It fell.')
		).toBe('It fell.');
	});

	it('reads a timestamp and a byline before the lede', () => {
		expect(story('Wednesday, May 5, 2010; 12:54 PM By Jane Doe The well leaked.')).toBe(
			'The well leaked.'
		);
		expect(story('Tuesday 28 April 2009 18.17 BST Flu spread.')).toBe('Flu spread.');
		// A page's stamp of its last update, glued to the story when the page was flattened.
		expect(story('3 March 2011 Last updated at 14:02 GMT The ferry sank.')).toBe('The ferry sank.');
		expect(story('By JANE DOE, Associated Press The mayor resigned.')).toBe('The mayor resigned.');
	});

	it('stays linear on a long capitalised opening that is no dateline', () => {
		const long = 'ABC '.repeat(50_000);
		expect(datelineOf(long)).toBeNull();
	});
});

describe('isDatelineLine', () => {
	it('is true of a line that holds nothing but a dateline, a stamp or a byline', () => {
		expect(isDatelineLine('BRUSSELS (Reuters) -')).toBe(true);
		expect(isDatelineLine('Fri Oct 21, 2011 7:47am EDT')).toBe(true);
		expect(isDatelineLine('By Niu Shuping and Ken Wills')).toBe(true);
		expect(isDatelineLine('BRUSSELS (Reuters) - Leaders met.')).toBe(false);
		expect(isDatelineLine('')).toBe(false);
	});
});

describe('datelineStamp', () => {
	it("finds the publication stamp on a line of its own among the first lines: 'Fri Oct 21, 2011 7:47am EDT'", () => {
		const text =
			'Libya declares liberation\nFri Oct 21, 2011 7:47am EDT\n\nTRIPOLI (Reuters) - It ended.';
		const stamp = datelineStamp(text);
		expect(stamp?.text).toBe('Fri Oct 21, 2011 7:47am EDT');
		expect(text.slice(stamp?.start, (stamp?.start ?? 0) + (stamp?.text.length ?? 0))).toBe(
			stamp?.text
		);
	});

	it("reads a page's stamp of its last update as its publication date, and no happening", () => {
		const text = '3 March 2011 Last updated at 14:02 GMT The ferry sank near the harbour.';
		expect(datelineStamp(text)?.text).toBe('3 March 2011 Last updated at 14:02 GMT');
		expect(extractDataset({ text }, { published: '2011-03-03' }).events).toEqual([]);
	});

	it('reads no stamp from a story that only names a date, nor from past its first lines', () => {
		expect(datelineStamp('The council met on Oct 21, 2011 and voted.')).toBeNull();
		expect(datelineStamp('a\nb\nc\nd\ne\nFri Oct 21, 2011 7:47am EDT')).toBeNull();
	});
});

describe('the date of a dateline', () => {
	it('is a time expression, but no happening: the story keeps its own dates', () => {
		const text =
			'LONDON | Tue Apr 27, 2010 4:08 am EDT LONDON (Reuters) - BP said on Monday it would drill.\n\nBRUSSELS, April 26 (Reuters) - Leaders met on Sunday.';
		expect(extractTimexes(text, '2010-04-27').map((t) => t.text)).toEqual([
			'Tue Apr 27, 2010 4:08 am EDT',
			'Monday',
			'April 26',
			'Sunday'
		]);
		const dataset = extractDataset({ text }, { published: '2010-04-27' });
		expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
			['2010-04-25', 'Leaders met'],
			// An organisation's "it" is the organisation (compromise knows "BP" as one).
			['2010-04-26', 'BP would drill']
		]);
	});
});

describe('storyStart', () => {
	it('is past the dateline and the spaces after it, or 0 without one', () => {
		const paragraph = 'GENEVA (Reuters) -   Talks stalled.';
		expect(paragraph.slice(storyStart(paragraph))).toBe('Talks stalled.');
		expect(storyStart('Talks stalled on Monday.')).toBe(0);
	});
});
