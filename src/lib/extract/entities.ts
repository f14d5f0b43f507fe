/**
 * People, places and organisations named in an event's quotes. Running compromise's tagger over
 * every quote costs about 10 µs per character, twenty times the rest of the extractor, so this
 * reads compromise's own data instead (its lexicon of names, countries, cities and regions, and
 * the words that end organisation and place names) and classifies each run of capitalised words
 * with it. A run is kept only when that data vouches for it: an honorific or known first name
 * (people), a known organisation or a closing word such as "Service" or "Council"
 * (organisations), a known country, city or region or a closing word such as "River"
 * (places). Anything else stays out.
 */
import nlp from 'compromise';
import type { Entities } from '../data/schema';

/** Names found in one passage. */
export type Found = [people: string[], places: string[], organizations: string[]];

type Lexicon = Record<string, string | string[] | undefined>;
const model = nlp.model() as {
	one: { lexicon: Lexicon };
	two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
};
const LEXICON = model.one.lexicon;
const ORG_WORDS = model.two.orgWords;
const PLACE_WORDS = model.two.placeWords;
// Closing words of organisation names that compromise's list lacks.
const MORE_ORG_WORDS = new Set([
	'project',
	'party',
	'force',
	'forces',
	'police',
	'court',
	'parliament'
]);
const COUNTRY_INITIALS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'ROK', 'DPRK']);
// Opening words of Arabic group names: "Harakat al-Nujaba" (movement), "Kataib Hezbollah"
// (brigades), "Jaish al-Mahdi" (army). Without them the "al-" would read as a person's name.
const ORG_OPENERS = new Set([
	'harakat',
	'kataib',
	'kata’ib',
	"kata'ib",
	'asaib',
	'asa’ib',
	"asa'ib",
	'jaish',
	'jabhat',
	'hizb',
	'liwa',
	'saraya',
	'ansar',
	'tahrir'
]);

function tagsOf(word: string): string[] {
	const tags = LEXICON[word.toLowerCase()];
	return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/**
 * Whether compromise's data knows `word` as one that closes organisation names ("Times",
 * "Chronicle", "Telegraph", "Council").
 */
export function isOrganisationWord(word: string): boolean {
	return ORG_WORDS[word.toLowerCase()] === true;
}

const has = (tags: string[], ...wanted: string[]): boolean => tags.some((t) => wanted.includes(t));
const FIRST_NAME = ['FirstName', 'MaleName', 'FemaleName'];
const PLACE = ['Country', 'City', 'Region', 'Place'];
// Tags of words that begin a sentence without being part of a name ("The", "But", "After").
const NOT_NAME = [
	'Determiner',
	'Preposition',
	'Conjunction',
	'Pronoun',
	'Adverb',
	'QuestionWord',
	'Modal',
	'Month',
	'WeekDay',
	'Date',
	'Copula',
	'Cardinal',
	'Ordinal'
];

// A capitalised word ("Baghdad", "U.S.", "O'Neill"), or an Arabic name with its article
// ("al-Saidi", "Al-Muhandis").
const WORD = String.raw`(?:(?:[Aa]l|[Ee]l)-)?\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:\p{Lu}\.)*`;
// Lower-case words that may sit inside a name: "Bank of America", "Jamal al Ibrahim".
const LINK = String.raw`(?:of|al|bin|ibn|de|du|da|van|von|la)`;
const SPACE = String.raw`[ \u00a0]`;
const RUN = new RegExp(
	String.raw`(?=[\p{Lu}ae])(?<![\p{L}\p{N}])${WORD}(?:${SPACE}(?:${LINK}${SPACE})?${WORD})*`,
	'gu'
);

/**
 * Which kind of name a run of capitalised words is, if compromise's data vouches for it. `before`
 * and `after` are the text around the run: a two- or three-word name that "said" something, or
 * follows a role ("spokesman Juan Diaz"), is a person's.
 */
function classify(words: string[], before = '', after = ''): 0 | 1 | 2 | undefined {
	const whole = words.join(' ').toLowerCase().replace(/\.$/, '');
	const wholeTags = tagsOf(whole);
	const last = words[words.length - 1].toLowerCase().replace(/\.$/, '');
	const first = words[0].replace(/\.$/, '');
	if (words.length > 1 && has(tagsOf(first), 'Honorific')) return 0;
	if (has(wholeTags, 'Organization')) return 2;
	if (has(wholeTags, ...PLACE)) return 1;
	if (words.length > 1 && (ORG_WORDS[last] || MORE_ORG_WORDS.has(last))) return 2;
	if (words.length > 1 && ORG_OPENERS.has(first.toLowerCase())) return 2;
	// "New York State" is a place; "Islamic State", named after no place, a group.
	if (words.length > 1 && last === 'state' && !has(tagsOf(words.slice(0, -1).join(' ')), ...PLACE))
		return 2;
	if (words.length > 1 && PLACE_WORDS[last]) return 1;
	if (has(wholeTags, 'Person', ...FIRST_NAME, 'LastName')) return 0;
	if (words.length > 1 && has(tagsOf(first), ...FIRST_NAME)) return 0;
	if (words.length > 1 && has(tagsOf(last), 'LastName')) return 0;
	// Countries by their initials are places, not organisations: "U.S.", "UK", "UAE".
	if (words.length === 1 && COUNTRY_INITIALS.has(words[0].replace(/\./g, ''))) return 1;
	// compromise reads an acronym as an organisation ("NATO", "U.N.").
	if (words.length === 1 && /^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,4})$/u.test(words[0])) return 2;
	const unknown = words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && tagsOf(w).length === 0);
	if (
		unknown &&
		(words.length === 2 || words.length === 3) &&
		(/^,?\s+(?:said|says|told|wrote|added|asked|\d{1,3},)/.test(after) ||
			has(tagsOf(before.match(/(\p{Ll}+)\s+$/u)?.[1] ?? ''), 'Actor'))
	)
		return 0;
	if (words.some((w) => /^[Aa]l-/.test(w)) || (words.length > 1 && /^[Aa]bu$/.test(first)))
		return 0;
	return undefined;
}

