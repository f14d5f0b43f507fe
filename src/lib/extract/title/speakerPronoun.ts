/**
 * The pronoun that opens reported words, read with its speaker: "The company said it would cut
 * jobs" → "Company would cut jobs".
 */
import { isPastForm } from '../grammar';
import type { Word } from '../language';
import { speakerText } from './attribution';
import { kindOf, type Kind } from './kind';
import { firstKept, firstVerb, type Draft, type TitleStep } from './draft';
import { FIRST_PERSON, IMPERSONAL, PERSONAL, POSSESSIVE } from './pronouns';

/** Whether the verb group at `verb` is a passive: a form of "be" before a past participle. */
function passive(words: readonly Word[], verb: number): boolean {
	let last = verb;
	while (
		last + 1 < words.length &&
		(words[last + 1].pos === 'AUX' || words[last + 1].pos === 'VERB')
	)
		last++;
	return (
		words[last].pos === 'VERB' &&
		isPastForm(words[last]) &&
		words.slice(verb, last).some((w) => w.lemma === 'be')
	);
}

/**
 * What was said, told with its speaker: "he" and "she" stand for the speaker; "it" and "they"
 * for a speaker that acts ("The company said it would cut jobs" → "Company would cut jobs"), but
 * not in a passive, where "it" is what the speaker spoke of ("The military said that it would
 * be lifted" → "Military said it would be lifted"); "I" and "we" keep their words, after the
 * speaker's name ("Albright: I will bring a message").
 */
export const speakerPronoun: TitleStep = {
	name: 'speakerPronoun',
	run(draft) {
		if (!draft.speaker || draft.lead) return;
		const quoted = draft.quoted === true;
		const speaker = speakerText(draft);
		if (!speaker) return;
		const first = firstKept(draft);
		const word = draft.words[first];
		if (!word || word.pos !== 'PRON') return;
		const verb = firstVerb(draft, first + 1);
		if (verb !== first + 1 && !(verb === first + 2 && draft.words[first + 1].pos === 'ADV')) return;
		const spoken = draft.words.slice(draft.speaker.from, draft.speaker.to);
		// "The Bank of Japan", "The New York Stock Exchange": a name with "the" is no person's.
		const institution = spoken[0]?.lower === 'the' && spoken[spoken.length - 1]?.pos === 'PROPN';
		// A person by compromise's reading (a name it knows, a role: "the minister", "two
		// people"), else by the tagger's names; "the bank" and "the ministry" are no one.
		// Read with its article: "bank" alone is as much a verb as a noun.
		// Read only by the branches that need it: compromise is the dearest reading (issue 12).
		let read: Kind | undefined;
		const kind = () =>
			(read ??= kindOf(
				draft.text.slice(spoken[0]?.start ?? 0, spoken[spoken.length - 1]?.end ?? 0)
			));
		const person = () =>
			kind().person || (!institution && !kind().organization && spoken.some(isPersonal));
		if (FIRST_PERSON.has(word.lower)) {
			if (hasName(draft) || person()) draft.lead = `${speaker}: `;
		} else if (quoted) {
			// "They promised us a wall," said James Whitfield: a quotation keeps its pronouns.
		} else if (PERSONAL.has(word.lower) && spoken.some((w) => w.lower === POSSESSIVE[word.lower])) {
			// "Her daughter said she died": "she" is the one the speaker is named after.
			draft.as.set(first, word.lower);
		} else if (
			PERSONAL.has(word.lower) &&
			(kind().organization || kind().plural) &&
			!kind().person
		) {
			// "The bank said she had resigned", "His aides said he may resign": "she" is someone
			// the bank spoke of, "he" no one of several.
			draft.lead = `${speaker} said `;
			draft.as.set(first, word.lower);
		} else if (
			word.lower === 'it' &&
			(person() || kind().plural) &&
			draft.speaker.from > first &&
			!passive(draft.words, verb)
		) {
			// "It dropped the offer, two people said": an "it" that opens the title before
			// people who speak of it is an earlier sentence's (`earlierSubject`).
		} else if (IMPERSONAL.has(word.lower) && toldObject(draft, first)) {
			// "Officials warned immigration agents Wednesday that they should expect little
			// help": "they" are the ones told, not the speakers.
			draft.as.set(first, toldObject(draft, first)!);
		} else if (PERSONAL.has(word.lower) ? !onlyPronoun(draft) : IMPERSONAL.has(word.lower)) {
			// "The family and its company said they would give": "they" are the two.
			const several = draft.words
				.slice(draft.speaker.from, draft.speaker.to)
				.some((w) => w.pos === 'CCONJ');
			if (word.lower === 'they' && several && !passive(draft.words, verb))
				draft.as.set(first, speaker);
			else if (IMPERSONAL.has(word.lower) && (person() || passive(draft.words, verb)))
				draft.lead = `${speaker} said `;
			else {
				draft.as.set(first, speaker);
			}
		}
	}
};

// A speaker is a person when named or called by a person's title; the tagger names both.
function isPersonal(word: Word): boolean {
	return word.pos === 'PROPN' || (word.pos === 'PRON' && PERSONAL.has(word.lower));
}

function hasName(draft: Draft): boolean {
	return draft.words.slice(draft.speaker!.from, draft.speaker!.to).some((w) => w.pos === 'PROPN');
}

/**
 * The one told, between the verb of saying right after the speaker and what was said, when it
 * agrees with the pronoun at `first`: a plural for "they", a singular thing for "it" ("warned
 * immigration agents Wednesday that they …"); undefined when none is there.
 */
function toldObject(draft: Draft, first: number): string | undefined {
	const { words } = draft;
	const verb = draft.speaker!.to;
	if (words[verb]?.pos !== 'VERB') return undefined;
	const phrase: Word[] = [];
	for (let i = verb + 1; i < first; i++) {
		const dated = i >= draft.date.first && i < draft.date.last;
		if (dated || words[i].pos === 'ADV' || words[i].lower === 'that') continue;
		if (
			!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[i].pos) ||
			(!phrase.length && words[i].pos === 'NUM')
		)
			return undefined;
		phrase.push(words[i]);
	}
	const head = phrase.filter((w) => w.pos === 'NOUN').at(-1);
	if (!head || phrase.at(-1) !== head) return undefined;
	const plural = head.lower !== head.lemma;
	if ((words[first].lower === 'they') !== plural) return undefined;
	const named =
		phrase[0].pos === 'DET' && /^(?:the|a|an)$/.test(phrase[0].lower) ? phrase.slice(1) : phrase;
	return draft.text.slice(named[0].start, named[named.length - 1].end);
}

/** Whether the speaker is only a pronoun ("he said he would go"): nothing to name. */
function onlyPronoun(draft: Draft): boolean {
	return draft.words
		.slice(draft.speaker!.from, draft.speaker!.to)
		.every((w) => w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'PUNCT');
}
