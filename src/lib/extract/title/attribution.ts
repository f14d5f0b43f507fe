/**
 * Steps for reported speech: a title says what happened, not who said so. "The commander said
 * Thursday he has sent a team" is titled from what was said, with the speaker kept for the
 * pronoun. The attribution after what was said ("…, the office said Friday") is read in
 * `attributionAfter.ts`.
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { clauseAt, clauseStarts } from './clauses';
import { isComma, isNoun, kept, type Draft, type TitleStep } from './draft';

/** Verbs of saying, by lemma: what they introduce is the news. */
const SAYING = new Set([
	'say',
	'tell',
	'announce',
	'report',
	'add',
	'warn',
	'state',
	'confirm',
	'declare',
	'write',
	'note',
	'claim',
	'insist',
	'predict',
	'explain',
	'acknowledge',
	'argue',
	'admit'
]);

export const isSaying = (word: Word | undefined): boolean =>
	word !== undefined && word.pos === 'VERB' && SAYING.has(word.lemma);

/** Whether word `i` is part of the date, or a word that only leads into it ("on", "early"). */
export function aboutDate(draft: Draft, i: number): boolean {
	return i >= draft.date.first && i < draft.date.last;
}

/**
 * Where what follows a verb of saying starts: past the date, adverbs and "that"; -1 unless a
 * subject and a finite verb come next ("said Thursday he has sent a team").
 */