// A nationality before an organisation word: "the Iraqi government", "the Iranian military".
const NATIONAL_BODY = new RegExp(
	String.raw`(?=\p{Lu})(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)${SPACE}(\p{Ll}+)\b`,
	'gu'
);

/** A person's name in a run, from a known first name on ("Representative Tom DeLay"). */
function personIn(words: string[]): string | undefined {
	if (classify(words) === 0) return words.join(' ');
	const given = words.findIndex(
		(w, i) => i > 0 && i < words.length - 1 && has(tagsOf(w), ...FIRST_NAME)
	);
	return given > 0 ? words.slice(given).join(' ') : undefined;
}

/** The names in one passage, in order of first mention. */
function findIn(passage: string): Found {
	const found: Found = [[], [], []];
	const named: [at: number, kind: 0 | 1 | 2, name: string][] = [];
	for (const match of passage.matchAll(NATIONAL_BODY)) {
		if (has(tagsOf(match[1]), 'Demonym') && ORG_WORDS[match[2]])
			named.push([match.index, 2, `${match[1]} ${match[2]}`]);
	}
	for (const match of passage.matchAll(RUN)) {
		// "(AP)" credits a wire service; it names no one in the news.
		if (passage[match.index - 1] === '(' && passage[match.index + match[0].length] === ')')
			continue;
		let words = match[0].replace(/['’]s$/, '').split(/[ \u00a0]+/);
		// A sentence may start with a word that is no name: "The U.S. military …".
		while (words.length && has(tagsOf(words[0]), ...NOT_NAME)) words = words.slice(1);
		while (words.length && /^(?:of|al|bin|ibn|de|du|da|van|von|la)$/.test(words[0]))
			words = words.slice(1);
		if (!words.length) continue;
		const end = match.index + match[0].length;
		// "Sen. Bob Smith of New Hampshire": a person, then a place.
		const of = words.lastIndexOf('of');
		if (of > 0 && classify(words.slice(of + 1)) === 1) {
			const person = personIn(words.slice(0, of));
			if (person) {
				named.push([match.index, 0, person]);
				named.push([match.index + 1, 1, words.slice(of + 1).join(' ')]);
				continue;
			}
		}
		const kind = classify(
			words,
			passage.slice(Math.max(0, match.index - 20), match.index),
			passage.slice(end, end + 12)
		);
		if (kind !== undefined) {
			named.push([match.index, kind, words.join(' ')]);
			continue;
		}
		// A role before a name: "Secretary of State Madeleine Albright".
		const person = personIn(words);
		if (person) named.push([match.index, 0, person]);
	}
	named.sort((a, b) => a[0] - b[0]);
	for (const [, kind, raw] of named) {
		const name = tidy(raw);
		if (name) found[kind].push(name);
	}
	return found;
}

/**
 * Names in the given passages, each list deduplicated in order of first mention. `cache` lets a
 * caller share the reading of a passage quoted by several events.
 *
 * @example findEntities(['Gov. Mike DeWine toured the Ohio River towns.'])
 * // { people: ['Gov. Mike DeWine'], places: ['Ohio River'], organizations: [] }
 */
export function findEntities(passages: string[], cache = new Map<string, Found>()): Entities {
	const people = new Set<string>();
	const places = new Set<string>();
	const organizations = new Set<string>();
	for (const passage of passages) {
		let found = cache.get(passage);
		if (!found) {
			found = findIn(passage);
			cache.set(passage, found);
		}
		for (const name of found[0]) people.add(name);
		for (const name of found[1]) places.add(name);
		for (const name of found[2]) organizations.add(name);
	}
	return { people: [...people], places: [...places], organizations: [...organizations] };
}

/** A name without a possessive or surrounding punctuation, or nothing if none is left. */
function tidy(raw: string): string | undefined {
	const name = raw
		.replace(/['’]s$/, '')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
		.replace(/^([^.]+)\.$/, '$1')
		.trim();
	return name.length > 1 && /^\p{Lu}/u.test(name) ? name : undefined;
}
