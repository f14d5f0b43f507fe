/**
 * The workspace of one fold (see `fold.ts`): the story's sources and events as they grow, found
 * by text and by date without reading them all, with the words of every quote for telling
 * happenings apart. Built from a draft dataset, it changes as articles join and gives back a
 * dataset; the draft it was built from is never changed.
 */
import { numbered } from '../../data/ids';
import type { Dataset, Quote, Source, TimelineEvent } from '../../data/schema';
import { joinEvents } from './join';
import { daysWithin, isCoarser } from './spans';
import { contentWords } from './words';
import { WordIndex } from './wordIndex';

/**
 * A happening the editor set aside or moved: its date and quotes when the editor did, and where
 * its mentions go now (the event it was merged into or redated as, or nowhere: deleted). An
 * article added later that tells it again follows the editor's decision rather than bringing it
 * back.
 */
export interface Tombstone {
	date: string;
	quotes: Quote[];
	/** The event that holds the happening now, or null when the editor deleted it. */
	into: string | null;
	/**
	 * The id of the event the editor set aside, so that an undo that brings it back (on its date)
	 * puts the tombstone out of force (`tombstonesInForce` in the editor). Absent in drafts kept
	 * before it was recorded: those stay in force.
	 */
	from?: string;
}

// How many of a happening's tellings a new one is compared with: its first and its latest.
const FIRST_TELLINGS = 8;
const LATEST_TELLINGS = 16;

/** An event of an article, on its way into the story. */
export interface Mention {
	/** The article's own event; its quotes name the article's id in the story. */
	event: TimelineEvent;
	/** The article it comes from, as the story holds it. */
	source: Source;
	/** The content words of each of its quotes, and of all of them. */
	bags: Set<string>[];
	words: Set<string>;
}

/** What became of a mention that joined an event whose date it does not give. */
export interface Disagreement {
	source: string;
	date: string;
	resolution?: string;
}

/** The working copy of a story while articles join it. */
export class StoryDraft {
	readonly id: string;
	readonly title: string;
	readonly description?: string;
	readonly sources: Source[];
	readonly events: TimelineEvent[];
	readonly tombstones: Tombstone[];
	/** The words of every quote of the story, weighted by rarity. */
	readonly index = new WordIndex();
	/** Events made during this fold: their titles and dates are still to settle. */
	readonly created = new Set<number>();
	/** For each event, the mentions that joined it during this fold (its own first). */
	readonly gathered = new Map<number, Mention[]>();
	/** Mentions that joined an event during this fold while giving another day. */
	readonly disagreements = new Map<number, Disagreement[]>();
	readonly #sourceIds = new Set<string>();
	readonly #eventIds = new Set<string>();
	readonly #rank = new Map<string, number>();
	readonly #byText = new Map<string, string>();
	readonly #byDate = new Map<string, number[]>();
	readonly #bySpannedDay = new Map<string, number[]>();
	readonly #bags = new Map<number, Set<string>[]>();
	readonly #datedBags = new Map<number, Set<string>[]>();

	constructor(story: Dataset, tombstones: Tombstone[] = []) {
		this.id = story.id;
		this.title = story.title;
		this.description = story.description;
		this.sources = [];
		this.events = [];
		this.tombstones = tombstones;
		for (const source of story.sources) this.addSource(source);
		for (const event of story.events) this.#place(event);
	}

	/** The id of the story's source with exactly this text, if there is one. */
	sourceWithText(text: string): string | undefined {
		return this.#byText.get(text);
	}

