/**
 * What a noun phrase names, as a pronoun must agree with it: a person ("he", "she"), a thing or
 * an organisation ("it"), several ("they"). Read from compromise's tags, not a word list:
 * #Person for a name it knows, #Actor for a person called by a role ("the minister", "two
 * people", "analysts"), #Organization or a noun of its organisation words ("the bank", "the
 * ministry"), #Plural. Only speakers with a pronoun to resolve are
 * read, a few words each, so compromise's cost (some 10 µs a character) stays small; each
 * phrase is read once.
 */
import nlp from 'compromise';

export interface Kind {
	/** A person, or people: a name compromise knows or a noun of a role. */
	person: boolean;
	organization: boolean;
	plural: boolean;
}

const model = nlp.model() as {
	one: { lexicon: Record<string, string | string[]> };
	two: { orgWords: Record<string, boolean>; switches: Record<string, string> };
};
// compromise's words that name organisations: "bank", "company", "ministry", "council".
const ORG_WORDS = model.two.orgWords;
const LEXICON = model.one.lexicon;
const SWITCHES = model.two.switches;

/** Whether `word` is one of compromise's words that name organisations ("agency", "bank"). */
export function isOrganisationWord(word: string): boolean {
	return ORG_WORDS[word.toLowerCase()] === true;
}

const kinds = new Map<string, Kind>();

/** What `phrase` names; its last noun is its head ("two people familiar with the talks"). */
export function kindOf(phrase: string): Kind {
	const known = kinds.get(phrase);
	if (known) return known;
	// The head is the last noun before a preposition or a comma: "people" in "two people
	// familiar with the talks", "publisher" in "His publisher, Greenline Books".
	const terms = (
		nlp(phrase).terms().json() as { terms: { tags: string[]; post: string; normal: string }[] }[]
	).map((t) => t.terms[0]);
	let head: { tags: string[]; normal: string } | undefined;
	let name = false;
	for (const term of terms) {
		if (term.tags.includes('Preposition')) break;
		if (term.tags.includes('Noun') && !term.tags.includes('Pronoun')) head = term;
		name ||= term.tags.includes('Person');
		if (term.post.includes(',')) break;
	}
	const tags = new Set(head?.tags ?? []);
	const kind: Kind = {
		person: name || tags.has('Actor'),
		organization: tags.has('Organization') || ORG_WORDS[head?.normal ?? ''] === true,
		plural: tags.has('Plural')
	};
	if (kinds.size > 1000) kinds.clear();
	kinds.set(phrase, kind);
	return kind;
}

const spans = new Map<string, boolean>();

/**
 * Whether `noun` names a span of time by compromise's #Duration ("months", "season", "weeks"):
 * after a date it is the date's own noun ("over the winter months").
 */
export function isSpanOfTime(noun: string): boolean {
	if (!mayBeOneOf(DURATION_WORDS, noun)) return false;
	return remembered(spans, noun.toLowerCase(), (lower) => nlp(lower).has('#Duration'));
}

/**
 * What `read` says of `text`, read once: compromise costs some 10 µs a character, and the same
 * few words come back sentence after sentence. The cache is emptied past a thousand entries.
 */
function remembered(
	cache: Map<string, boolean>,
	text: string,
	read: (text: string) => boolean
): boolean {
	let known = cache.get(text);
	if (known === undefined) {
		known = read(text);
		if (cache.size > 1000) cache.clear();
		cache.set(text, known);
	}
	return known;
}

/** A person a sentence names, and whether compromise reads the first name as a woman's or a man's. */
export interface Named {
	name: string;
	female: boolean;
	male: boolean;
}

