import { expect } from 'vitest';
import { draftAfter, draftTitle } from './index';
import { render } from './draft';

/** The title of the date `expression` in `sentence`, after the sentences `before` it. */
export function title(sentence: string, expression: string, before: string[] = []): string {
	const start = sentence.indexOf(expression);
	expect(start).toBeGreaterThanOrEqual(0);
	return draftTitle(sentence, start, start + expression.length, before);
}

/** What is kept once the steps up to `step` have run, as text. */
export function after(step: string, sentence: string, expression: string): string {
	const start = sentence.indexOf(expression);
	expect(start).toBeGreaterThanOrEqual(0);
	return render(draftAfter(sentence, start, start + expression.length, step));
}
