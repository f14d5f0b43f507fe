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

	it('keeps no closing bracket whose opening one it left out', () => {
		expect(title('(Acme) confirmed on Monday that its new test was approved.', 'Monday')).toBe(
			'Acme confirmed that its new test was approved'
		);
	});

	it('ends before a bracket it opens and does not close', () => {
		const cut = makeDraft('The ferry leaves at 9 a.m. EST (1400 GMT) from the pier.', 0, 0);
		cut.to = cut.words.findIndex((w) => w.text === 'GMT');
		ends.run(cut);
		expect(render(cut)).toBe('ferry leaves at 9 a.m. EST');
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

	it('leaves no verb form, "how" or number that led on to what was cut', () => {
		const cutAt = (sentence: string, word: string) => {
			const draft = makeDraft(sentence, 3, 7);
			draft.to = draft.words.findIndex((w) => w.text === word);
			draft.cut = true;
			ends.run(draft);
			return render(draft);
		};
		expect(cutAt('In 2009 the firm was fined $8m for failing to fix its pipes.', 'to')).toBe(
			'In 2009 the firm was fined $8m'
		);
		expect(cutAt('In 2009 the city began a campaign on how to stop the flu.', 'to')).toBe(
			'In 2009 the city began a campaign'
		);
		expect(
			cutAt('In 2009 the board issued a forecast showing a 60 to 70 percent chance.', 'to')
		).toBe('In 2009 the board issued a forecast');
		expect(cutAt('In 2009 the shares fell 59 percent in a day.', 'percent')).toBe(
			'In 2009 the shares fell'
		);
		expect(cutAt('In 2009 the rate will rise slightly from its low.', 'from')).toBe(
			'In 2009 the rate will rise slightly'
		);
		// Going back would reach the verb: the cut stays.
		expect(cutAt('In 2009 the firm vowed to pay all fair and proper claims.', 'claims')).toBe(
			'In 2009 the firm vowed to pay all fair and proper'
		);
		expect(
			cutAt('In 2009 the remote-controlled robots were attempting to seal the leak.', 'to')
		).toBe('In 2009 the remote-controlled robots were attempting');
		expect(cutAt('In 2009 the firm was to blame for the spill.', 'for')).toBe(
			'In 2009 the firm was to blame'
		);
	});
});

describe('what a title leaves at the end: a lost phrase after a comma', () => {
	const tail = (sentence: string, last: string) => {
		const draft = makeDraft(sentence, 0, 0);
		draft.to = draft.words.findIndex((w) => w.text === last);
		ends.run(draft);
		return render(draft);
	};

	it('ends before a comma followed by one or two words without a verb', () => {
		expect(tail('The ferry sank, two days after the storm.', 'after')).toBe('ferry sank');
		expect(tail('The dam killed 40 villagers, they said.', 'said')).toBe('dam killed 40 villagers');
	});

	it('keeps a name or an apposition after the comma', () => {
		expect(tail('The president flew to Paris, France on Monday.', 'on')).toBe(
			'president flew to Paris, France'
		);
		expect(tail('The former ruler, a fugitive since May.', 'since')).toBe(
			'former ruler, a fugitive'
		);
	});
});
