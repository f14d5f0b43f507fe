/**
 * People, places and organisations named in an event's quotes, found by compromise (a small
 * NLP library that runs in the browser). Only names it is sure of are kept.
 */
import nlp from 'compromise';
import type { Entities } from '../data/schema';

/** Names found in one passage, as compromise tags them. */
export type Found = [people: string[], places: string[], organizations: string[]];

/**
 * Names in the given passages, each list deduplicated in order of first mention. `cache` lets a
 * caller share the tagging of a passage quoted by several events.
 */
export function findEntities(passages: string[], cache = new Map<string, Found>()): Entities {
	const people = new Set<string>();
	const places = new Set<string>();
	const organizations = new Set<string>();
	for (const passage of passages) {
		let found = cache.get(passage);
		if (!found) {
			const doc = nlp(passage.replace(/\u00a0/g, ' '));
			found = [
				(doc.people().out('array') as string[]).map((name) => fullName(passage, name)),
				doc.places().out('array') as string[],
				doc.organizations().out('array') as string[]
			];
			cache.set(passage, found);
		}
		for (const name of found[0]) add(people, name);
		for (const name of found[1]) add(places, name);
		for (const name of found[2]) add(organizations, name);
	}
	return { people: [...people], places: [...places], organizations: [...organizations] };
}

function add(set: Set<string>, raw: string): void {
	const name = raw
		.replace(/['’]s$/, '')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
		.replace(/^([^.]+)\.$/, '$1')
		.trim();
	// A name starts with a capital; compromise sometimes returns common words.
	if (name.length > 1 && /^\p{Lu}/u.test(name)) set.add(name);
}

// Words that precede a name without being part of it.
const TITLES =
	/^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|President|Prime|Minister|Commander|Leader|King|Queen|Pope|Judge|Officer|The|A|An|And|But|When|After|Last|On|In)\.?$/;

/** compromise sometimes drops a first name ("Taleb al-Saidi"): take in capitalised words before it. */
function fullName(passage: string, name: string): string {
	const at = passage.indexOf(name);
	if (at <= 0) return name;
	const before = passage.slice(0, at).split(/\s+/).filter(Boolean);
	const taken: string[] = [];
	for (let i = before.length - 1; i >= 0 && taken.length < 2; i--) {
		const word = before[i];
		if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(word) || TITLES.test(word)) break;
		// A capitalised word that starts the passage or follows a period may just start a sentence.
		if (i === 0 || /[.!?]$/.test(before[i - 1])) break;
		taken.unshift(word);
	}
	return [...taken, name].join(' ');
}