	/** An id for a new source, `wanted` or numbered after it; taken once given. */
	freeSourceId(wanted: string): string {
		return numbered(wanted, this.#sourceIds);
	}

	/** Adds a source (its id must be free: see `freeSourceId`). */
	addSource(source: Source): void {
		this.#sourceIds.add(source.id);
		this.#rank.set(source.id, this.sources.length);
		if (!this.#byText.has(source.text)) this.#byText.set(source.text, source.id);
		this.sources.push(source);
	}

	/** The story's source with this id. */
	source(id: string): Source | undefined {
		const at = this.#rank.get(id);
		return at === undefined ? undefined : this.sources[at];
	}

	/** The order in which sources joined the story, for ordering quotes. */
	readonly sourceOrder = (id: string): number => this.#rank.get(id) ?? Number.MAX_SAFE_INTEGER;

	/** The events dated exactly `date` (their indexes), in the order they were made. */
	eventsOn(date: string): readonly number[] {
		return this.#byDate.get(date) ?? [];
	}

	/**
	 * The events dated to a span of days (a week, a month: see `daysWithin`) that holds `day`
	 * (their indexes), in the order they were made.
	 */
	eventsHolding(day: string): readonly number[] {
		return this.#bySpannedDay.get(day) ?? [];
	}

	/** The event with this id (its index), or -1. */
	eventIndex(id: string): number {
		return this.#eventIds.has(id) ? this.events.findIndex((e) => e.id === id) : -1;
	}

	/** The content words of each quote of event `i` (its title's when it quotes nothing). */
	bagsOf(i: number): Set<string>[] {
		let bags = this.#bags.get(i);
		if (!bags) {
			const event = this.events[i];
			bags = event.quotes.length
				? event.quotes.map((q) => contentWords(q.text))
				: [contentWords(event.title)];
			this.#bags.set(i, bags);
		}
		return bags;
	}

	/**
	 * How alike a mention is to event `i`: its words against the nearest of the event's quotes
	 * (a happening is told in many ways; one telling close to this one is enough).
	 */
	likeness(mention: Mention, i: number): number {
		return this.likenessTo(mention.words, this.bagsOf(i));
	}

	/**
	 * How alike a bag of words is to the nearest of some quotes' bags: of a happening told a
	 * hundred times, the first tellings (which made it) and the latest (how it is told now).
	 */
	likenessTo(words: Set<string>, bags: Set<string>[]): number {
		let best = 0;
		const skipFrom = bags.length > FIRST_TELLINGS + LATEST_TELLINGS ? FIRST_TELLINGS : bags.length;
		const skipTo = bags.length - LATEST_TELLINGS;
		for (let b = 0; b < bags.length; b++) {
			if (b === skipFrom) b = skipTo;
			const score = this.index.similarity(words, bags[b]);
			if (score > best) best = score;
		}
		return best;
	}

	/**
	 * How alike a mention is to event `i` as the articles that date it as it is dated tell it,
	 * leaving out the recollections that joined it from a span holding its date (see
	 * `coarserDateStep`): a recollection is matched with the happening as told on its day, not
	 * with other recollections, or one that joined a day of August would draw in every "until
	 * August" of the story.
	 */
	likenessAsDated(mention: Mention, i: number): number {
		return this.likenessTo(mention.words, this.#datedBags.get(i) ?? this.bagsOf(i));
	}

	/**
	 * The best match for a mention among events `candidates`, if one is at least `threshold`
	 * (`asDated`: by `likenessAsDated`).
	 */
	nearest(
		mention: Mention,
		candidates: readonly number[],
		threshold: number,
		asDated = false
	): number | null {
		let best: number | null = null;
		let bestScore = threshold;
		for (const i of candidates) {
			const score = asDated ? this.likenessAsDated(mention, i) : this.likeness(mention, i);
			if (score >= bestScore) [best, bestScore] = [i, score];
		}
		return best;
	}

	/** The mention's quotes join event `i` (when it gives another day, say which). */
	join(i: number, mention: Mention, disagreement?: Disagreement): void {
		if (!isCoarser(mention.event.date, this.events[i].date)) {
			let dated = this.#datedBags.get(i);
			if (!dated) this.#datedBags.set(i, (dated = [...this.bagsOf(i)]));
			dated.push(...mention.bags);
		} else if (!this.#datedBags.has(i)) this.#datedBags.set(i, [...this.bagsOf(i)]);
		this.events[i] = joinEvents(this.events[i], mention.event, this.sourceOrder);
		// Its tellings in the order they joined: the first ones made it (see `likenessTo`).
		// (The draft's own list: added to in place, not copied at every telling.)
		this.bagsOf(i).push(...mention.bags);
		this.#count(mention);
		this.#gather(i, mention);
		if (disagreement) {
			const list = this.disagreements.get(i) ?? [];
			list.push(disagreement);
			this.disagreements.set(i, list);
		}
	}

	/** The mention becomes an event of its own, with an id no other event has. */
	create(mention: Mention): number {
		const event = { ...mention.event, id: numbered(mention.event.id, this.#eventIds) };
		const i = this.#place(event, false);
		this.#bags.set(i, [...mention.bags]);
		this.#datedBags.set(i, [...mention.bags]);
		this.#count(mention);
		this.created.add(i);
		this.#gather(i, mention);
		return i;
	}

	/** Event `i` with some fields set (its date stays put in the index: set dates via `redate`). */
	update(i: number, fields: Partial<Pick<TimelineEvent, 'title' | 'resolution' | 'importance'>>) {
		this.events[i] = { ...this.events[i], ...fields };
	}

	/** Moves event `i` to another date (one its mentions give). */
	redate(i: number, fields: Pick<TimelineEvent, 'date' | 'start' | 'end' | 'precision'>): void {
		const old = this.events[i].date;
		this.#byDate.set(
			old,
			this.eventsOn(old).filter((at) => at !== i)
		);
		for (const day of spannedDays(old))
			this.#bySpannedDay.set(
				day,
				this.eventsHolding(day).filter((at) => at !== i)
			);
		// Dated finer now (see `finerDateStep`): its tellings so far recall the new date.
		if (isCoarser(old, fields.date)) this.#datedBags.set(i, []);
		this.events[i] = { ...this.events[i], ...fields };
		this.#file(i);
	}

	/** The story as a dataset. */
	dataset(): Dataset {
		const dataset: Dataset = {
			version: 1,
			id: this.id,
			title: this.title,
			sources: this.sources.slice(),
			events: this.events.slice()
		};
		if (this.description !== undefined) dataset.description = this.description;
		return dataset;
	}

	#place(event: TimelineEvent, count = true): number {
		const i = this.events.length;
		this.events.push(event);
		this.#eventIds.add(event.id);
		this.#file(i);
		if (count) for (const bag of this.bagsOf(i)) this.index.add(bag);
		return i;
	}

	#file(i: number) {
		const date = this.events[i].date;
		fileUnder(this.#byDate, date, i);
		for (const day of spannedDays(date)) fileUnder(this.#bySpannedDay, day, i);
	}

	#count(mention: Mention) {
		for (const bag of mention.bags) this.index.add(bag);
	}

	#gather(i: number, mention: Mention) {
		const list = this.gathered.get(i);
		if (list) list.push(mention);
		else this.gathered.set(i, [mention]);
	}
}

function fileUnder(map: Map<string, number[]>, key: string, i: number): void {
	const list = map.get(key);
	if (list) list.push(i);
	else map.set(key, [i]);
}

/** The days a date spans, when it spans several (a single day is filed by its date). */
function spannedDays(date: string): string[] {
	const days = daysWithin(date);
	return days.length > 1 ? days : [];
}
