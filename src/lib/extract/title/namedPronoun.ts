/**
 * The last look of the title pipeline (`index.ts`) at a title that still opens on a pronoun.
 */
import { tag } from '../language';
import { firstKept, type Draft } from './draft';
import { headline } from './headlineText';
import { kindOf } from './kind';
import { sentenceSubject } from './sentenceSubject';

/**
 * "Researchers say the count looks stronger, and they plan to publish it next spring": a title
 * still opening on "he", "she", "it" or "they" names the sentence's subject before it when they
 * agree (a person's name for "he" and "she", by compromise's reading (`kind.ts`), a singular noun for "it", a plural for "they"), as
 * `subjectPronoun` does for a clause with no speaker; undefined when they do not.
 */
export function namedPronoun(draft: Draft, title: string): string | undefined {
	const first = firstKept(draft);
	const word = draft.words[first];
	if (!word || draft.as.has(first) || !/^(?:he|she|it|they)$/.test(word.lower)) return undefined;
	if (title.split(/\s/, 1)[0].toLowerCase() !== word.lower) return undefined;
	const subject = sentenceSubject(draft, first);
	if (!subject || subject.words.some((w) => w.pos === 'PRON')) return undefined;
	const head = subject.words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN').at(-1);
	if (!head || head.start >= word.start) return undefined;
	// "Engineers" opening a sentence is tagged a name: the word alone, in lower case, says.
	const plural = tag(head.lower)[0]?.lemma !== head.lower;
	const named = subject.words.some((w) => w.pos === 'PROPN');
	const agrees =
		(/^(?:he|she)$/.test(word.lower) && named && !plural && kindOf(subject.text).person) ||
		(word.lower === 'it' && !plural && head.pos === 'NOUN') ||
		(word.lower === 'they' && plural);
	return agrees ? headline(subject.text + title.slice(word.text.length)) : undefined;
}
