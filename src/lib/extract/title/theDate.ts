/** The date and the words that lead into it are left out: the timeline shows the date. */
import { isFinite, isVerb } from '../grammar';
import type { Word } from '../language';
import { isComma, isNoun, leaveOut, type Draft, type TitleStep } from './draft';
import { isMonthDay, isSpanOfTime, isWeekday } from './kind';
import { nounStart, PARTICLES } from './phrase';

// Words that lead into a date: a preposition ("on", "since", "as of"), a modifier ("early",
// "last", "this", "just"). Prepositions are the tagger's; which modifiers lead into a date is
// their meaning.
const MODIFIERS =
	/^(?:early|late|earlier|later|last|this|next|past|mid|just|only|recently|the|around|about|approximately|roughly|circa|until|up)$/;

/**
 * The date and the words that lead into it ("on Thursday", "early this month", "last Oct. 23",
 * "as early as", "between now and Feb. 10"), a possessive after it ("Last Friday's
 * announcement"), and a date coordinated with it ("in 2012 and 2013") are left out: the
 * timeline shows the date. Kept when the date is the clause's subject ("today is the eighth
 * day"). A verb keeps its particle ("asked the court to step in on Jan. 12").
 */
export const theDate: TitleStep = {
	name: 'theDate',
	run(draft) {
		const { words, date } = draft;
		let { first, last } = date;
		if (first >= words.length) return;
		const before = words[first - 1];
		const subject =
			(first === draft.from || isComma(before) || (before && draft.out.has(first - 1))) &&
			isFinite(words, last);
		// "Wednesday saw a crew set fire to the slick", "2019 saw the launch of …": a date that
		// "sees" is no subject; what it saw is the title.
		if (subject && words[last].lemma === 'see' && words[last + 1]?.pos !== 'PUNCT') {
			leaveOut(draft, first, last + 1);
			return;
		}
		if (subject || argument(words, first, last) || headOfPhrase(words, first, last)) return;
		// "details about Thursday's meeting": a possessive date after a preposition is the
		// noun's article: "details about the meeting".
		if (
			before?.pos === 'ADP' &&
			/^['’]s$/.test(words[last]?.lower ?? '') &&
			/^(?:NOUN|PROPN|ADJ)$/.test(words[last + 1]?.pos ?? '')
		) {
			draft.as.set(first, 'the');
			leaveOut(draft, first + 1, last + 1);
			return;
		}
		// A coordinated date: "in 2012 and 2013", "in 1998 and again in 2011".
		if (words[last]?.pos === 'CCONJ' && words[last + 1]?.pos === 'NUM') last += 2;
		first = leadIn(draft, first);
		// "Even today you can find …", "Still today the mill grinds …": an adverb that opens the
		// clause right before its date is said of the date, and alone reads "Even you can find".
		let opening = draft.from;
		while (opening < first && words[opening].pos === 'PUNCT') opening++;
		if (first === opening + 1 && words[opening].pos === 'ADV' && words[first].pos !== 'ADP')
			first--;
		let and = first;
		while (words[and - 1]?.pos === 'ADV') and--;
		// "in January and February", "in 1998 and again in 2011": the other date goes too.
		if (words[and - 1]?.pos === 'CCONJ' && /^(?:NUM|PROPN)$/.test(words[and - 2]?.pos ?? '')) {
			let other = and - 2;
			while (/^(?:NUM|PROPN)$/.test(words[other - 1]?.pos ?? '') || words[other - 1]?.abbreviation)
				other--;
			if (words[other - 1]?.pos === 'ADP') first = leadIn(draft, other);
		}
		if (/^['’]s?$/.test(words[last]?.lower ?? '')) last++;
		// "over the winter months", "during the summer season": a span of time the date names
		// goes with it (left alone, "given to the elderly months works well").
		else if (words[last]?.pos === 'NOUN' && isSpanOfTime(words[last].text)) last++;
		// "by Nov. 30 or sooner", "in June or so": a word joined to the date by "or" that ends
		// the clause is said of the date, and would dangle alone ("will end or sooner").
		if (
			words[last]?.lower === 'or' &&
			/^(?:ADV|ADJ)$/.test(words[last + 1]?.pos ?? '') &&
			(last + 2 >= draft.to || words[last + 2].pos === 'PUNCT')
		)
			last += 2;
		// "this coming Sunday, March eighth": a month and day after a comma restate the date.
		if (
			isComma(words[last]) &&
			words[last + 2] &&
			isMonthDay(`${words[last + 1].text} ${words[last + 2].text}`)
		)
			last += 3;
		// "the Jan. 6, 2021, attack": the comma that closes the date's year goes with it.
		if (
			isComma(words[last]) &&
			/^(?:NOUN|ADJ)$/.test(words[last + 1]?.pos ?? '') &&
			words[first - 1]?.pos === 'DET'
		)
			last++;
		leaveOut(draft, first, last);
	}
};

/**
 * Whether the date from `first` to `last - 1` is what its verb is about, not when it happened:
 * "declared Tuesday a national holiday" (a date right after the verb, a noun phrase after it),
 * "gave the two sides until Friday to close the deal" (a deadline before what is to be done).
 * Without it the title reads "declared a national holiday", "gave the two sides to close".
 */
function argument(words: readonly Word[], first: number, last: number): boolean {
	const after = words[last];
	// "discovered Saturday that oil is leaking": a "that" with a clause of its own after it
	// says what was found, and the date is when.
	if (after?.lower === 'that' && clauseAfter(words, last)) return false;
	// A day, not a time before now: "banned more than a decade ago some forms of" is when.
	if (
		isFinite(words, first - 1) &&
		words[first - 1].pos === 'VERB' &&
		after?.pos === 'DET' &&
		words[last - 1].lower !== 'ago'
	)
		return true;
	return (
		/^(?:until|till)$/.test(words[first - 1]?.lower ?? '') &&
		isNoun(words[first - 2]) &&
		after?.lower === 'to' &&
		words[last + 1]?.pos === 'VERB'
	);
}

/**
 * "spends a relaxing Saturday on board", "had a busy Monday": a date that is the noun of an
 * object with its own article and adjective is what the verb is about; without it the title
 * reads "spends a relaxing on board". Not after a preposition ("on a cold Monday, …" is when),
 * nor after a word that leads into a date ("the last Friday").
 */
function headOfPhrase(words: readonly Word[], first: number, last: number): boolean {
	const adjective = words[first - 1];
	return (
		adjective?.pos === 'ADJ' &&
		!MODIFIERS.test(adjective.lower) &&
		words[first - 2]?.pos === 'DET' &&
		isVerb(words[first - 3]) &&
		!isNoun(words[last])
	);
}

/** Whether a finite verb follows the word at `i` in its stretch, a subject between. */
function clauseAfter(words: readonly Word[], i: number): boolean {
	for (let j = i + 2; j < words.length && j < i + 10; j++) {
		if (words[j].pos === 'PUNCT') return false;
		if (isFinite(words, j)) return true;
	}
	return false;
}

/** Where the words that lead into the date at `first` start. */
function leadIn(draft: Draft, first: number): number {
	const { words } = draft;
	let i = spanOfTimeBefore(draft, first);
	while (i > draft.from && MODIFIERS.test(words[i - 1].lower) && words[i - 1].pos !== 'VERB') i--;
	const word = words[i - 1];
	// "between now and", "as early as", "no later than": a phrase of time in three words.
	const three = words
		.slice(Math.max(0, i - 3), i)
		.map((w) => w.lower)
		.join(' ');
	if (
		/^(?:between now and|as (?:early|late|soon|recently) as|no (?:later|earlier) than)$/.test(three)
	)
		return i - 3;
	if (
		word &&
		(word.pos === 'ADP' || word.pos === 'SCONJ') &&
		!particle(words, i - 1) &&
		!weekdayParticle(words, i - 1)
	) {
		i--;
		if (/^as of$|^up until$|^from to$/.test(`${words[i - 1]?.lower} ${word.lower}`)) i--;
	}
	while (
		i > draft.from &&
		MODIFIERS.test(words[i - 1].lower) &&
		words[i - 1].pos !== 'VERB' &&
		words[i - 1].pos !== 'NOUN'
	)
		i--;
	return i;
}

/**
 * "The storm rolled in Friday", "the results came in Monday": no weekday takes "in", so an "in"
 * between a verb and a weekday is the verb's particle, and stays with it ("rolled in").
 */
function weekdayParticle(words: readonly Word[], i: number): boolean {
	return words[i].lower === 'in' && isVerb(words[i - 1]) && isWeekday(words[i + 1]?.text ?? '');
}

/** Whether the preposition at `i` is a verb's particle: "step in", "shut down". */
function particle(words: readonly Word[], i: number): boolean {
	return (
		PARTICLES.test(words[i].lower) && words[i - 1]?.pos === 'VERB' && words[i + 1]?.pos === 'ADP'
	);
}

/**
 * Where "in the early hours of", "during the first days of" starts before a date at `first`: a
 * span of time that is the date's own ("in the early hours of Thursday morning" is when), left
 * out with it. `first` itself when there is none.
 */
function spanOfTimeBefore(draft: Draft, first: number): number {
	const { words } = draft;
	if (words[first - 1]?.lower !== 'of' || !isSpanOfTime(words[first - 2]?.text ?? '')) return first;
	const start = nounStart(words, draft.from, first - 1);
	return start > draft.from && words[start - 1].pos === 'ADP' ? start : first;
}
