/**
 * The language layer: the words of a sentence with their part of speech (Universal POS tags) and
 * lemma, from wink-nlp and its English model (`wink-eng-lite-web-model`, about 95% accurate on
 * the Wall Street Journal, at some 0.1 ms a sentence). Tense, "does this clause have a verb",
 * clauses and subjects are read from these tags (`grammar.ts`), not from word lists.
 *
 * Tagging is the dearest step of extraction, so it runs only on what asks for it (the sentences
 * that carry a date, and the few words around a date whose tense matters) and each text is tagged
 * once: a sentence's titles, tense and clauses all read one cached tagging. The model loads on
 * first use (a few hundred milliseconds), in the editor's worker or the command line, never on
 * the reader's page.
 *
 * @example
 * tag('Rebels captured the town on Monday.').map((w) => w.pos);
 * // ['PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']
 */
import winkNLP, { type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word of a tagged text: `text === source.slice(start, end)`. */
export interface Word {
	start: number;
	end: number;
	text: string;
	/** Lower case, for comparisons. */
	lower: string;
	pos: PartOfSpeech;
	/** The dictionary form: "was" → "be", "said" → "say", "fighters" → "fighter". */
	lemma: string;
	/** The tokenizer's abbreviation flag: "Gen.", "Calif.", "U.S.", "a.m.". */
	abbreviation: boolean;
}

export type { PartOfSpeech };

// Pronouns that are subjects.
const SUBJECTS = /^(?:i|we|you|he|she|it|they)$/;

type Engine = ReturnType<typeof winkNLP>;
let engine: Engine | undefined;
function nlp(): Engine {
	return (engine ??= winkNLP(model, ['pos']));
}

// Tagged texts, most recent last: a Map keeps insertion order, so the oldest is evicted first.
const cache = new Map<string, readonly Word[]>();
const CACHE_SIZE = 4000;
/**
 * A text longer than this is tagged in its first stretch only: a pasted table with no full
 * stop is one "sentence" of 100 KB, and tagging it whole would cost a second for nothing.
 */
export const MAX_TAGGED = 2000;

/** Counts of taggings and cache hits, for the benchmark (`npm run bench:extract`). */
export const languageStats = { tagged: 0, hits: 0 };

/**
 * The words of `text` with their tags, remembered per text. Offsets are UTF-16 units into
 * `text`; the tokenizer keeps every character, so words are found at their exact place.
 */
export function tag(text: string): readonly Word[] {
	const key = text.length > MAX_TAGGED ? text.slice(0, MAX_TAGGED) : text;
	const known = cache.get(key);
	if (known) {
		languageStats.hits++;
		// Refreshed as most recent.
		cache.delete(key);
		cache.set(key, known);
		return known;
	}
	languageStats.tagged++;
	const words = tagNow(key);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(key, words);
	return words;
}

/** Forgets every tagged text (the benchmark measures extraction with nothing remembered). */
export function clearLanguageCache(): void {
	cache.clear();
}

function tagNow(text: string): Word[] {
	const engine = nlp();
	const its = engine.its;
	const tokens = engine.readDoc(text).tokens();
	const values = tokens.out(its.value) as string[];
	const spaces = tokens.out(its.precedingSpaces) as string[];
	const tags = tokens.out(its.pos) as PartOfSpeech[];
	const lemmas = tokens.out(its.lemma as never) as unknown as string[];
	const abbreviations = tokens.out(its.abbrevFlag as never) as unknown as boolean[];
	const words: Word[] = [];
	let at = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		if (tags[i] === 'SPACE') {
			at += spaces[i].length + value.length;
			continue;
		}
		// The tokenizer is lossless for spaces, tabs and no-break spaces, but drops a few
		// separators (U+2028): the word is looked for a short way ahead when it is not in place.
		let start = at + spaces[i].length;
		if (text.slice(start, start + value.length) !== value) {
			const found = text.indexOf(value, at);
			if (found < 0 || found > start + 8) continue;
			start = found;
		}
		const end = start + value.length;
		words.push({
			start,
			end,
			text: value,
			lower: value.toLowerCase(),
			pos: tags[i],
			// wink gives no lemma for a few contractions it splits ("ive." is "i" and "ve"): the word.
			lemma: (lemmas[i] ?? value).toLowerCase(),
			abbreviation: abbreviations[i] === true
		});
		at = end;
	}
	return repaired(words);
}

/**
 * Mistakes of the small model that news makes common, put right from the tags around them: a
 * capitalised word inside a sentence is a name, not a verb ("the Roe vs. Wade decision", "the
 * governor, Amina Said, told", "Pan Am Flight 103"); a
 * noun between a subject and "to" + verb is the sentence's verb ("the league plans to hold");
 * an "-ed" word read as an adjective after a subject, before what follows a verb, is the verb
 * ("when it crested at 64.7 feet", "heavy snow melted faster"); the word after "who" that leads
 * into an object is its verb ("who last won the trophy").
 */
function repaired(words: Word[]): Word[] {
	for (let i = 1; i < words.length; i++) {
		const word = words[i];
		const before = words[i - 1];
		if (
			(word.pos === 'VERB' || (word.pos === 'AUX' && before.lower !== 'i')) &&
			/^\p{Lu}\p{Ll}/u.test(word.text) &&
			// After a comma a word is capitalised only as a name: "the governor, Said, told".
			(before.text === ',' ||
				(before.pos !== 'PUNCT' &&
					(before.pos === 'PROPN' || before.pos === 'ADP' || words[i + 1]?.pos === 'PROPN')))
		)
			word.pos = 'PROPN';
		else if (
			word.pos === 'NOUN' &&
			/s$/.test(word.lower) &&
			(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') &&
			words[i + 1]?.lower === 'to' &&
			words[i + 2]?.pos === 'VERB'
		)
			word.pos = 'VERB';
		else if (
			// "Argentina, who last won the trophy": a relative "who" needs its verb, and the word
			// after it (past an adverb) that leads into an object is that verb.
			(word.pos === 'NOUN' || word.pos === 'ADJ') &&
			(before.lower === 'who' ||
				(/^(?:ADV|ADJ)$/.test(before.pos) && words[i - 2]?.lower === 'who')) &&
			/^(?:DET|PRON)$/.test(words[i + 1]?.pos ?? '')
		)
			word.pos = 'VERB';
		else if (
			word.pos === 'ADJ' &&
			/[a-z]ed$/.test(word.lower) &&
			((before.pos === 'PRON' && SUBJECTS.test(before.lower)) || before.pos === 'NOUN') &&
			/^(?:ADV|ADP|DET|PRON|PUNCT|NUM)$/.test(words[i + 1]?.pos ?? 'PUNCT')
		) {
			word.pos = 'VERB';
			word.lemma = word.lower.replace(/ed$/, '');
		}
	}
	return words;
}

/**
 * Whether `word` followed by a full stop is an abbreviation ("Gen.", "Corp.", "Calif.",
 * "U.S."), as the tokenizer reads it. A lone lower-case letter is not ("their 401(k)s. The
 * rules"): initials are capitals, and dotted runs ("a.m.") are read whole.
 */
export function isAbbreviation(word: string): boolean {
	if (/^[a-z]$/.test(word)) return false;
	let known = abbreviations.get(word);
	if (known === undefined) {
		if (abbreviations.size > 10_000) abbreviations.clear();
		const words = tag(`${word}.`);
		known = words.length === 1 && words[0].abbreviation;
		abbreviations.set(word, known);
	}
	return known;
}
const abbreviations = new Map<string, boolean>();
