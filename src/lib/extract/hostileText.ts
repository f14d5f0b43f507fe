/**
 * Text shaped to make an extractor slow: one short unit repeated to any length, as tables,
 * schedules and data pasted into the editor are ("2024-01-01/2024-01-02/…" with no space or line
 * break, "10:19am 10:19am …", a paragraph of quoted days). A rule that scans from each match to
 * the end of its line, word or quotation is quadratic in such text; the property test
 * (`linear.spec.ts`) and `npm run fuzz` time the extractor on them. Test-only: nothing in the app
 * imports it.
 */
import fc from 'fast-check';

/**
 * Named shapes: those that were slow (from issue 17, then found by profiling) and the pieces
 * every extractor, refiner, the sentence splitter and the event builder read.
 */
export const SHAPES: Record<string, string> = {
	'ISO intervals, no spaces': '2024-01-01/',
	'dotted numbers': '1.2.',
	'slashed numbers': '1/2/',
	'clock-like numbers': '1:2:',
	'year ranges, no spaces': '2019-2020-',
	'dates, no spaces': 'Jan.1,2024,',
	'clock times': '10:19am ',
	'month and day': 'May 5 ',
	'month and day per line': 'May 5\n',
	'clock times per line': '6 a.m.\n',
	weekdays: 'Friday ',
	'last week': 'last week ',
	years: '2024 ',
	decades: 'the 1990s ',
	'days ago': '3 days ago ',
	quarters: 'Q2 2024 ',
	'business halves': 'H1 2024 ',
	sentences: 'He said Friday. ',
	'weekday lists': 'Monday, ',
	paragraphs: 'said Monday.\n\n',
	'since a year': 'since 2019 ',
	'month ranges': 'from May to June ',
	'year ranges': 'between 2019 and 2021 ',
	'counted days': 'two days ',
	possessives: "Friday's ",
	'dates in brackets': '(May 5) ',
	'quoted days': '"today," she said Monday. ',
	'quotations never closed': '"today ',
	'curly quotations never closed': '“yesterday ',
	'coordinated days': 'April 24 and 25 ',
	'full dates and times': 'On Monday, Oct. 26, 1998 at 10:35 a.m. the ',
	'no-break spaces': 'May\u00a05\u00a0',
	dashes: 'May 5 — ',
	semicolons: 'Friday; ',
	datelines: 'WASHINGTON (AP) -- ',
	'capitalised words': 'Prime Minister John ',
	'anaphoric days': 'earlier that day ',
	holidays: 'Easter week ',
	seasons: 'summer 2021 ',
	'a news paragraph':
		'The council met Friday, Oct. 7, 2023 at 10 a.m. and said it would meet again next week. ',
	'one long word': 'a',
	'only spaces': ' ',
	'markup-like': '<p>&amp; ',
	'a month and its day a page apart': `May${' '.repeat(5000)}5 `,
	'a publication line with a run of tabs': `Published: Jan. 8, 2024${'\t'.repeat(5000)}x\n`,
	'a word and a run of spaces': `Friday${' '.repeat(5000)}`,
	'a run of no-break spaces between dates': `Oct. 7, 2023${'\u00a0'.repeat(3000)}`,
	'relative clauses': ', which had been expected by February, '
};

/** Every named shape a few times over: extracted first, so no timed shape pays for warming up. */
export const WARM_UP = Object.values(SHAPES)
	.map((unit) => unit.repeat(4))
	.join('\n');

// Pieces random shapes are made of: dates and times of every kind, words the rules look for
// (verbs of tense, attribution, prepositions), punctuation, quotes, spaces and line breaks.
const PIECES = [
	'2024',
	'2024-01-08',
	'01/08/2024',
	'1/2',
	'10:19',
	'am',
	'p.m.',
	'Jan.',
	'January',
	'8,',
	'Friday',
	'today',
	'yesterday',
	'last',
	'next',
	'week',
	'month',
	'year',
	'ago',
	'since',
	'until',
	'between',
	'and',
	'from',
	'to',
	'Q3',
	'H1',
	'FY2023',
	'spring',
	'Easter',
	'1990s',
	'the',
	'said',
	'will',
	'was',
	'which',
	'Mr.',
	'U.S.',
	'(AP)',
	'--',
	'—',
	'.',
	',',
	';',
	':',
	'-',
	'/',
	'"',
	'“',
	'”',
	"'",
	'’',
	'(',
	')',
	'$',
	'%',
	' ',
	'\u00a0',
	'\n',
	'\n\n',
	'\t',
	'🎉'
];

/** A shape: a unit of text to repeat, named for the report. */
export interface Shape {
	name: string;
	unit: string;
}

/**
 * Any named shape, or a unit of one to eight pieces with or without spaces between them; the
 * space between pieces may be a long run (a rule that rescans a run of spaces from each of its
 * characters is quadratic in the run, not in the text).
 */
export const shapeArbitrary: fc.Arbitrary<Shape> = fc.oneof(
	fc.constantFrom(...Object.entries(SHAPES)).map(([name, unit]) => ({ name, unit })),
	fc
		.tuple(
			fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ minLength: 1, maxLength: 4 })), {
				minLength: 1,
				maxLength: 8
			}),
			fc.constantFrom(' ', '', '\n', '\u00a0', ', ', '\t', ','),
			fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 5000 }))
		)
		.map(([pieces, joiner, run]) => {
			const unit = pieces.join(joiner.repeat(run)) + joiner;
			const name =
				run > 1
					? `${JSON.stringify(pieces)} joined by ${run} × ${JSON.stringify(joiner)}`
					: JSON.stringify(unit);
			return { name, unit: unit || ' ' };
		})
);

/**
 * `unit` repeated to exactly `size` UTF-16 units, cut so that no surrogate pair is split.
 *
 * @example
 * repeatTo('May 5 ', 100_000).length; // 100000
 */
export function repeatTo(unit: string, size: number): string {
	let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
	if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1) + ' ';
	return text;
}
