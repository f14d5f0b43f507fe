import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleHeadline, firstLine, paragraphs, sentences, spanFrom } from './sentences';

describe('sentences', () => {
	it('does not end a sentence at U.S., Oct. or initials', () => {
		const text = 'The U.S. strike on Oct. 7 hit J. Smith. He said so.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'The U.S. strike on Oct. 7 hit J. Smith.',
			'He said so.'
		]);
	});

	it('ends a sentence after a decade or a year', () => {
		expect(sentences('It changed in the 2010s. Then it grew.').map((s) => s.text)).toEqual([
			'It changed in the 2010s.',
			'Then it grew.'
		]);
	});

	it('keeps spans that are exact slices of the text, no-break spaces trimmed at the ends', () => {
		const text = 'First line.\u00a0\n\n  Second\u00a0one "quoted." Third.';
		for (const span of [...sentences(text), ...paragraphs(text)])
			expect(text.slice(span.start, span.end)).toBe(span.text);
		expect(sentences(text).map((s) => s.text)).toEqual([
			'First line.',
			'Second\u00a0one "quoted."',
			'Third.'
		]);
	});

	it("starts a sentence at wire copy's opening quote, two backticks", () => {
		expect(
			sentences("He formed the task force on Tuesday. ``It is dangerous,'' she said.").map(
				(s) => s.text
			)
		).toEqual(['He formed the task force on Tuesday.', "``It is dangerous,'' she said."]);
	});
});

describe('articleHeadline', () => {
	it('takes a short first line without a full stop as the headline', () => {
		expect(articleHeadline('Flooding forces thousands from homes\n\nBody.')).toBe(
			'Flooding forces thousands from homes'
		);
		expect(articleHeadline('# Council approves budget\n\nBody.')).toBe('Council approves budget');
	});

	it('takes no headline from a text that starts on its lede', () => {
		const lede =
			'StatesWest Airlines said it withdrew its offer because the carrier did not respond by yesterday.';
		expect(articleHeadline(lede)).toBe('');
		expect(
			articleHeadline('BUFFALO, N.Y. (AP) --\n\nDr. Barnett Slepian was shot last fall.')
		).toBe('');
	});
});

describe('sentences of a wire story', () => {
	it('never ends a sentence at the state of a dateline: "SPRINGFIELD, Ill. (AP) —"', () => {
		const text = 'SPRINGFIELD, Ill. (AP) — Two men were charged Monday. No one was hurt.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'SPRINGFIELD, Ill. (AP) — Two men were charged Monday.',
			'No one was hurt.'
		]);
	});
});

describe('firstLine', () => {
	it('reads the first non-blank line, trimmed, as the one regular expression it replaces did', () => {
		// The pattern it replaced, quadratic in a long run of spaces: the oracle on short text.
		const before = (text: string) => /^[ \t\u00a0]*(\S[^\n]*?)[ \t\u00a0]*$/m.exec(text)?.[1] ?? '';
		const text = fc.string({
			unit: fc.constantFrom('a', 'B', ' ', '\t', '\u00a0', '\n', '\r', '\u2028', '\u2003', '.'),
			maxLength: 24
		});
		fc.assert(
			fc.property(text, (t) => {
				expect(firstLine(t)).toBe(before(t));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('sentences, with abbreviations read from the language layer', () => {
	it('ends a sentence after "401(k)s." and "401 (k) s.", not after "Calif." or "Gen."', () => {
		const text =
			'Many savers borrow from their 401 (k) s. The rules changed in 2019. Gen. Lee moved to Fresno, Calif. He met Sen. Ruiz.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'Many savers borrow from their 401 (k) s.',
			'The rules changed in 2019.',
			'Gen. Lee moved to Fresno, Calif. He met Sen. Ruiz.'
		]);
	});

	it('ends no sentence after a title before a name that only compromise knows ("Adm.", "Cmdr.")', () => {
		const text =
			'The harbour reopened, Port Authority Rear Adm. Jo Pike said. The ferry captain, Cmdr. Ola Berg, told crews on Monday. It was late.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'The harbour reopened, Port Authority Rear Adm. Jo Pike said.',
			'The ferry captain, Cmdr. Ola Berg, told crews on Monday.',
			'It was late.'
		]);
	});
});

describe('sentences of a copy put one a line', () => {
	it('reads a line that opens on a comma or a word in lower case as the line before going on', () => {
		const text =
			'The bill was backed by Rep. Ann Lee (D-Mass.)\n, who chairs the panel.\nIn one exchange, Sen. Tom Ruiz (R-Ohio)\npressed the company on its plans.';
		expect(sentences(text).map((s) => s.text.replace(/\n/g, ' '))).toEqual([
			'The bill was backed by Rep. Ann Lee (D-Mass.) , who chairs the panel.',
			'In one exchange, Sen. Tom Ruiz (R-Ohio) pressed the company on its plans.'
		]);
	});

	it('ends no sentence inside a bracket a ticker symbol left open across the line', () => {
		const text = 'Shares of Acme Corp (ACME.\nN) rose on Friday.\nThey had fallen in May.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'Shares of Acme Corp (ACME.\nN) rose on Friday.',
			'They had fallen in May.'
		]);
	});

	it('keeps a blank line a paragraph break, and a bracketed sentence its own', () => {
		const text =
			'It fell.\n\nlower case is a paragraph here. He said (as he often does.) Then he left.';
		expect(sentences(text).map((s) => s.text)).toEqual([
			'It fell.',
			'lower case is a paragraph here.',
			'He said (as he often does.)',
			'Then he left.'
		]);
	});
});

describe('spanFrom', () => {
	const text = 'Hi there.';
	const span = { start: 0, end: 9, text };

	it('cuts a span at an offset inside it, its text still the source text there', () => {
		expect(spanFrom(text, span, 3)).toEqual({ start: 3, end: 9, text: 'there.' });
	});

	it('leaves a span whole for an offset at or outside its ends', () => {
		expect(spanFrom(text, span, 0)).toBe(span);
		expect(spanFrom(text, span, 9)).toBe(span);
	});
});
