/**
 * The title of a happening several articles tell: the clearest of their titles, meaning the one
 * whose telling is most like the others (it states what they share, not one article's angle),
 * from an article published close to the day (it reports the happening as news, not as
 * background), that reads as a headline (whole, not cut off; not opening on a pronoun), tells
 * the happening completely (who did what, not "Company will") and is a clause (a subject and its
 * verb, not "Hospital ward").
 */
import { parseDay, dayStart } from '../../data/calendar';
import type { TimelineEvent } from '../../data/schema';
import type { Mention, StoryDraft } from './storyDraft';
import { tag } from '../language';
import { contentWords } from './words';

const DAY = 86_400_000;

/**
 * The clearest title among the mentions of one event.
 *
 * @example
 * clearestTitle(draft, event, mentions); // 'Rig sank in the Gulf of Mexico'
 */
export function clearestTitle(
	draft: StoryDraft,
	event: TimelineEvent,
	mentions: Mention[]
): string {
	let best = event.title;
	let bestScore = -Infinity;
	const likeness = draft.index.meanSimilarities(mentions.map((m) => m.words));
	for (const [i, mention] of mentions.entries()) {
		const score =
			likeness[i] *
			closeness(event, mention) *
			headlineness(mention.event.title) *
			completeness(mention.event.title) *
			clauseness(mention.event.title);
		if (score > bestScore) [best, bestScore] = [mention.event.title, score];
	}
	return best;
}

// Content words a headline that says who did what usually holds ("BP caps the leaking well in
// the Gulf of Mexico": BP, cap, leak, well, Gulf, Mexico).
const HEADLINE_WORDS = 6;

/**
 * How completely a title tells its happening: 1 with a headline's worth of content words, less
 * for each one short, so that "Company will" or "Rig sank" gives way to a telling of the same
 * happening that names who did what, and where.
 */
export function completeness(title: string): number {
	return Math.min(1, contentWords(title).size / HEADLINE_WORDS);
}

// What a title that is no clause keeps of its weight: "Rig explosion" may still be the only
// telling, but gives way to "The rig exploded in the Gulf" among equals.
const FRAGMENT = 0.6;

/**
 * 1 for a title that names something and tells of it; less for one that names nothing ("Who had
 * flown", "It was") or is a short noun phrase alone ("April 20 explosion", "Hospital ward"), by
 * the language layer's reading of it. A headline's verb alone is often read as a noun or an
 * adjective ("Rig sinks", "Hayward grilled by Congress"): a title of more words than a noun
 * phrase has is taken for a clause, with any form of a verb or none.
 */
export function clauseness(title: string): number {
	const words = tag(title).filter((w) => w.pos !== 'PUNCT');
	const names = words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
	const tells = words.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
	return names && (tells || words.length > NOUN_PHRASE_WORDS) ? 1 : FRAGMENT;
}

// The most words a noun phrase alone has as a title ("the April 20 rig explosion").
const NOUN_PHRASE_WORDS = 4;

/** 1 for an article of the day or the day after, less the further it is published from it. */
function closeness(event: TimelineEvent, mention: Mention): number {
	const published = dayStart(mention.source.published.slice(0, 10));
	const after = (published - dayStart(event.start)) / DAY;
	if (Number.isNaN(after) || !parseDay(event.start)) return 1;
	if (after >= 0 && after <= 1) return 1;
	// Before the day (a plan) or long after (background): still a telling, less a report.
	return 1 / (1 + Math.log1p(Math.abs(after)));
}

/**
 * Marks of the page around an article that a title drafted from its first lines may carry: a
 * bullet or a separator bar of a summary box, or a byline ("By Jane Smith, Health Editor").
 * No headline has them.
 */
const PAGE_MARKS = /[|•*]|\bBy\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** How well a title reads as a headline: whole, opening on a name or noun rather than "It". */
export function headlineness(title: string): number {
	let score = 1;
	if (/…$/.test(title)) score *= 0.8;
	if (/^(?:it|he|she|they|this|that|these|those|there|we|i)\b/i.test(title)) score *= 0.5;
	if (title.split(/\s+/).length < 3) score *= 0.6;
	if (PAGE_MARKS.test(title)) score *= 0.5;
	return score;
}
