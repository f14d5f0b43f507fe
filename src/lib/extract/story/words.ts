/**
 * The words that say what a sentence is about, for telling whether two sentences of different
 * articles report one happening. Function words carry no happening, and the inflections of one
 * word ("sank", "sinks" stay apart, but "rigs" and "rig", "exploded" and "explodes" meet) are
 * folded to one stem, so that "The rig exploded" and "the explosion of the rig" share words.
 * No topic words: which words are common in a story is learned from the story (`WordIndex`).
 */

// Function words and reporting verbs: present in most sentences of any story, saying nothing of
// which happening a sentence tells.
const STOP = new Set(
	(
		'a an the and or but nor so yet of in on at to for from by with without about above below ' +
		'into onto over under after before since until during while as than then there here this ' +
		'that these those it its it’s is are was were be been being am do does did done has have ' +
		'had having will would shall should can could may might must not no yes all any some each ' +
		'every both either neither other another such own same more most less least very too also ' +
		'just only even still again ever never now today yesterday tomorrow he she they we you i me ' +
		'him her them us his hers their theirs our ours your yours my mine who whom whose which what ' +
		'when where why how if because though although whether up down out off one two three ' +
		'said says say saying told tells tell added says according reported report reports ' +
		'mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday week weeks month ' +
		'months year years day days last next earlier later ago early late first second third'
	).split(' ')
);

// Inflections folded to one stem: longest first, each leaving a stem of at least three letters.
const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ies', 'ied', 'es', 'ed', 's'];

/**
 * The stem two inflections of one word share: "explosions" and "exploded" → "explo" is too much
 * to ask of suffix rules, but "rigs"/"rig", "killed"/"kills"/"killing" meet.
 *
 * @example
 * stem('killed'); // 'kill'
 * stem('killings'); // 'kill'
 */
export function stem(word: string): string {
	for (const suffix of SUFFIXES) {
		if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
			const base = word.slice(0, -suffix.length);
			// "stopped" → "stopp" → "stop": a doubled consonant left by the suffix is one.
			return /([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ll|ss|zz)$/.test(base)
				? base.slice(0, -1)
				: base;
		}
	}
	return word;
}

// Each token's content word (or null for a function word or a bare number), remembered: a
// story repeats a few thousand words over and over.
const seen = new Map<string, string | null>();

function contentWord(token: string): string | null {
	let word = seen.get(token);
	if (word === undefined) {
		if (seen.size > 100_000) seen.clear();
		const bare = token.replace(/['’]s$/, '');
		// A year or a number of one or two digits (as days are) names a date, which the events
		// compared already share.
		word =
			bare.length < 2 || STOP.has(bare) || /^\d{1,2}$|^(?:1[6-9]|20)\d\d$/.test(bare)
				? null
				: stem(bare);
		seen.set(token, word);
	}
	return word;
}

/**
 * The content words of a text, stemmed, each counted once.
 *
 * @example
 * [...contentWords('The rig exploded on Tuesday, killing 11 workers.')]; // ['rig', 'explod', 'kill', 'worker']
 */
export function contentWords(text: string): Set<string> {
	const words = new Set<string>();
	for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu)) {
		const word = contentWord(match[0]);
		if (word !== null) words.add(word);
	}
	return words;
}
