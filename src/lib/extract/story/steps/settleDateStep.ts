import { longDay, parseDay } from '../../../data/calendar';
import type { StoryDraft } from '../storyDraft';
import type { StoryStep } from '../types';

/**
 * When articles disagree about a happening's day, the event says so, naming which articles
 * give which day, and keeps every quote. An event made during this fold stands on the day most
 * of its articles give (the first told on a tie); an event that was in the story before keeps
 * its day, as an editor may have set it.
 */
export const settleDateStep: StoryStep = {
	name: 'settleDate',
	run(draft) {
		for (const [i, disagreements] of draft.disagreements) {
			const event = draft.events[i];
			// Which day each article gives: the event's, unless it disagreed. An event that was in
			// the story before may hold articles of earlier folds: they are not counted again.
			const gives = new Map<string, string>();
			const ownDay = draft.created.has(i) ? event.quotes : [];
			for (const q of ownDay) gives.set(q.source, event.date);
			const notes = new Map<string, string | undefined>();
			for (const d of disagreements) {
				gives.set(d.source, d.date);
				notes.set(d.date, d.resolution);
			}
			const bySources = new Map<string, string[]>();
			for (const [source, date] of gives)
				bySources.set(date, [...(bySources.get(date) ?? []), source]);
			let day = event.date;
			for (const [date, sources] of bySources)
				if (draft.created.has(i) && sources.length > (bySources.get(day)?.length ?? 0)) day = date;
			if (day !== event.date) {
				notes.set(event.date, event.resolution);
				draft.redate(i, { date: day, start: day, end: day, precision: 'day' });
				draft.update(i, { resolution: notes.get(day) });
			}
			draft.update(i, { resolution: withNote(draft, draft.events[i].resolution, day, bySources) });
		}
	}
};

/** The event's resolution, then which articles give which day. */
function withNote(
	draft: StoryDraft,
	resolution: string | undefined,
	day: string,
	bySources: Map<string, string[]>
): string {
	const gives = (sources: string[], date: string) => {
		const titles = sources.map((id) => `“${draft.source(id)?.title || id}”`);
		const named =
			titles.length > 2
				? `${titles[0]} and ${titles.length - 1} other articles`
				: titles.join(' and ');
		const parsed = parseDay(date);
		return `${named} ${titles.length > 1 ? 'give' : 'gives'} ${parsed ? longDay(parsed) : date}`;
	};
	const others = [...bySources].filter(([date]) => date !== day);
	const here = bySources.get(day);
	const note =
		(here
			? `The articles disagree on the day: ${gives(here, day)}; `
			: 'Articles disagree on the day: ') +
		others.map(([date, sources]) => gives(sources, date)).join('; ') +
		'. Every quote is kept.';
	return resolution ? `${resolution.replace(/\.?$/, '.')} ${note}` : note;
}
