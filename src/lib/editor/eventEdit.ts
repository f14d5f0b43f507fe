/**
 * An event's edit form saved: what changed (title, summary, date, a suggested date confirmed),
 * the draft it makes and the label of the undoable step, or the field to fix and why. Pure: the
 * session reads the typed date first (with the extractor's date reader) and records the result.
 */
import type { Dataset, Precision, TimelineEvent } from '$lib/data/schema';
import { DraftError, confirmDate, redate, resummarize, retitle } from './draft';

/** Fields of an event's edit form as typed. */
export interface EditFields {
	title: string;
	summary: string;
	date: string;
	precision: Precision;
	/** Whether the editor confirmed the suggested date (the form's "Confirm date"). */
	confirm: boolean;
}

/** Why an edit was refused, and which field to fix. */
export interface EditProblem {
	field: 'title' | 'date';
	message: string;
}

/** An edit to record: the draft after it, its label, and whether the happening moved in time. */
export interface EditPlan {
	next: Dataset;
	label: string;
	/** The event's date changed (not only its precision): articles added later follow it. */
	moved: boolean;
}

/**
 * Applies the edit form `fields` to event `before` of `dataset`, with `date` the typed date as
 * read (ISO 8601, or the event's own when the field was left as it was). A date set anew says so
 * itself; one kept as suggested and confirmed is confirmed as it stands.
 */
export function planEdit(
	dataset: Dataset,
	before: TimelineEvent,
	fields: EditFields,
	date: string
): EditPlan | { problem: EditProblem } {
	const retitled = fields.title.trim() !== before.title;
	const resummarized = fields.summary.trim() !== (before.summary ?? '');
	const redated = date !== before.date || fields.precision !== before.precision;
	const confirmed = fields.confirm && !redated;
	let next = dataset;
	let field: EditProblem['field'] = 'title';
	try {
		if (retitled) next = retitle(next, before.id, fields.title);
		if (resummarized) next = resummarize(next, before.id, fields.summary);
		field = 'date';
		if (redated) next = redate(next, before.id, date, fields.precision);
		if (confirmed) next = confirmDate(next, before.id);
	} catch (error) {
		if (error instanceof DraftError) return { problem: { field, message: error.message } };
		throw error;
	}
	const what = [retitled && 'title', resummarized && 'summary', redated && 'date'].filter(Boolean);
	const label = what.length
		? `Edit ${what.join(', ')} of “${before.title}”${confirmed ? ', date confirmed' : ''}`
		: confirmed
			? `Confirm date of “${before.title}”`
			: `Edit nothing of “${before.title}”`;
	return { next, label, moved: redated && date !== before.date };
}
