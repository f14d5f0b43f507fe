import { describe, expect, it } from 'vitest';
import { applyCorrections, CorrectionError, extractDataset, type Corrections } from './index';

const text = [
	'Council approves budget',
	'',
	'The council approved the budget on Tuesday. The mayor took office in 2019.',
	'',
	'Last week, residents signed a petition.'
].join('\n');
const dataset = extractDataset(
	{ text, id: 'budget' },
	{ published: '2024-06-21', entities: false }
);
const [mayor, petition, vote] = dataset.events;

describe('applyCorrections', () => {
	it('starts from three generated events', () => {
		expect(dataset.events.map((e) => e.date)).toEqual([
			'2019',
			'2024-06-10/2024-06-16',
			'2024-06-18'
		]);
	});

	it('applies every kind of correction and loses none of them', () => {
		const corrections: Corrections = {
			events: {
				[vote.id]: { title: 'Council passes the budget', summary: 'A 5-2 vote after nine hours.' },
				[mayor.id]: {
					date: '2019-01-07',
					precision: 'day',
					resolution: 'Sworn in on January 7, 2019 (city records).'
				},
				[petition.id]: { removed: true }
			},
			added: [
				{
					id: 'budget-hearing',
					title: 'Public hearing',
					date: '2024-07',
					summary: 'Date to be set.'
				}
			]
		};
		const corrected = applyCorrections(dataset, corrections);
		const byId = new Map(corrected.events.map((e) => [e.id, e]));
		expect(byId.get(vote.id)).toMatchObject({
			title: 'Council passes the budget',
			summary: 'A 5-2 vote after nine hours.'
		});
		expect(byId.get(mayor.id)).toMatchObject({
			date: '2019-01-07',
			start: '2019-01-07',
			end: '2019-01-07',
			precision: 'day',
			resolution: 'Sworn in on January 7, 2019 (city records).'
		});
		expect(byId.has(petition.id)).toBe(false);
		expect(byId.get('budget-hearing')).toMatchObject({
			date: '2024-07',
			start: '2024-07-01',
			end: '2024-07-31',
			precision: 'month',
			quotes: []
		});
		// Quotes of corrected events stay untouched: the source still backs them.
		expect(byId.get(vote.id)?.quotes).toEqual(vote.quotes);
	});

	it('survives regeneration: the same corrections apply to a fresh extraction with the same ids', () => {
		const again = extractDataset(
			{ text, id: 'budget' },
			{ published: '2024-06-21', entities: false }
		);
		const corrections: Corrections = {
			events: { [vote.id]: { title: 'Council passes the budget' } }
		};
		expect(applyCorrections(again, corrections)).toEqual(applyCorrections(dataset, corrections));
	});

	it('refuses, naming it, a correction whose event no longer exists rather than dropping it', () => {
		const corrections: Corrections = { events: { 'gone-event': { title: 'Lost?' } } };
		expect(() => applyCorrections(dataset, corrections)).toThrow(CorrectionError);
		expect(() => applyCorrections(dataset, corrections)).toThrow(/"gone-event": no such event/);
	});

	it('refuses a corrected date that is not EDTF', () => {
		expect(() =>
			applyCorrections(dataset, { events: { [vote.id]: { date: 'June 18th' } } })
		).toThrow(/not an EDTF date/);
	});

	it('reads the precision of an added date from its shape, as the editor does', () => {
		const added = (date: string) =>
			applyCorrections(dataset, {
				added: [{ id: 'added', title: 'Added', date }]
			}).events.find((e) => e.id === 'added');
		expect(added('2024-21')?.precision).toBe('season');
		expect(added('2024-33')?.precision).toBe('quarter');
		expect(added('2024-01-01/2024-01-07')?.precision).toBe('week');
	});

	it('returns a new dataset and leaves the generated one as it was', () => {
		const before = structuredClone(dataset);
		applyCorrections(dataset, { events: { [vote.id]: { title: 'Changed' } } });
		expect(dataset).toEqual(before);
	});
});

describe('applyCorrections: mergeInto', () => {
	it('joins an event into another as the editor’s Merge does: quotes once each, the other gone', () => {
		const merged = applyCorrections(dataset, { events: { [petition.id]: { mergeInto: vote.id } } });
		expect(merged.events.map((e) => e.id)).toEqual([mayor.id, vote.id]);
		const into = merged.events[1];
		expect(into.title).toBe(vote.title);
		expect(into.quotes.map((q) => q.text)).toEqual(
			[...vote.quotes.map((q) => q.text), ...petition.quotes.map((q) => q.text)].sort(
				(a, b) => text.indexOf(a) - text.indexOf(b)
			)
		);
	});

	it('follows a chain of merges to its end, and recomputes a story’s importance', () => {
		const story = {
			...dataset,
			events: dataset.events.map((e) => ({ ...e, importance: 1 }))
		};
		const merged = applyCorrections(story, {
			events: { [mayor.id]: { mergeInto: petition.id }, [petition.id]: { mergeInto: vote.id } }
		});
		expect(merged.events.map((e) => e.id)).toEqual([vote.id]);
		expect(merged.events[0].quotes).toHaveLength(3);
		expect(merged.events[0].importance).not.toBe(1);
	});

	it('refuses a merge into an event that is not there, removed, or round to itself, naming each', () => {
		const refused = () =>
			applyCorrections(dataset, {
				events: {
					[mayor.id]: { mergeInto: 'gone' },
					[petition.id]: { mergeInto: vote.id },
					[vote.id]: { removed: true }
				}
			});
		expect(refused).toThrow(CorrectionError);
		expect(refused).toThrow(
			`correction for event "${mayor.id}": mergeInto "gone": no such event in dataset "budget"`
		);
		expect(refused).toThrow(
			`correction for event "${petition.id}": mergeInto "${vote.id}", an event the corrections remove`
		);
		expect(() =>
			applyCorrections(dataset, {
				events: { [mayor.id]: { mergeInto: vote.id }, [vote.id]: { mergeInto: mayor.id } }
			})
		).toThrow(`mergeInto leads back to it (${mayor.id} → ${vote.id} → ${mayor.id})`);
	});
});
