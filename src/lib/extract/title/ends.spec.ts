import { describe, expect, it } from 'vitest';
import { makeDraft, render } from './draft';
import { ends } from './ends';
import { title } from './testing';

describe('what a title leaves out: the first and last words', () => {
	it('opens on no "that" of reported words', () => {
		expect(
			title(
				'Forecasters have warned that changing winds could drive the slick ashore on Friday.',
				'Friday'
			)
		).toBe('Changing winds could drive the slick ashore');
	});

	it('opens on no bullet of a list', () => {
		for (const bullet of ['*', '\\*', '•'])
			expect(title(`${bullet} The 1918 pandemic struck young adults.`, '1918')).toBe(
				'Pandemic struck young adults'
			);
	});
});

describe('what a cut leaves at the end', () => {
	it('leaves no adjective whose noun was cut away ("… drilling in the central")', () => {
		const sentence = 'In 2007 the agency studied drilling in the central Gulf of Mexico.';
		const draft = makeDraft(sentence, 3, 7);
		draft.to = draft.words.findIndex((w) => w.text === 'Gulf');
		draft.cut = true;
		ends.run(draft);
		expect(render(draft)).toBe('In 2007 the agency studied drilling');
	});

	it('keeps an adjective the title was not cut after', () => {
		const draft = makeDraft('Prices were the highest on record in 2007.', 35, 39);
		draft.to = draft.words.findIndex((w) => w.text === 'on');
		ends.run(draft);
		expect(render(draft)).toBe('Prices were the highest');
	});
});
