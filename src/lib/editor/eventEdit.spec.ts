import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/schema';
import { addEventFromSelection, suggestedNote } from './draft';
import { planEdit, type EditFields } from './eventEdit';

const seed = validateDataset(
	JSON.parse(readFileSync('data/timelines/iraq-coalition-exit.json', 'utf8')),
	'seed'
);
const event = seed.events[0];
const otherPrecision = event.precision === 'month' ? 'year' : 'month';
const asItIs: EditFields = {
	title: event.title,
	summary: event.summary ?? '',
	date: event.date,
	precision: event.precision,
	confirm: false
};
const plan = (fields: Partial<EditFields>, date = fields.date ?? event.date) =>
	planEdit(seed, event, { ...asItIs, ...fields }, date);

describe('planEdit', () => {
	it('retitles the event and labels the step with the title it had', () => {
		const result = plan({ title: 'Drone strike kills militia leader' });
		if ('problem' in result) throw new Error(result.problem.message);
		expect(result.next.events[0].title).toBe('Drone strike kills militia leader');
		expect(result.label).toBe(`Edit title of “${event.title}”`);
		expect(result.moved).toBe(false);
	});

	it('names every field it changed, in the form’s order', () => {
		const result = plan({ title: 'New title', summary: 'A summary.', precision: otherPrecision });
		if ('problem' in result) throw new Error(result.problem.message);
		expect(result.label).toBe(`Edit title, summary, date of “${event.title}”`);
	});

	it('says the happening moved only when its date changed, not its precision alone', () => {
		const coarser = plan({ precision: otherPrecision });
		const other = plan({ date: '1999-01-02', precision: 'day' });
		expect('problem' in coarser ? null : coarser.moved).toBe(false);
		expect('problem' in other ? null : other.moved).toBe(true);
	});

	it('refuses an empty title under the title field and leaves the draft as it was', () => {
		const before = structuredClone(seed);
		const result = plan({ title: '   ' });
		expect('problem' in result && result.problem.field).toBe('title');
		expect(seed).toEqual(before);
	});

	it('confirms a suggested date kept as it stands, and refuses to confirm a date never suggested', () => {
		const added = addEventFromSelection(
			seed,
			{ source: seed.sources[0].id, start: 0, end: 40 },
			{ date: '2024-01-05', precision: 'day', resolution: suggestedNote('Friday') }
		);
		const suggested = added.dataset.events.find((e) => e.id === added.id)!;
		const fields = {
			...asItIs,
			title: suggested.title,
			summary: '',
			date: suggested.date,
			precision: suggested.precision
		};
		const confirmed = planEdit(
			added.dataset,
			suggested,
			{ ...fields, confirm: true },
			suggested.date
		);
		const refused = plan({ confirm: true });
		expect('problem' in confirmed ? confirmed.problem.message : confirmed.label).toBe(
			`Confirm date of “${suggested.title}”`
		);
		expect('problem' in refused && refused.problem.field).toBe('date');
	});

	it('says a form saved untouched edits nothing', () => {
		const untouched = plan({});
		expect('problem' in untouched ? null : untouched.label).toBe(
			`Edit nothing of “${event.title}”`
		);
	});
});
