/**
 * Steps for reported speech: a title says what happened, not who said so. "The commander said
 * Thursday he has sent a team" is titled from what was said, with the speaker kept for the
 * pronoun; "…, the office said Friday" and "according to a report" are left out.
 */
import { isFinite, isPastForm } from '../grammar';
import type { Word } from '../language';
import { clauseAt, clauseStarts } from './clauses';
import { isComma, isNoun, kept, leaveOut, type Draft, type TitleStep } from './draft';

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
function aboutDate(draft: Draft, i: number): boolean {
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
	run(draft) {
		const { words } = draft;
		for (let v = draft.from; v < draft.to; v++) {
			if (!kept(draft, v) || !isSaying(words[v]) || !isFinite(words, v)) continue;
			const subject = subjectBefore(words, draft.from, v, draft.out);
			if (subject < 0) continue;
			// "The outbreak appeared to be stabilizing on Saturday but officials warned …": a date
			// in a clause of its own before the speaker is that clause's, not the saying's.
			if (draft.date.last <= subject && verbBetween(words, draft.from, draft.date.first, subject))
				continue;
			const speaker = { from: subject, to: v };
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
		const joined =
			word.pos === 'CCONJ' && word.lower !== 'but' && noun && isNoun(words[i - 2]) && i - 1 > from;
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

/**
 * "…, the office said Friday", "…, said James Whitfield", "…," NetChoice's counsel, Chris
 * Marchese, said Monday, "…, according to a report Friday": an attribution after what was said
 * is left out (several, from the last), and when the date was in it the title is what was said.
 */
export const attributionAfter: TitleStep = {
	name: 'attributionAfter',
	run(draft) {
		const { words } = draft;
		// A quotation closed before the attribution: everything after its closing mark.
		const quote = closingQuote(draft);
		if (quote >= 0) {
			const verb = findSaying(draft, quote);
			if (verb >= 0 && isTail(draft, quote, verb)) {
				draft.speaker = nameNear(draft, quote, verb);
				draft.to = quote;
				draft.quoted = true;
			}
		}
		// An attribution ends the sentence: "…, announced yesterday | that he will withdraw" is
		// no attribution but a statement's start.
		// A participle may follow ("…, Meissner said Wednesday, adding that …").
		const participle = /ing$/.test(words[draft.to - 1]?.lower ?? '');
		if (!participle)
			for (let i = draft.to; i < words.length; i++) if (words[i].pos !== 'PUNCT') return;
		for (let c = draft.to - 1; c > draft.from; c--) {
			if (!isComma(words[c]) || !kept(draft, c)) continue;
			const tail = c + 1;
			// "according to …" up to the next comma or the end.
			if (words[tail]?.lower === 'according' && words[tail + 1]?.lower === 'to') {
				let end = tail + 2;
				while (end < draft.to && !isComma(words[end])) end++;
				leaveOut(draft, c, end);
				continue;
			}
			const verb = findSaying(draft, tail);
			if (verb < 0 || !isTail(draft, tail, verb)) continue;
			const subject = subjectBefore(words, tail, verb);
			if (subject < 0 && verb === tail) {
				// "…, the county governor, Amina Said, told reporters": the speaker is named before
				// the verb, in noun phrases between commas.
				const named = apposedSpeaker(draft, c);
				if (named) {
					draft.speaker ??= named.speaker;
					draft.to = named.comma;
					c = named.comma;
					continue;
				}
			}
			draft.speaker ??= subject >= 0 ? { from: subject, to: verb } : afterVerb(draft, verb);
			draft.to = c;
		}
	}
};

/**
 * The speaker named in noun phrases between commas before the comma at `comma` ("…, the county
 * governor, Amina Said, | told reporters"), with the comma that opens them; undefined when the
 * words before it are no noun phrase.
 */
function apposedSpeaker(
	draft: Draft,
	comma: number
): { speaker: { from: number; to: number }; comma: number } | undefined {
	let found: { speaker: { from: number; to: number }; comma: number } | undefined;
	let end = comma;
	for (let c = comma - 1; c > draft.from; c--) {
		if (!isComma(draft.words[c])) continue;
		if (!nounPhrase(draft.words, c + 1, end)) break;
		found = { speaker: { from: c + 1, to: end }, comma: c };
		end = c;
		// Two phrases at most: a role and a name, in either order.
		if (found.speaker.to < comma) break;
	}
	return found;
}

/** Whether words `from` to `to - 1` are one noun phrase: "the governor of the county". */
function nounPhrase(words: readonly Word[], from: number, to: number): boolean {
	if (to - from < 1 || to - from > 8) return false;
	const phrase = words.slice(from, to);
	return (
		phrase.some(isNoun) &&
		phrase.every(
			(w) =>
				/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(w.pos) ||
				/^['’]s$/.test(w.lower) ||
				(w.pos === 'ADP' && w.lower === 'of')
		)
	);
}

/** The comma and closing quotation mark that end a quotation before its attribution, or -1. */
function closingQuote(draft: Draft): number {
	const { words } = draft;
	for (let i = draft.from + 1; i < draft.to - 1; i++) {
		const word = words[i];
		// ",'' said", ",” Meissner said", ',\" she said'.
		if (/^(?:['’”"]|'')$/.test(word.text) && isComma(words[i - 1])) return i - 1;
	}
	return -1;
}

/** The speaker of a quotation: the name nearest the verb, before it or after it. */
function nameNear(
	draft: Draft,
	from: number,
	verb: number
): { from: number; to: number } | undefined {
	const { words } = draft;
	let end = verb;
	while (end > from && !isNoun(words[end - 1])) end--;
	let start = end;
	while (
		start > from &&
		(isNoun(words[start - 1]) ||
			/^['’]s$/.test(words[start - 1].lower) ||
			words[start - 1].pos === 'ADJ' ||
			words[start - 1].pos === 'DET')
	)
		start--;
	if (start < end) return { from: start, to: end };
	return afterVerb(draft, verb);
}

/**
 * Whether words from `tail` to the clause's end are an attribution: a verb of saying with its
 * speaker and setting ("in a statement Monday"), but no object of its own ("the company
 * reported sales") and no other verb.
 */
function isTail(draft: Draft, tail: number, verb: number): boolean {
	const { words } = draft;
	let count = 0;
	for (let i = tail; i < draft.to; i++) {
		if (i !== verb && isFinite(words, i) && words[i].pos !== 'AUX') return false;
		if (words[i].pos !== 'PUNCT' && !aboutDate(draft, i)) count++;
	}
	// After the verb: the date, a setting, the speaker's name ("said James Whitfield"), or "the
	// spokesman" after "said"; a common noun is an object.
	let i = verb + 1;
	let named = false;
	while (i < draft.to) {
		const word = words[i];
		// "…, adding that the bond matters": what follows a comma is no part of it.
		if (isComma(word) && !named) break;
		if (aboutDate(draft, i) || word.pos === 'PUNCT' || word.pos === 'ADV' || word.pos === 'PROPN') {
			named ||= word.pos === 'PROPN' && !aboutDate(draft, i);
			i++;
			continue;
		}
		// "said Bernard Tolbert, special agent": the speaker's title after the name.
		if (named && /^(?:ADJ|NOUN|DET)$/.test(word.pos)) {
			i++;
			continue;
		}
		if (word.pos === 'ADP' || word.pos === 'SCONJ') break;
		if (words[verb].lemma === 'say' && i === verb + 1 && word.pos === 'DET') break;
		// "told reporters", "told the BBC": the one told, not what was said.
		if (words[verb].lemma === 'tell' && i === verb + 1 && /^(?:DET|NOUN|PROPN)$/.test(word.pos)) {
			while (i < draft.to && /^(?:DET|ADJ|NOUN|PROPN)$/.test(words[i].pos)) i++;
			continue;
		}
		return false;
	}
	return count <= 14;
}

/**
 * Whether the clause from `from` is only an attribution: its speaker (or none, the speaker
 * named before the comma), a verb of saying and the setting ("police said on Thursday", "told
 * reporters").
 */
export function attributionTail(draft: Draft, from: number): boolean {
	const verb = findSaying(draft, from);
	if (verb < 0 || !isTail(draft, from, verb)) return false;
	// "said on Tuesday the verdict was …": what was said follows, no attribution.
	for (let i = verb + 1; i < draft.to; i++) if (isFinite(draft.words, i)) return false;
	return verb === from || subjectBefore(draft.words, from, verb) === from;
}

function findSaying(draft: Draft, from: number): number {
	for (let i = from; i < draft.to; i++) if (isSaying(draft.words[i])) return i;
	return -1;
}

/** "said James Whitfield, a neighbour": the speaker after the verb. */
function afterVerb(draft: Draft, verb: number): { from: number; to: number } | undefined {
	let to = verb + 1;
	while (to < draft.to && isNoun(draft.words[to]) && !aboutDate(draft, to)) to++;
	return to > verb + 1 ? { from: verb + 1, to } : undefined;
}
