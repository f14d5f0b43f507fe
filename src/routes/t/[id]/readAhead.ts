/**
 * The page's own reading of a dataset given by URL, done while the worker checks the same bytes
 * (issue 15). Handing 100,000 checked events back from the worker copied each one (a structured
 * clone: 0.3 s of the worker's time at 100,000 events, then as much of the page's, twice what
 * parsing the same JSON costs), and the page's main thread sat idle while the worker checked. So
 * the page parses the bytes itself meanwhile, puts the events in reading order and builds the
 * timeline's indexes of them, and the worker answers only whether they meet the contract.
 *
 * Nothing read ahead is used before the worker accepts the dataset, and a refusal drops it. Both
 * sides read the same bytes by the one reading (`jsonOf`), so what the page keeps is the value
 * the worker checked. Until then the value is untrusted: ordering and indexing it may meet any
 * shape, so a failure there is left for after the verdict, which can only be "refused" for such
 * a value.
 */
import type { Dataset } from '$lib/data/schema';
import { sortInSteps } from '$lib/timeline/sortInSteps';
import { readingOrder } from '$lib/data/partialDate';
import { chronologicalOrder, inReadingOrder } from '$lib/timeline/timelineData';
import { jsonOf } from './remoteDataset';

/**
 * A dataset's bytes read in steps, each short enough to be a task of its own (parsing, then
 * ordering the events a few thousand at a time), and finished on demand once the worker has
 * accepted them.
 *
 * @example
 * const ahead = new ReadAhead(bytes);
 * const next = () => ahead.step() && setTimeout(next);
 * setTimeout(next); // one step a task
 * // … the worker accepts the same bytes:
 * const dataset = ahead.accepted(); // its events in reading order
 */
export class ReadAhead {
	#bytes: Uint8Array | null;
	#value: unknown = undefined;
	#ordering: Generator<void, Dataset['events'], void> | null = null;
	#ordered: Dataset['events'] | null = null;
	#prepare: ((events: Dataset['events']) => void) | null;
	#done = false;

	/**
	 * `prepare`, when given, is a last step on the ordered events: the timeline's indexes
	 * (`prepareEvents`, which remembers them by their array), built while the worker still checks,
	 * so that once it accepts only the drawing is left.
	 */
	constructor(bytes: Uint8Array, prepare?: (events: Dataset['events']) => void) {
		this.#bytes = bytes;
		this.#prepare = prepare ?? null;
	}

	/**
	 * Takes the next step, if any (parsing, then a few thousand events ordered a step), and says
	 * whether steps remain after it.
	 */
	step(): boolean {
		if (this.#done) return false;
		if (this.#bytes) this.#parse();
		else if (this.#ordering) this.#order();
		else if (this.#prepare && this.#ordered) this.#prepareOrdered();
		else this.#done = true;
		return !this.#done;
	}

	/** Stops reading (the dataset was refused): the steps left are not taken. */
	drop(): void {
		this.#done = true;
		this.#bytes = null;
		this.#value = undefined;
		this.#ordering = null;
		this.#ordered = null;
		this.#prepare = null;
	}

	/**
	 * The dataset, its events in reading order, taking the steps left. Only for bytes the worker
	 * accepted: they parse, and their events can be ordered.
	 */
	accepted(): Dataset {
		// What is left of reading, but not the preparing: the page prepares in a task of its own.
		this.#prepare = null;
		while (this.step());
		const dataset = this.#value as Dataset;
		// Ordered here when ordering ahead failed, which a dataset the worker accepted never does.
		dataset.events = this.#ordered ?? (chronologicalOrder(dataset.events) as Dataset['events']);
		return dataset;
	}

	#parse() {
		const bytes = this.#bytes!;
		this.#bytes = null;
		try {
			this.#value = jsonOf(bytes);
		} catch {
			// Not JSON: the worker says where, and refuses it.
			return this.drop();
		}
		const events = (this.#value as { events?: unknown } | null)?.events;
		if (Array.isArray(events))
			this.#ordering = sortInSteps(events as Dataset['events'], readingOrder);
		else this.#done = true;
	}

	#order() {
		try {
			const step = this.#ordering!.next();
			if (!step.done) return;
			// The last step: the order is remembered as such, so the timeline's indexes
			// (`prepareEvents`) do not check it again.
			this.#ordered = inReadingOrder(step.value) as Dataset['events'];
		} catch {
			// A shape the worker will refuse.
		}
		this.#ordering = null;
		if (!this.#prepare || !this.#ordered) this.#done = true;
	}

	#prepareOrdered() {
		const prepare = this.#prepare!;
		this.#prepare = null;
		try {
			prepare(this.#ordered!);
		} catch {
			// A shape the worker will refuse; an accepted one is prepared after the verdict.
		}
		this.#done = true;
	}
}
