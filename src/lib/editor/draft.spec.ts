import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetArbitrary } from '$lib/data/arbitraries';
import { datasetProblems, validateDataset } from '$lib/data/schema';
import {
	DraftError,
	addEventFromSelection,
	addQuote,
	confirmDate,
	deleteEvent,
	editDataset,
	editSource,
	forExport,
	awaitsDate,
	headlineOf,
	NO_DATE_EXPORTED,
	NO_DATE_FOUND,
	mergeEvents,
	precisionOf,
	redate,
	removeQuote,
	readPublished,
	retitle,
	suggestedNote,
	unconfirmedExpression
} from './draft';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);
const frozen = structuredClone(seed);
const [first, second] = seed.events;
const source = seed.sources[0];

describe('draft operations', () => {
	it('retitle changes only the title of the named event, and never its input', () => {
		const next = retitle(seed, first.id, '  ISIS   seizes Mosul ');
		expect(next.events[0]).toEqual({ ...first, title: 'ISIS seizes Mosul' });
		expect(next.events.slice(1)).toEqual(seed.events.slice(1));
		expect(seed).toEqual(frozen);
		expect(() => retitle(seed, first.id, '   ')).toThrow(DraftError);
	});

	it('redate sets the EDTF date, its bounds and the precision, and refuses what is not EDTF', () => {
		const next = redate(seed, first.id, '2014-06', 'month');
		expect(next.events[0]).toMatchObject({
			date: '2014-06',
			start: '2014-06-01',
			end: '2014-06-30',
			precision: 'month',
			resolution: 'Set by an editor'
		});
		expect(datasetProblems(next)).toEqual([]);
		expect(() => redate(seed, first.id, 'June 2014', 'month')).toThrow(
			/not a date this page can read/
		);
	});

	it('precisionOf reads the precision an EDTF date states', () => {
		expect(precisionOf('2014')).toBe('year');
		expect(precisionOf('2020-01')).toBe('month');
		expect(precisionOf('2023-10-07')).toBe('day');
		expect(precisionOf('2024-01-01/2024-01-07')).toBe('week');
		expect(precisionOf('201X')).toBe('decade');
		expect(precisionOf('2023-21')).toBe('season');
	});

	it('merge keeps the first event and gains the quotes of the second, which disappears', () => {
		const next = mergeEvents(seed, first.id, second.id);
		expect(next.events).toHaveLength(seed.events.length - 1);
		const kept = next.events.find((e) => e.id === first.id);
		expect(kept?.title).toBe(first.title);
		expect(kept?.quotes).toHaveLength(first.quotes.length + second.quotes.length);
		expect(next.events.some((e) => e.id === second.id)).toBe(false);
		expect(datasetProblems(next)).toEqual([]);
		expect(() => mergeEvents(seed, first.id, first.id)).toThrow(DraftError);
	});

	it('delete removes exactly the named event', () => {
		const next = deleteEvent(seed, second.id);
		expect(next.events.map((e) => e.id)).toEqual(
			seed.events.filter((e) => e !== second).map((e) => e.id)
		);
	});

	it('a selection becomes an event quoting exactly the selected words, given no date marked as the uncertain publication day', () => {
		const start = source.text.indexOf('Al-Sudani also said');
		const end = source.text.indexOf('controls.', start) + 'controls.'.length;
		const { dataset, id } = addEventFromSelection(seed, { source: source.id, start, end });
		const added = dataset.events.find((e) => e.id === id);
		expect(added?.quotes).toEqual([
			{ source: source.id, start, end, text: source.text.slice(start, end) }
		]);
		expect(added).toMatchObject({
			date: '2024-01-08?',
			precision: 'day',
			resolution: 'No date found nearby — set one'
		});
		expect(added?.title).toBe(
			'Al-Sudani also said the "heinous" U.S. strike that killed Soleimani…'
		);
		expect(datasetProblems(dataset)).toEqual([]);
		const dated = addEventFromSelection(
			seed,
			{ source: source.id, start, end },
			{ date: '2020', precision: 'year', resolution: suggestedNote('2020') }
		);
		expect(dated.dataset.events.find((e) => e.id === dated.id)).toMatchObject({
			date: '2020',
			start: '2020-01-01',
			end: '2020-12-31',
			precision: 'year',
			resolution: "Date suggested from '2020', not yet confirmed"
		});
	});

	it('a selection added to an event becomes a further quote, once', () => {
		const start = source.text.indexOf('Soleimani');
		const next = addQuote(seed, first.id, { source: source.id, start, end: start + 9 });
		expect(next.events[0].quotes.at(-1)?.text).toBe('Soleimani');
		expect(() => addQuote(next, first.id, { source: source.id, start, end: start + 9 })).toThrow(
			/already quotes/
		);
		expect(removeQuote(next, first.id, next.events[0].quotes.length - 1)).toEqual(seed);
	});

	it('refuses an empty or blank selection', () => {
		expect(() => addEventFromSelection(seed, { source: source.id, start: 5, end: 5 })).toThrow(
			/Select some words/
		);
		const blank = source.text.indexOf('\n\n');
		expect(() =>
			addQuote(seed, first.id, { source: source.id, start: blank, end: blank + 2 })
		).toThrow(/only spaces/);
	});

	it('edits the dataset id as a slug and the source metadata, refusing a link that is not http(s)', () => {
		expect(editDataset(seed, { id: 'Iraq Exit 2024' }).id).toBe('iraq-exit-2024');
		expect(editSource(seed, source.id, { author: ' M. Hubbard ' }).sources[0].author).toBe(
			'M. Hubbard'
		);
		expect(() => editSource(seed, source.id, { url: 'javascript:alert(1)' })).toThrow(/http/);
	});

	it('a refused edit of the dataset or source details names the field it is about', () => {
		const fieldOf = (change: () => unknown) => {
			try {
				change();
			} catch (error) {
				return (error as DraftError).field;
			}
			return 'no error';
		};
		expect(fieldOf(() => editDataset(seed, { id: '!!!' }))).toBe('id');
		expect(fieldOf(() => editDataset(seed, { title: '  ' }))).toBe('title');
		expect(fieldOf(() => editSource(seed, source.id, { url: 'ftp://x.example/' }))).toBe('url');
		expect(fieldOf(() => editSource(seed, source.id, { published: 'Monday' }))).toBe('published');
	});

	it('editSource keeps a publication date with the zone the article stated', () => {
		const next = editSource(seed, source.id, { published: ' 2024-03-15T08:30+00:00 ' });
		expect(next.sources[0].published).toBe('2024-03-15T08:30+00:00');
		expect(datasetProblems(next)).toEqual([]);
	});

	it('readPublished accepts ISO 8601 as stated and refuses days that are not on the calendar', () => {
		for (const ok of [
			'2024',
			'2024-02',
			'2024-02-29',
			'2024-01-08T10:19',
			'2024-01-08T23:59:59.5Z'
		])
			expect(readPublished(` ${ok} `)).toBe(ok);
		expect(() => readPublished('')).toThrow('Enter the publication date as 2024-01-08');
		expect(() => readPublished('last Tuesday')).toThrow(
			'“last Tuesday” is not a date this page can read. Enter it as 2024-01-08'
		);
		// Each refusal gives the contract's reason, the one the dataset validator gives.
		for (const [impossible, reason] of [
			['2023-02-29', 'February 2023 has 28 days'],
			['2024-13-01', 'the month 13 is not 1-12'],
			['2024-04-31', 'April 2024 has 30 days'],
			['2024-01-08T24:00', 'the hour 24 is not 00-23'],
			['-0000-01-01', 'the year -0000 is written 0000'],
			['2024-01-08T10:19+14:30', 'the zone +14:30 is beyond ±14:00']
		])
			expect(() => readPublished(impossible)).toThrow(
				`“${impossible}” is not a date on the calendar: ${reason}. Enter it as 2024-01-08`
			);
	});

	it('headlineOf makes a short title from the first sentence', () => {
		expect(headlineOf('"Troops arrived. Then more."')).toBe('Troops arrived.');
	});

	it('headlineOf starts the draft title with a capital and never ends it on a little word', () => {
		expect(
			headlineOf('the day before the authorities issued a warning to the residents of the city')
		).toBe('The day before the authorities issued a warning…');
		expect(headlineOf('the day before authorities issued a')).toBe(
			'The day before authorities issued'
		);
		expect(headlineOf('“al-Sudani said that the forces were, ')).toBe(
			'Al-Sudani said that the forces'
		);
	});

	it('a suggested date is confirmed as it stands, saying the editor set it from the same words', () => {
		const start = source.text.indexOf("the prime minister's office said Friday");
		const { dataset, id } = addEventFromSelection(
			seed,
			{ source: source.id, start, end: start + 39 },
			{ date: '2024-01-05', precision: 'day', resolution: suggestedNote('Friday') }
		);
		const before = dataset.events.find((e) => e.id === id)!;
		expect(unconfirmedExpression(before.resolution)).toBe('Friday');
		const confirmed = confirmDate(dataset, id).events.find((e) => e.id === id)!;
		expect(confirmed).toEqual({
			...before,
			resolution: "Date confirmed by the editor from 'Friday'"
		});
		expect(unconfirmedExpression(confirmed.resolution)).toBeNull();
		// Once confirmed, or never suggested, there is nothing to confirm.
		expect(() => confirmDate(confirmDate(dataset, id), id)).toThrow(DraftError);
		expect(() => confirmDate(seed, first.id)).toThrow('no suggested date to confirm');
	});

	it('an export says an unconfirmed suggestion is not yet confirmed, and never tells its reader to check it', () => {
		const start = source.text.indexOf('Additionally, al-Sudani said');
		const selection = { source: source.id, start, end: start + 28 };
		// A draft kept in the browser before dates could be confirmed has the old wording.
		const legacy = addEventFromSelection(seed, selection, {
			date: '2024-01-01/2024-01-07',
			precision: 'week',
			resolution: "Date suggested from 'Last week' — check it"
		});
		expect(unconfirmedExpression("Date suggested from 'Last week' — check it")).toBe('Last week');
		const exported = forExport(legacy.dataset);
		expect(exported.events.find((e) => e.id === legacy.id)).toMatchObject({
			date: '2024-01-01/2024-01-07',
			resolution: "Date suggested from 'Last week', not yet confirmed"
		});
		expect(JSON.stringify(exported)).not.toMatch(/check it/);
		expect(exported.events.filter((e) => e.id !== legacy.id)).toEqual(seed.events);
		expect(datasetProblems(exported)).toEqual([]);
		// A draft with nothing to say differently leaves as it is.
		expect(forExport(seed)).toBe(seed);
	});

	it('an export says the publication day stands in for a date still to be set, not to set one', () => {
		const start = source.text.indexOf('Additionally, al-Sudani said');
		const added = addEventFromSelection(seed, { source: source.id, start, end: start + 28 });
		expect(added.dataset.events.find((e) => e.id === added.id)?.resolution).toBe(NO_DATE_FOUND);
		const exported = forExport(added.dataset).events.find((e) => e.id === added.id);
		expect(exported).toMatchObject({ date: '2024-01-08?', resolution: NO_DATE_EXPORTED });
		expect(NO_DATE_EXPORTED).not.toMatch(/set one/);
		// Downloaded and imported again, the event still asks for its date.
		expect(awaitsDate(exported?.resolution)).toBe(true);
		expect(awaitsDate(added.dataset.events.find((e) => e.id === added.id)?.resolution)).toBe(true);
		expect(awaitsDate(seed.events[0].resolution)).toBe(false);
	});

	it('any sequence of operations on any valid dataset leaves a valid dataset', () => {
		const op = fc.record({
			kind: fc.integer({ min: 0, max: 5 }),
			a: fc.nat(),
			b: fc.nat(),
			c: fc.nat()
		});
		fc.assert(
			fc.property(datasetArbitrary, fc.array(op, { maxLength: 8 }), (dataset, ops) => {
				let d = dataset;
				for (const { kind, a, b, c } of ops) {
					const ids = d.events.map((e) => e.id);
					const id = ids[a % Math.max(1, ids.length)];
					const s = d.sources[a % d.sources.length];
					const start = b % s.text.length;
					const end = start + 1 + (c % (s.text.length - start));
					try {
						if (kind === 0 && id) d = retitle(d, id, `Title ${b}`);
						if (kind === 1 && id)
							d = redate(d, id, ['2014', '2020-01', '2024-01-01/2024-01-07'][b % 3], 'year');
						if (kind === 2 && id) d = mergeEvents(d, id, ids[b % ids.length]);
						if (kind === 3 && id) d = deleteEvent(d, id);
						if (kind === 4) d = addEventFromSelection(d, { source: s.id, start, end }).dataset;
						if (kind === 5 && id) d = addQuote(d, id, { source: s.id, start, end });
					} catch (error) {
						expect(error).toBeInstanceOf(DraftError);
					}
				}
				expect(datasetProblems(d)).toEqual([]);
			}),
			{ numRuns: 100 }
		);
	});
});
