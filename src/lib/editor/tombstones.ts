/**
 * The editor's tombstones (`Tombstone`): what it set aside (deleted, merged into another event,
 * redated), so that articles added later follow the editor rather than bring the happening back.
 *
 * A tombstone is in force only while the draft still shows the editor's decision: an Undo that
 * brings the event back, on the date it had, puts its tombstone out of force (a new article's
 * telling of it then joins it again, or, when it is gone, makes it anew), and a Redo puts it back
 * in force. The session keeps every tombstone (so Redo, also after a reload, finds it) and hands
 * the fold only those in force.
 */
import type { Dataset, TimelineEvent } from '$lib/data/schema';
import type { Tombstone } from '$lib/extract/story/storyDraft';

/**
 * The tombstone of `event`, set aside by the editor: deleted (`into` null), merged into event
 * `into`, or redated (`into` its own id).
 *
 * @example
 * setAside(event, null); // { date: event.date, quotes: event.quotes, into: null, from: event.id }
 */
export function setAside(event: TimelineEvent, into: string | null): Tombstone {
	return { date: event.date, quotes: event.quotes, into, from: event.id };
}

/**
 * The tombstones whose decision `draft` still shows: all but those whose event is back, on the
 * date and with the first quote it had when it was set aside (an Undo of the deletion, merge or
 * redating).
 *
 * @example
 * tombstonesInForce([setAside(x, null)], draftWithX); // []: the deletion was undone
 */
export function tombstonesInForce(tombstones: readonly Tombstone[], draft: Dataset): Tombstone[] {
	if (!tombstones.length) return [];
	const byId = new Map(draft.events.map((e) => [e.id, e]));
	return tombstones.filter((t) => {
		const event = t.from === undefined ? undefined : byId.get(t.from);
		return !(event && event.date === t.date && sameQuote(event.quotes[0], t.quotes[0]));
	});
}

function sameQuote(a: TimelineEvent['quotes'][number] | undefined, b: typeof a): boolean {
	if (!a || !b) return a === b;
	return a.source === b.source && a.start === b.start && a.end === b.end;
}
