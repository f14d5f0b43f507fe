import { expect } from 'vitest';
import { extractTimexes } from '../index';
import { draftAfter, draftTitle } from './index';
import { render } from './draft';

/**
 * The title of the date `expression` in `sentence`, after the sentences `before` it, with the
 * other dates the extractor finds in the sentence, as the event builder passes them.
 */
export function title(sentence: string, expression: string, before: string[] = []): string {
	const start = sentence.indexOf(expression);
	expect(start).toBeGreaterThanOrEqual(0);
	const end = start + expression.length;
	const others = extractTimexes(sentence, '2024-03-14').filter(
		(t) => t.end <= start || t.start >= end
	);
	return draftTitle(sentence, start, end, before, others);
}

/** What is kept once the steps up to `step` have run, as text. */
export function after(step: string, sentence: string, expression: string): string {
	const start = sentence.indexOf(expression);
	expect(start).toBeGreaterThanOrEqual(0);
	return render(draftAfter(sentence, start, start + expression.length, step));
}
