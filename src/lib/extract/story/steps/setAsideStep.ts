import { boundsOf } from '../../../data/edtfBounds';
import { addDays, compareDays, formatDay, parseDay } from '../../../data/calendar';
import type { Mention, Tombstone } from '../storyDraft';
import type { ArticleStep } from '../types';
import { SAME_HAPPENING, SAME_WORDING, unplaced } from '../thresholds';
import { contentWords } from '../words';
import { NEAR_DAYS } from './dateDisagreementStep';

const bagsOf = new WeakMap<object, Set<string>[]>();

/**
 * The editor's decisions outlive the articles that prompted them: a mention of a happening the
 * editor deleted is left out, and one of a happening the editor merged into another event or
 * moved to another date joins that event. Runs after `sameHappening`, so that an event the
 * editor brought back (Undo) takes its mentions as any other event does.
 *
 * A mention is the set-aside happening by the rules the fold joins events by: on the same date,
 * told in alike words (`SAME_HAPPENING`); on another date that is the same happening dated
 * otherwise, in nearly the same words (`SAME_WORDING`): a date of another precision that covers
 * it or lies within it (the month for the day: a new article says "in March"), or, both known to
 * the day, a day or two away when the article dates nothing on the tombstone's day (as
 * `dateDisagreement` joins them: an article that tells both days apart tells two happenings).
 */
export const setAsideStep: ArticleStep = {
	name: 'setAside',
	run(draft, article) {
		if (!draft.tombstones.length) return;
		const own = new Set(article.mentions.map((m) => m.event.date));
		for (const mention of unplaced(article)) {
			for (const tombstone of draft.tombstones) {
				const likeness = needed(tombstone, mention, own);
				if (likeness === null) continue;
				let bags = bagsOf.get(tombstone);
				if (!bags)
					bagsOf.set(tombstone, (bags = tombstone.quotes.map((q) => contentWords(q.text))));
				if (draft.likenessTo(mention.words, bags) < likeness) continue;
				const into = tombstone.into === null ? -1 : draft.eventIndex(tombstone.into);
				if (into < 0) {
					article.placed.set(mention, { kind: 'set-aside' });
				} else {
					draft.join(into, mention);
					article.placed.set(mention, { kind: 'followed', event: into });
				}
				break;
			}
		}
	}
};

/**
 * How alike a mention's words must be to the tombstone's to be its happening, given their dates:
 * `SAME_HAPPENING` on the same date, `SAME_WORDING` on a date that may be the same happening
 * dated otherwise, or null when the dates cannot be one happening. `own` holds the dates the
 * mention's article gives its events.
 *
 * @example
 * needed({ date: '2025-03-03', quotes: [], into: null }, monthMention, own); // SAME_WORDING: March holds the 3rd
 */
export function needed(tombstone: Tombstone, mention: Mention, own: Set<string>): number | null {
	const event = mention.event;
	if (tombstone.date === event.date) return SAME_HAPPENING;
	const dead = daysOf(tombstone.date);
	if (!dead) return null;
	const dayPrecise = dead.start === dead.end && event.precision === 'day';
	if (dayPrecise) {
		const day = parseDay(dead.start);
		if (!day || own.has(tombstone.date)) return null;
		const from = formatDay(addDays(day, -NEAR_DAYS));
		const to = formatDay(addDays(day, NEAR_DAYS));
		return compareDays(from, event.start) <= 0 && compareDays(event.start, to) <= 0
			? SAME_WORDING
			: null;
	}
	// Of another precision: one holds the other.
	const holds = (a: { start: string; end: string }, b: { start: string; end: string }) =>
		compareDays(a.start, b.start) <= 0 && compareDays(b.end, a.end) <= 0;
	return holds(dead, event) || holds(event, dead) ? SAME_WORDING : null;
}

/** The days a tombstone's date covers, or null for one that cannot be bounded. */
function daysOf(date: string): { start: string; end: string } | null {
	try {
		return boundsOf(date);
	} catch {
		return null;
	}
}
