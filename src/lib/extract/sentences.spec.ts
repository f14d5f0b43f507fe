import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from './sentences';

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
});