/** The people `sentence` names, by compromise's reading ("Maria Lopez", "Tom Hale"). */
export function peopleIn(sentence: string): Named[] {
	// A nickname in quotation marks inside a name is no part of it: "Darcey "prima ballerina"
	// Bussell" is Darcey Bussell.
	const plain = sentence.replace(/\s["“][^"“”]{1,40}["”](?=\s)/g, '');
	const people = nlp(plain).people().json() as {
		terms: { text: string; tags: string[] }[];
	}[];
	return people.map(({ terms }) => ({
		name: terms.map((t) => t.text).join(' '),
		female: terms.some((t) => t.tags.includes('FemaleName')),
		male: terms.some((t) => t.tags.includes('MaleName'))
	}));
}

const superlatives = new Map<string, boolean>();

/**
 * Whether `word` is a superlative by compromise's #Superlative ("largest", "worst"): read once
 * a word, as compromise takes about a millisecond on a lone word (issue 12).
 */
export function isSuperlative(word: string): boolean {
	return remembered(superlatives, word, (text) => nlp(text).has('#Superlative'));
}

const weekdays = new Map<string, boolean>();

/** Whether `word` names a day of the week by compromise's #WeekDay ("Friday", "Tues."). */
export function isWeekday(word: string): boolean {
	if (!mayBeOneOf(WEEKDAY_WORDS, word)) return false;
	return remembered(weekdays, word, (text) => nlp(text).has('#WeekDay'));
}

const months = new Map<string, boolean>();

/**
 * Whether `word` names a month by compromise's #Month ("March" in "in February, March and on
 * April 1", which the date parser leaves, as it may be a verb).
 */
export function isMonth(word: string): boolean {
	// Alone, compromise reads "March" and "May" as nouns; after "in", as a month is named.
	return remembered(months, word, (text) => nlp(`in ${text}`).has('#Month'));
}

const monthDays = new Map<string, boolean>();

/** The words compromise's lexicon gives `tag` ("december" and "sept" for #Month). */
function lexiconWords(tag: string): string[] {
	return Object.entries(LEXICON)
		.filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag))
		.map(([word]) => word);
}

/**
 * The words compromise can tag #Month: those its lexicon holds as months, those it switches
 * between a person and a date by their neighbours ("april", "june"), and "march" and "may", which
 * its rules make months beside a preposition or a date.
 */
const MONTH_WORDS = [
	...lexiconWords('Month'),
	...Object.entries(SWITCHES)
		.filter(([, kinds]) => kinds.includes('Date'))
		.map(([word]) => word),
	'march',
	'may'
];
/** The words compromise can tag #WeekDay: its lexicon's, and "sun", "sat" and "wed" by rule. */
const WEEKDAY_WORDS = [...lexiconWords('WeekDay'), 'sun', 'sat', 'wed'];
/** The words compromise tags #Duration: only its lexicon's ("months", "season", "wks"). */
const DURATION_WORDS = lexiconWords('Duration');

/**
 * Whether compromise could give `text` a tag only `words` carry: its letters hold one of them.
 * Text with a character outside printable ASCII may, as compromise folds accents ("Ápril").
 * compromise costs about a millisecond a call, on words that are seldom any of these (issue 12).
 */
function mayBeOneOf(words: readonly string[], text: string): boolean {
	if (/[^ -~]/.test(text)) return true;
	const letters = text.toLowerCase().replace(/[^a-z]/g, '');
	return words.some((word) => letters.includes(word));
}

/**
 * Whether `phrase` is a month and its day by compromise's #Month and #Date: "March eighth",
 * "May 8th" (a day spelled out, as a transcript writes it, which the date parser leaves).
 * compromise is asked only when the first word may be a month.
 */
export function isMonthDay(phrase: string): boolean {
	if (!mayBeOneOf(MONTH_WORDS, phrase.split(/\s/, 1)[0])) return false;
	return remembered(monthDays, phrase, (text) => {
		const terms = nlp(text).json()[0]?.terms as { tags: string[] }[] | undefined;
		return terms?.length === 2 && terms[0].tags.includes('Month') && terms[1].tags.includes('Date');
	});
}