function complementAfter(draft: Draft, verb: number, to: number): number {
	const { words } = draft;
	let i = verb + 1;
	// "told reporters", "said in a statement Monday": an object or setting, then the date.
	// "say the third quarter of this year looks stronger": a date before a verb is its subject.
	const subject = isFinite(words, draft.date.last);
	const skip = () => {
		while (
			i < to &&
			((aboutDate(draft, i) && !subject) ||
				words[i].pos === 'ADV' ||
				(words[i].pos === 'ADP' &&
					i + 1 < to &&
					!isFinite(words, i + 1) &&
					words[i].lower !== 'that'))
		) {
			if (words[i].pos === 'ADP')
				while (
					i + 1 < to &&
					/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(words[i + 1].pos) &&
					!aboutDate(draft, i + 1)
				)
					i++;
			i++;
		}
	};
	skip();
	if (words[i]?.lower === 'that') i++;
	if (i >= to) return -1;
	for (let j = i; j < to && j < i + 10; j++) {
		if (isComma(words[j]) || /^[:(]$/.test(words[j].text)) return -1;
		if (!isFinite(words, j)) continue;
		// "the People's Union correctly listed": adverbs between the subject and its verb.
		let noun = j - 1;
		while (noun > i && words[noun].pos === 'ADV') noun--;
		if (j === i || !isNoun(words[noun])) return -1;
		// "told the committee they had found": past the one told, to the pronoun that is the
		// subject of what was said.
		return words[j - 1].pos === 'PRON' && j - 1 > i ? j - 1 : i;
	}
	return -1;
}

/**
 * "The commander said Thursday he has sent a team", "The military said Friday that it would be
 * lifted": the title is drawn from what was said, and the speaker is kept for its pronoun.
 */
export const reportedSpeech: TitleStep = {
	name: 'reportedSpeech',
	reshapes: true,
	run(draft) {
		const { words } = draft;
		for (let v = draft.from; v < draft.to; v++) {
			if (!kept(draft, v) || !isSaying(words[v]) || !isFinite(words, v)) continue;
			const subject = subjectBefore(words, draft.from, v, draft.out);
			// "BP, which leased the rig, said last week that …", "The fund's head, Ann Lee, said
			// on Monday that …": a speaker with an aside between commas before the saying.
			const speaker = subject >= 0 ? { from: subject, to: v } : subjectPastAside(words, v);
			if (!speaker) continue;
			// "The outbreak appeared to be stabilizing on Saturday but officials warned …": a date
			// in a clause of its own before the speaker is that clause's, not the saying's.
			if (draft.date.last <= subject && verbBetween(words, draft.from, draft.date.first, subject))
				continue;
			const complement = complementAfter(draft, v, draft.to);
			if (complement >= 0) {
				draft.speaker = speaker;
				draft.from = complement;
				return;
			}
			// The clause ends on the saying ("The military said Friday | that it would …", "Kopp's
			// stepmother said Thursday: …"): what was said is the next clause.
			if (!restIsSetting(draft, v + 1, draft.to)) continue;
			const starts = clauseStarts(words);
			const [from, to] = clauseAt(starts, words.length, draft.to);
			if (from !== draft.to || from >= words.length) continue;
			const colon = words[from - 1]?.text === ':';
			draft.speaker = speaker;
			draft.from = words[from].lower === 'that' ? from + 1 : from;
			draft.to = to;
			if (colon) draft.lead = `${speakerText(draft)}: `;
			return;
		}
	}
};

/**
 * The subject of the verb at `verb` right after an aside between commas: the noun phrase before
 * a relative clause ("BP, which leased the rig, said"), or the name in apposition ("The fund's
 * head, Ann Lee, said", "a leased ship, the Northern Star, sank"); else undefined.
 */
export function subjectPastAside(
	words: readonly Word[],
	verb: number
): { from: number; to: number } | undefined {
	if (!isComma(words[verb - 1])) return undefined;
	for (let i = verb - 2; i > 0 && i > verb - 20; i--) {
		if (/^[;:.!?]$/.test(words[i].text)) return undefined;
		if (!isComma(words[i])) continue;
		const from = subjectBefore(words, 0, i);
		if (from < 0 || from >= i) return undefined;
		if (/^(?:which|who)$/.test(words[i + 1]?.lower ?? '')) return { from, to: i };
		// A name: proper nouns, and the hyphen inside one ("Strauss-Kahn").
		const name = words
			.slice(i + 1, verb - 1)
			.every(
				(w, k) => w.pos === 'PROPN' || (w.text === '-' && k > 0) || (w.lower === 'the' && k === 0)
			);
		return name ? { from: i + 1, to: verb - 1 } : undefined;
	}
	return undefined;
}

/**
 * Whether a finite or past verb stands from `from` to `to - 1` other than the word at `date`
 * ("appeared"; not "After touring …", whose participle opens no clause of its own).
 */
function verbBetween(words: readonly Word[], from: number, date: number, to: number): boolean {
	for (let i = from; i < to; i++)
		if (i !== date && (isFinite(words, i) || (words[i].pos === 'VERB' && isPastForm(words[i]))))
			return true;
	return false;
}

/**
 * Whether words `from` to `to - 1` are only the date, adverbs and phrases of setting. A noun
 * phrase right after the verb is its object, what was said ("declared an emergency on Sunday,
 * which was …"): the clause after is no speech; the one told is not ("told reporters Friday:").
 */
function restIsSetting(draft: Draft, from: number, to: number): boolean {
	const object = draft.words[from];
	if (
		object?.pos === 'DET' &&
		!aboutDate(draft, from) &&
		draft.words[from - 1]?.lemma !== 'tell' &&
		/^(?:NOUN|ADJ)$/.test(draft.words[from + 1]?.pos ?? '')
	)
		return false;
	for (let i = from; i < to; i++) {
		const pos = draft.words[i].pos;
		if (aboutDate(draft, i) || /^(?:ADV|ADP|DET|ADJ|NOUN|PROPN|NUM|PUNCT|PART|PRON)$/.test(pos))
			continue;
		return false;
	}
	return true;
}

/**
 * Where the subject of the verb at `verb` starts: the noun phrase right before it ("The top
 * commander of a resistance force"), back to the clause's start, a comma or a verb; -1 when
 * no noun stands there.
 */
export function subjectBefore(
	words: readonly Word[],
	from: number,
	verb: number,
	out?: Set<number>
): number {
	let i = verb;
	let noun = false;
	while (i > from) {
		const word = words[i - 1];
		if (out?.has(i - 1)) {
			i--;
			continue;
		}
		// "A large plant in Covington, Ga., is": a place and its state are one name.
		if (isComma(word) && words[i - 2]?.pos === 'PROPN' && /\.$/.test(words[i - 2].text)) {
			i--;
			continue;
		}
		if (isComma(word) && words[i]?.pos === 'PROPN' && /\.$/.test(words[i].text)) {
			i--;
			continue;
		}
		// "The Arnault family and its luxury group said": two nouns joined are one subject.
		// "But" joins clauses, not the nouns of a subject.
		// "Officials in and around the city": two prepositions joined govern one noun.
		const joined =
			word.pos === 'CCONJ' &&
			word.lower !== 'but' &&
			noun &&
			(isNoun(words[i - 2]) || (words[i - 2]?.pos === 'ADP' && words[i]?.pos === 'ADP')) &&
			i - 1 > from;
		if (
			isComma(word) ||
			isFinite(words, i - 1) ||
			word.pos === 'SCONJ' ||
			(word.pos === 'CCONJ' && !joined)
		)
			break;
		if (word.pos === 'PUNCT' && !/^['’]$/.test(word.text)) break;
		if (isNoun(word)) noun = true;
		i--;
	}
	while (i < verb && out?.has(i)) i++;
	return noun ? i : -1;
}

/** The speaker's words, without a leading article: "The military" → "military". */
export function speakerText(draft: Draft): string {
	if (!draft.speaker) return '';
	const { words } = draft;
	let { from } = draft.speaker;
	const { to } = draft.speaker;
	while (from < to && (words[from].pos === 'DET' || words[from].pos === 'PUNCT')) from++;
	let end = to;
	while (
		end > from &&
		(words[end - 1].pos === 'PUNCT' || (draft.date.first <= end - 1 && end - 1 < draft.date.last))
	)
		end--;
	if (from >= end) return '';
	// Without the asides left out of it: "Jim Unruh, Unisys's president," is "Jim Unruh".
	let spoken = '';
	for (let i = from; i < end; i++) {
		if (draft.out.has(i)) continue;
		const gap = spoken && words[i].start > words[i - 1].end ? ' ' : '';
		spoken += gap + words[i].text;
	}
	return spoken.replace(/\s+/g, ' ').replace(/^[,\s]+|[,\s]+$/g, '');
}
