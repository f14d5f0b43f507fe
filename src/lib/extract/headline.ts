import { DATELINE, mayOpenOnDateline } from './sentences';
import { hasVerb } from './tense';

/**
 * Draft event titles, short and headline-like, built from the clause that carries the time
 * expression: its subject and verb, not the whole sentence. Editors refine them through
 * corrections; ids are derived from them, so the rules are deterministic.
 */

const MAX_WORDS = 12;
const SUBORDINATORS =
	/(?:^|\s)(?:after|when|while|because|since|before|until|as|where|which|who|whom|whose|that|although|though|once)\s+/gi;
// "the office said Friday", "Clark said in a telephone interview Monday".
const ATTRIBUTION =
	/\b(?:said|says|told|announced|reported|added|warned|stated|confirmed|declared|wrote|noted)(?:\s+(?:in|at|during)\s+(?:a|an|the)\s+[^,;.]{0,40}?)?\s+(?:on\s+)?$/i;
const LEADING_PREPOSITION =
	/\s*\b(?:on|in|during|since|by|from|until|through|at|of|for|over|within|before|after|effective|between|as\s+(?:early|late|soon)\s+as|no\s+later\s+than|as\s+of|between\s+now\s+and)\s+$/i;

/**
 * A headline for the happening a time expression dates, from its sentence.
 *
 * @example
 * draftTitle('Last week, X died when a strike hit a car.', 0, 9); // 'X died'
 */
export function draftTitle(text: string, start: number, end: number): string {
	// "O'SMACH, Cambodia (AP)_ The top commander …": a wire dateline, blanked so that offsets hold.
	const sentence = mayOpenOnDateline(text)
		? text.replace(DATELINE, (line) => ' '.repeat(line.length))
		: text;
	// Whatever the rules find, a title is never empty: the sentence itself is the fallback.
	const title = clauseTitle(sentence, start, end) || tidy(sentence) || 'Untitled event';
	return named(
		withoutRelative(subjectBefore(withSubject(title, sentence), sentence, start, end)),
		sentence
	);
}

// Whether a word is a verb, remembered: most titles open on one of a few hundred words.
const verbs = new Map<string, boolean>();
function isVerb(word: string): boolean {
	let verb = verbs.get(word);
	if (verb === undefined) {
		if (verbs.size > 10_000) verbs.clear();
		verb = hasVerb(word);
		verbs.set(word, verb);
	}
	return verb;
}

// Words that open an adverbial or a clause, not a subject: "Among them, …", "Then, after …".
const NOT_A_SUBJECT =
	/^(?:among|in|on|at|for|after|before|then|also|but|and|or|however|meanwhile|still|yet|so|while|when|as|since|by|with|from|to|of|during|under|over|about|although|though|if|despite|because|here|there|it|this|that)\b/i;

/**
 * "Prime Minister John Howard, a monarchist himself, promised …", "Then, after extending its
 * offer four times, IMA early this month lowered its offer …": a title that opens on its verb
 * ("Promised to put …", "Lowered its offer …") takes the subject the sentence gives that verb —
 * the name right before it, or the name that opens the sentence when only asides come between —
 * and stays as it is when there is no such short name.
 */
function subjectBefore(title: string, sentence: string, start: number, end: number): string {
	const [first, second = '', third = ''] = title.split(' ', 3);
	// A plain word that is a verb ("Lowered"), not "N.J.-based" or "98.6%-owned", and not an
	// adjective on a noun that has its own verb ("Reduced dividend is payable").
	if (
		!/^[A-Z][a-z]+$/.test(first) ||
		!isVerb(first.toLowerCase()) ||
		hasVerb(`${second} ${third}`.toLowerCase())
	)
		return title;
	const verb = new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(
		sentence
	);
	if (!verb) return title;
	// The date, and the word that leads it in ("early this month"), are no part of a subject.
	let before = sentence.slice(0, verb.index);
	if (start < verb.index)
		before =
			sentence
				.slice(0, start)
				.replace(/\b(?:early|late|earlier|later|on|in|over|during|at|by|since|until)\s+$/i, '') +
			sentence.slice(Math.min(end, verb.index), verb.index);
	const segments = before
		.split(CLAUSE_COMMA)
		.map((segment) => segment.trim().replace(/,$/, ''))
		.filter(Boolean);
	const name = (segment: string | undefined) =>
		segment !== undefined &&
		/^(?:the\s+)?[\p{Lu}\d]/u.test(segment) &&
		!NOT_A_SUBJECT.test(segment) &&
		!hasWords(segment, 9) &&
		!hasVerb(segment);
	const last = segments[segments.length - 1];
	const headed = (subject: string) =>
		tidy(
			`${subject} ${first.charAt(0).toLowerCase()}${first.slice(1)} ${title.slice(first.length + 1)}`
		);
	let subject = '';
	// "international sales, which accounted for 43%": the noun the relative pronoun stands for.
	if (/^(?:which|who)$/i.test(last ?? '') && segments.length > 1) {
		const noun = antecedent(segments[segments.length - 2], /^which$/i.test(last));
		// "who" stands for a person, named: not "senior vice president, field operations, who".
		if (noun && !hasVerb(noun) && (/^which$/i.test(last) || /\p{Lu}/u.test(noun)))
			return headed(noun);
	}
	// "Its founder, Louis Marchand, opened the club": the name next to the verb, an apposition
	// between commas included when it is a name of two words or more, not a place ("Nairobi,
	// Kenya," or "Phoenix, Ariz.,").
	const apposition =
		/^\p{Lu}/u.test(last ?? '') &&
		hasWords(last ?? '', 2) &&
		!/,\s+\p{Lu}\p{Ll}{0,4}\.$/u.test(last ?? '');
	if (name(last) && (segments.length === 1 || !/[,;]\s*$/.test(before) || apposition))
		subject = last;
	else if (
		name(segments[0]) &&
		segments.slice(1).every((segment) => /^[\p{Ll}\d(]/u.test(segment) && !hasVerb(segment))
	)
		subject = segments[0];
	if (!subject) return title;
	// "Sun Microsystems Inc., a computer maker": the aside after an abbreviation goes too.
	return headed(subject.replace(/,\s+\p{Ll}.*$/u, ''));
}

/**
 * "1996 Olympic bombing that killed one person" reads as a headline without its "that": "1996
 * Olympic bombing killed one person", when a short noun phrase with no verb of its own comes
 * before it and a past tense after it. Titles cut short keep it.
 */
function withoutRelative(title: string): string {
	if (title.endsWith('…')) return title;
	const match =
		/^((?:[\p{L}\d'’.,-]+\s+){1,5}?)(?:that|which|who)\s+(?=(?:\p{L}{2,}ed|killed|hit|struck|left|sank|shot|began|won|lost|took|made|fell|rose|led|brought|drove)\b)/u.exec(
			title
		);
	if (!match || /\b(?:is|are|was|were|has|have|had|will|would|said)\b/i.test(match[1]))
		return title;
	return match[1] + title.slice(match[0].length);
}

// A finite verb that opens a title whose subject the clause left behind: "Was found abandoned".
const FINITE =
	"(?:is|are|was|were|has|have|had|could|would|will|can|may|might|should|must|said|says|told|isn['’]t|wasn['’]t|weren['’]t|hasn['’]t|hadn['’]t)";
const OPENS_ON_VERB = new RegExp(`^${FINITE}\\s`, 'i');
const FIRST_VERB = new RegExp(`\\s${FINITE}\\s`);

/**
 * "His car was spotted …, and was found abandoned at the airport in December": the title of the
 * second clause borrows the sentence's subject ("His car was found abandoned …"), when the
 * subject is short and stated before the sentence's first verb.
 */
function withSubject(title: string, sentence: string): string {
	if (!OPENS_ON_VERB.test(title)) return title;
	const verb = FIRST_VERB.exec(sentence);
	if (!verb) return title;
	// "Executives expect growth to slow in Q3, and said results would depend on supply": a
	// second verb of a subject stated long before; what was said is the headline.
	if (/\band\s*$/.test(sentence.slice(Math.max(0, verb.index - 6), verb.index))) {
		const said = /^(?:Said|Says)\s+(?:that\s+)?(?!(?:it|he|she|they|we|I)\b)(.+)$/.exec(title);
		return said && hasVerb(said[1]) ? tidy(said[1]) : title;
	}
	// "The establishment of the company, to be called Courtaulds Textiles, could …": an aside
	// between commas is no part of the subject.
	let subject = sentence
		.slice(0, verb.index)
		.replace(/,\s+[\p{Ll}\d][^,]*,(?=\s|$)/gu, '')
		.replace(/,\s*$/, '');
	// "Jim Unruh, Unisys's president, said": the speaker, without the title after the name.
	if (/^(?:Said|Says|Told)\s/.test(title)) subject = subject.replace(/,\s+[^,]*$/, '');
	if (!subject.trim() || hasWords(subject, 9) || /\d{4}/.test(subject)) return title;
	return tidy(subject + ' ' + title.charAt(0).toLowerCase() + title.slice(1));
}

// A headline opening on a common noun that stands for a name: "the organization", "the group".
const STAND_IN = /^(?:Organization|Organisation|Group|Militia|Movement|Company|Party|Alliance)\b/;

/**
 * The title with a leading stand-in ("Organization seized …") replaced by the name it stands for,
 * the last "the" + capitalised name before it in the sentence ("the Islamic State … after the
 * organization seized" gives "Islamic State seized …"). Unchanged when there is none.
 */
function named(title: string, sentence: string): string {
	const standIn = STAND_IN.exec(title);
	if (!standIn) return title;
	const at = sentence.search(new RegExp(`\\bthe\\s+${standIn[0]}\\b`, 'i'));
	if (at < 0) return title;
	let name: string | undefined;
	for (const match of sentence
		.slice(0, at)
		.matchAll(/\bthe\s+((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/gu))
		name = match[1];
	return name ? name + title.slice(standIn[0].length) : title;
}

function clauseTitle(sentence: string, start: number, end: number): string {
	// "shot to death last Oct. 23": "last" goes with the date.
	const lastThis = /\b(?:last|this|next)\s+$/i.exec(sentence.slice(Math.max(0, start - 6), start));
	if (lastThis && /^[\p{Lu}\d]/u.test(sentence.slice(start, end))) start -= lastThis[0].length;
	const before = sentence.slice(0, start);
	// "the Jan. 6, 2021, attack on the Capitol": news style closes a date's year with a comma,
	// inside the noun phrase the date belongs to.
	const after =
		/\d{4}$/.test(sentence.slice(start, end)) &&
		/\b(?:the|a|an|its|his|her|their)\s+$/i.test(endOf(before, 8) + ' ') &&
		/^,\s+\p{Ll}/u.test(sentence.slice(end))
			? sentence.slice(end).replace(/^,/, '')
			: sentence.slice(end);
	// "since Oct. 7, 2023, when Hamas invaded Israel, …": the when-clause is the happening.
	const when = /^(?:,|\s_)?\s+when\s+([^,;._]+)/i.exec(after);
	if (when) return tidy(when[1]);
	// "In Saudi Arabia, today is the eighth day of Desert Shield": the expression is the subject.
	if (/^\s+(?:is|was|marks|marked|will\s+mark)\s/i.test(after) && !/\w\s*$/.test(before))
		return tidy(sentence.slice(start, end) + firstClause(after));
	// "Last week, X died when …": the main clause after a leading time expression. "Up until
	// Thursday, however, they had …": its preposition and a sentence adverb go too; "Last
	// Friday's announcement was …": so does the possessive.
	if (
		/^\s*(?:``|["“'‘])?\s*(?:(?:and|but|so|then|yet|also)\s+)?(?:(?:just|only|even|as\s+recently\s+as)\s+)?(?:(?:on|in|for|over|during|by|at|early|late|earlier|later|until|up\s+until|since|as\s+of|through|throughout|starting|beginning)\s+)?$/i.test(
			before
		)
	) {
		const main = after
			.replace(/^['’]s\s+/, '')
			.replace(/^[\s,]+(?:(?:however|though|meanwhile|too|also|then)\s*,\s*)?/i, '');
		return tidy(firstClause(main));
	}
	// "The mayor has allocated funds …, according to a news agency report Friday".
	const according = /^(.*?),\s+according\s+to\b[^,]*$/i.exec(before);
	if (according && hasWords(according[1], 3)) return tidy(firstClause(according[1]));
	// "…," the office said Friday: the reported content comes before the attribution. An
	// attribution holds no comma, semicolon or full stop: it is looked for after the last one.
	const lastClause =
		1 + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'));
	const attribution = ATTRIBUTION.exec(before.slice(lastClause));
	// "the decision was announced Wednesday", "the decision, announced Wednesday by the INS": a
	// passive or a participle, with no speaker before it, is no attribution.
	if (
		attribution &&
		!/\b(?:was|were|is|are|be|been|being)\s*$/i.test(
			before.slice(lastClause, lastClause + attribution.index)
		) &&
		!/^\s*by\b/i.test(after)
	) {
		const reported = before.slice(0, lastClause + attribution.index);
		// "Kopp's stepmother said Thursday: ``I would like …''": the speaker and the words.
		const colon = /^[^:]*:\s*(?:``|["“'‘])\s*(.+)$/.exec(after);
		if (colon && hasWords(colon[1], 3))
			return tidy(`${firstClause(reported).trim()}: ${firstClause(colon[1])}`);
		const quoted = /^(.*?)[,.]?["”]?,\s+[^,\s][^,]*$/.exec(reported);
		if (quoted && hasWords(quoted[1], 3)) return tidy(firstClause(quoted[1]));
		// "“We are pleased …,” NetChoice's general counsel, Chris Marchese, said": the words
		// quoted, however long the speaker's name and title.
		const spoken = /^\s*(?:``|["“])([^"”]+?)[,.]?(?:''|["”])/.exec(reported);
		if (spoken && hasWords(spoken[1], 3)) {
			// "To the embassy staff, I will bring a message": past a leading phrase without a verb;
			// words in the first person go with their speaker ("Albright: I will bring …").
			const lead = /^(?:to|in|on|at|for|after|before|with|from|by|during)\b[^,]*,\s+/i.exec(
				spoken[1]
			);
			const words =
				lead && !hasVerb(lead[0].replace(/['’]s\b/g, ''))
					? spoken[1].slice(lead[0].length)
					: spoken[1];
			const speaker = reported
				.slice(spoken[0].length)
				.split(',')
				.map((part) => part.trim())
				.filter(Boolean)
				.pop();
			if (/^(?:I|We)\b/.test(words) && speaker && /^\p{Lu}/u.test(speaker) && !hasWords(speaker, 5))
				return tidy(`${speaker}: ${firstClause(words)}`);
			return tidy(firstClause(words));
		}
		const that = /^\s*(?:,\s*)?(?:that\s+)?(.+)$/i.exec(after);
		if (that && hasWords(that[1], 3)) {
			// "The commander said Thursday he has sent a team": the speaker for the pronoun.
			const speaker = firstClause(reported).trim();
			const pronoun =
				/^(?:he|she|they|it)\s+(?=(?:has|have|had|was|were|is|are|would|will|could)\b)/i.exec(
					that[1]
				);
			if (pronoun && speaker && !hasWords(speaker, 9) && !/\b(?:he|she|it|they)$/i.test(speaker))
				return tidy(speaker + ' ' + firstClause(that[1].slice(pronoun[0].length)));
			return tidy(firstClause(that[1]));
		}
		return tidy(reported + ' said');
	}
	// Otherwise the clause holding the expression, from the last subordinator or comma before it.
	// A time expression without a preposition is part of the clause ("the third quarter looks
	// stronger"); with one, it is an adverbial the headline can do without.
	// Only the end of `before` can hold it: a short tail keeps the $-anchored pattern cheap.
	const lead = LEADING_PREPOSITION.exec(before.slice(-24));
	const adverbial = lead?.[0].trim();
	// "since the great flood of 1927", "after the revolution of 1959": the happening the year
	// dates, named after a preposition of time.
	if (adverbial?.toLowerCase() === 'of' && /^\d{4}$/.test(sentence.slice(start, end))) {
		const noun = DATED_NOUN.exec(endOf(before.slice(0, before.length - lead![0].length), 60));
		if (noun && !hasVerb(noun[1])) return tidy(noun[1]);
	}
	// Patterns anchored at the end of `before` are tried on its last word only: run on the whole
	// of it, they would be tried from every offset of a long sentence.
	const spaced = /\s/.test(before.slice(-1));
	const lastWord = endOf(before, 6);
	// "voted 7-2 last Tuesday": after a verb or its object, the expression is an adverbial too;
	// "the 2023 flood", "the third quarter": after a determiner, part of a noun phrase.
	const inPhrase =
		!before.trim() ||
		/^the\s/i.test(sentence.slice(start, end)) ||
		(spaced && /\b(?:the|a|an|its|his|her|their|our|this|that|these|those)$/i.test(lastWord)) ||
		(spaced && /['’]s$/.test(lastWord)) ||
		// "last month's explosion": a possessive date belongs to its noun.
		/^['’]s\b/.test(after);
	const head = adverbial
		? before.slice(0, before.length - (lead?.[0].length ?? 0))
		: inPhrase
			? before + sentence.slice(start, end)
			: before.replace(/\s+$/, '');
	// "studied the riverbank in 1998 and again in 2011": the other date of the pair goes too.
	let single = /\s(?:and|or|again|then|later)$/i.test(endOf(head, 6))
		? head.replace(
				/\s+(?:(?:in|on|by|from)\s+)?[^\s,]*\d[^\s,]*\s+(?:and|or)(?:\s+(?:again|then|later))?\s*$/i,
				''
			)
		: head;
	// "in 2012 and 2013": the rest of a coordinated date goes too.
	const rest = after.replace(
		/^\s*(?:and|or|to|through|[-–])\s+(?:again\s+|then\s+|later\s+)?(?:(?:in|on|by)\s+)?(?:[^,;\s]*\d[^,;]*?|(?:last|next|this)\s+\w+)(?=[,;]|\s(?:and|by|when|too|also)\s|\s(?:too|also)$|[.!?"”]*$)/i,
		''
	);
	// "MindSpring, which provided the space for the site, closed it Thursday": a relative clause
	// between commas is an aside, and the clause goes on after it.
	if (single.includes(','))
		single = single.replace(RELATIVE_ASIDE, (aside, verb: string) => (hasVerb(verb) ? ' ' : aside));
	let from = 0;
	let relative: RegExpExecArray | RegExpMatchArray | undefined;
	for (const match of single.matchAll(SUBORDINATORS)) {
		from = match.index + match[0].length;
		relative = match;
	}
	// "For most of the 1990s, the rivers … held", "In New York Stock Exchange composite trading
	// Friday, Aetna closed at $60": a leading adverbial; the main clause follows.
	if (
		/^,\s/.test(rest) &&
		(!hasWords(single, 5) || !hasVerb(single.replace(/\b(?:ended|ending)\b/g, ''))) &&
		!single.includes(',') &&
		/^(?:for|in|during|by|at|over|through|throughout|until|from|after|before|early|late|most|much)\b/i.test(
			single.trim()
		)
	)
		return tidy(firstClause(rest.replace(/^[\s,]+/, '')));
	const comma = lastClauseComma(single);
	// "…, and by the summer of 2014 alewives were running": the clause follows the expression.
	// "…, attention returned today to the judges", "MindSpring …, closed it Thursday": two words
	// with their verb are part of the clause too; they open it unless the verb comes first ("The
	// two men, Stauber and Gingrich, were named Thursday").
	if (comma >= 0) {
		const afterComma = single.slice(comma + 2);
		const long = hasWords(afterComma, 3);
		const shortClause = !long && hasWords(afterComma, 2) && ownsVerb(afterComma);
		if (!long && !shortClause && hasWords(firstClause(rest), 3))
			return tidy(firstClause(rest.replace(/^[\s,]+/, '')));
		if (comma + 2 > from && (long || (shortClause && !OPENS_ON_VERB.test(afterComma))))
			from = comma + 2;
	}
	// "…in the weeks before the shooting, and was found abandoned at the airport": a second verb
	// after ", and" opens the clause, whatever subordinator came before it.
	const coordinated = /,\s+and\s+(?=(?:was|were|is|are|has|have|had|will|would)\s)/g;
	if (single.includes(','))
		for (const match of single.matchAll(coordinated))
			if (match.index + match[0].length > from) from = match.index + match[0].length;
	// A comma right after the expression closes its clause.
	let clause =
		single.slice(from) +
		(/^['’]s\b/.test(rest) ? '' : ' ') +
		(/^\s*,/.test(rest) ? '' : firstClause(rest));
	// "suspect in sniper shootings that injured doctors": a relative clause on a noun needs
	// the noun ("Sniper shootings injured doctors"); "An abortion foe who is wanted was charged
	// with murder": the main verb after it is the happening ("Abortion foe was charged …").
	if (relative && from === (relative.index ?? 0) + relative[0].length) {
		const pronoun = relative[0].trim().toLowerCase();
		const noun = /^(?:that|which|who|whose)$/.test(pronoun)
			? antecedent(single.slice(0, relative.index), pronoun !== 'who' && pronoun !== 'whose')
			: '';
		if (noun && pronoun === 'whose') clause = `${noun}'s ${clause.trim()}`;
		else if (noun && !NOT_A_VERB.test(clause.trim())) {
			const main = /^\S+.*?\s((?:was|were|is|are|has|have|had)\s.*)$/i.exec(clause.trim());
			clause =
				noun +
				' ' +
				(main &&
				!/\b(?:and|or|it|he|she|they|there)\s+\S+$/i.test(
					clause
						.trim()
						.slice(0, clause.trim().length - main[1].length)
						.trim()
				)
					? main[1]
					: clause.trim());
		}
	}
	// "net income rose 21% to $3 million, or 29 cents a share, for the fourth quarter ended Aug.
	// 26": a stretch without a verb of its own takes the nearest clause before it that has one.
	// "within 70 points of its record high set on Aug. 6": the noun and its participle are the
	// happening ("Record high set").
	const participle = ENDS_ON_PARTICIPLE.test(endOf(single, 12)) ? PARTICIPLE.exec(single) : null;
	if (
		participle &&
		!inPhrase &&
		!hasVerb(single.slice(0, participle.index).replace(/^.*[,;]\s/, ''))
	)
		return tidy(participle[1]);
	// "his Aug. 2 power-grab", "the 1996 Olympic bombing": a date on a noun names the happening.
	const onNoun =
		inPhrase &&
		/^\s+\p{L}/u.test(after) &&
		!/(?:quarter|half|year|month|week|period|season)s?$/i.test(sentence.slice(start, end));
	// "…, with a decision expected by the end of June": the noun and its participle are the
	// happening ("Decision expected").
	const absolute = ABSOLUTE.exec(clause);
	if (absolute) clause = absolute[1];
	if (!onNoun && !absolute && !ownsVerb(clause)) {
		const segments = single.split(/,\s+/);
		// The expression's own segment, before the subordinator that opened its clause.
		let own = segments[segments.length - 1];
		let cut = -1;
		for (const match of own.matchAll(SUBORDINATORS)) cut = match.index;
		own = cut >= 0 ? own.slice(0, cut) : '';
		segments[segments.length - 1] = own;
		for (let i = segments.length - 1; i >= 0; i--) {
			if (!ownsVerb(segments[i])) continue;
			let at = 0;
			if (i < segments.length - 1)
				for (const match of segments[i].matchAll(SUBORDINATORS)) at = match.index + match[0].length;
			clause = hasWords(segments[i].slice(at), 3) ? segments[i].slice(at) : segments[i];
			break;
		}
	}
	if (!hasWords(clause, 3)) clause = firstClause(sentence);
	return tidy(clause);
}

// A short noun phrase after a preposition or a comma: "since the great flood".
const DATED_NOUN =
	/\b(?:since|after|before|during|until|like)\s+(?:the|a|an)\s+((?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+)$/u;

// "with a decision expected": a noun and its participle after "with".
const ABSOLUTE =
	/^\s*with\s+((?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:expected|due|scheduled|planned|set|slated)(?:\s+\S+)*?)\s*$/u;

// A relative clause between commas, followed by the verb it interrupted.
const RELATIVE_ASIDE = /,\s+(?:which|who|whose)\s[^,]*,\s+(?=(\p{Ll}+))/gu;

/** The last comma of `text` that ends a clause, not one around "Newark, N.J., airport"; -1 if none. */
function lastClauseComma(text: string): number {
	if (!text.includes(',')) return -1;
	let found = -1;
	for (const match of text.matchAll(CLAUSE_COMMA)) found = match.index;
	return found;
}

// "its record high set", "the accord signed": a noun and the participle that dates it, and the
// participle alone, a cheap test of the end of a clause before the whole pattern.
const PARTICIPLES =
	'set|reached|recorded|posted|hit|established|signed|founded|built|opened|launched|adopted|passed|held|announced|imposed';
const PARTICIPLE = new RegExp(
	`(?:^|\\s)(?:its|the|a|an|his|her|their)\\s+((?:[\\p{L}\\d-]+\\s+){0,3}?[\\p{L}\\d-]+\\s+(?:${PARTICIPLES}))\\s*$`,
	'u'
);
const ENDS_ON_PARTICIPLE = new RegExp(`\\s(?:${PARTICIPLES})$`);

/**
 * The last `length` characters of `text` before its trailing space: where a pattern anchored at
 * the end (`/\bthe\s+$/`) can match, for a test that does not scan the whole text.
 */
function endOf(text: string, length: number): string {
	return text.trimEnd().slice(-length);
}

// A comma that ends a clause: not the commas around a state or country abbreviation ("a
// Birmingham, Ala., abortion clinic", "Washington, D.C.").
const COMMA =
	'(?<!\\b(?:\\p{Lu}\\p{Ll}{0,4}|\\p{Lu}\\.\\p{Lu})\\.),\\s(?!(?:\\p{Lu}\\p{Ll}{0,4}|\\p{Lu}\\.\\p{Lu})\\.(?:,|\\s|$))';
const CLAUSE_COMMA = new RegExp(COMMA, 'gu');
// Where a clause ends: a semicolon or colon, a clause comma, a dash, or a subordinator.
const CLAUSE_END = new RegExp(
	`[;:]|${COMMA}|\\s(?:[-–—_]|--)\\s|\\s(?:when|while|because|although|after)\\s`,
	'u'
);

/** A clause with a verb of its own, not a phrase hanging on another ("for the quarter ended …"). */
function ownsVerb(clause: string): boolean {
	// "having been burned repeatedly": a participle hangs on the clause before it.
	if (/^\s*\p{Ll}+ing\b/u.test(clause)) return false;
	return (
		!/^\s*(?:(?:for|in|on|at|by|with|of|from|to|during|after|before|up|down)\b|(?:or|and)\s+[\d$£€#])/i.test(
			clause
		) && hasVerb(clause)
	);
}

// Words that open a clause after "that" which is no relative clause: "said that the project
// was in trouble", "that he would go".
const NOT_A_VERB =
	/^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|there|some|many|most|all|no|every|each|any|one|two|three)\b|^[\d\p{Lu}]/u;

/**
 * The noun phrase before a relative pronoun: "a suspect in sniper shootings" gives "sniper
 * shootings", "An abortion foe" itself; empty when no short one ends there.
 */
function antecedent(text: string, thing = false): string {
	const words = text
		.replace(/[\s,]+$/, '')
		.split(/\s+/)
		.filter(Boolean);
	const kept: string[] = [];
	for (let i = words.length - 1; i >= 0 && kept.length < 6; i--) {
		const word = words[i];
		// "a pre-season tour of Japan that begins": "of" a name, after a common noun, is part of
		// the phrase a "that" or "which" stands for (a "who" stands for the person named).
		const ofName =
			thing &&
			/^of$/i.test(word) &&
			/^\p{Lu}/u.test(kept[0] ?? '') &&
			/^\p{Ll}+$/u.test(words[i - 1] ?? '') &&
			kept.length < 3;
		if (
			(!ofName &&
				/^(?:in|on|at|of|for|with|by|from|to|as|into|about|over|under|after|before|and|or|but|than|is|are|was|were|be|been|has|have|had|known|called|named|said)$/i.test(
					word
				)) ||
			/[;:]$/.test(word)
		)
			break;
		kept.unshift(word);
		if (/^(?:the|a|an|his|her|its|their|our)$/i.test(word)) break;
	}
	return kept.length && kept.length < 6 ? kept.join(' ') : '';
}

/** A headline for "the fourth anniversary of X": X, with "that" dropped ("U.S. airstrike killed …"). */
export function subjectTitle(phrase: string): string {
	return tidy(phrase.replace(/\b(?:that|which|who)\s+/i, '')) || 'Untitled event';
}

function firstClause(text: string): string {
	// "The 2023 flood, which peaked on April 9, 2023, caused …": a relative clause between commas
	// is left out, up to the comma before the next lower-case word.
	const relative = /,\s+(?:which|who|whom|whose)\s.*?,\s+(?=\p{Ll})/u.exec(text);
	if (relative)
		text = text.slice(0, relative.index) + ' ' + text.slice(relative.index + relative[0].length);
	// "scores of trucks, many with Iraqi license plates, streamed north": an aside after a subject
	// that has no verb yet (so a text with fewer than two commas has none).
	const aside =
		text.indexOf(',', text.indexOf(',') + 1) >= 0
			? /^([^,]+),\s+[^,]+,\s+(?=\p{Ll})/u.exec(text)
			: null;
	if (aside && !hasVerb(aside[1]) && hasWords(aside[1], 2))
		text = aside[1] + ' ' + text.slice(aside[0].length);
	const cut = CLAUSE_END.exec(text);
	return cut ? text.slice(0, cut.index) : text;
}

/**
 * Whether `text` has at least `n` words, runs of non-space as `text.trim().split(/\s+/)` counts
 * them: one pattern from the start (`/^\s*(?:\S+\s+){2}\S/` for three), with no arrays.
 */
function hasWords(text: string, n: number): boolean {
	AT_LEAST_WORDS[n] ??= new RegExp(`^\\s*(?:\\S+\\s+){${n - 1}}\\S`);
	return AT_LEAST_WORDS[n].test(text);
}
const AT_LEAST_WORDS: RegExp[] = [];

function tidy(text: string): string {
	// "They promised us a wall too, said James Whitfield": the attribution is no part of it.
	const unquoted = text.replace(/["“”]|``|''/g, '');
	const unattributed = /\b(?:said|says|told)\b/.test(unquoted)
		? unquoted.replace(/,\s+(?:[\p{L}.'’-]+\s+){0,3}(?:said|says|told)\b.*$/u, '')
		: unquoted;
	// "speculators -- including Kerry Packer -- surfaced": an aside between dashes goes.
	const unaside = unattributed.replace(/\s(?:--|—|–|_)\s[^—–_]*?\s(?:--|—|–|_)\s/g, ' ');
	// A wire dateline is not part of the story: "CINCINNATI (AP) — ".
	const story = mayOpenOnDateline(unaside) ? unaside.replace(DATELINE, '') : unaside;
	// Whitespace runs as single spaces: a lone space is left as it is, so most titles need no copy.
	const spaced = story.replace(/\s{2,}|[^\S ]/g, ' ').trim();
	const line = withoutTrailing(spaced, ' ,.;:!?')
		.replace(
			/^(?:['’]s\s+)?(?:(?:including|such\s+as|especially)\s+)?(?:the|a|an|and|but|so|also)\s+/i,
			''
		)
		.replace(
			/^['’]s\s+|^(?:including|excluding|such\s+as|especially|compared\s+(?:with|to)|(?:up|down)\s+from|with(?=\s+the\s+\p{Ll}+ing\b))\s+(?:the\s+|a\s+)?/iu,
			''
		);
	// `line` has one space between words and none around them. Most titles are short enough as
	// they are, and are cut at spaces without being split into words.
	let title = line;
	const cut = hasWords(line, MAX_WORDS + 1);
	if (cut) {
		// A headline too long stops before its first infinitive or relative clause: "X is organizing a committee".
		const all = line.split(' ', MAX_WORDS);
		const stop = all.findIndex(
			(w, i) => i >= 7 && /^(?:to|that|which|who|because|after|when)$/i.test(w)
		);
		title = (stop >= 0 ? all.slice(0, stop) : all).join(' ');
	}
	// Never end a headline on a little word: "higher than", "International Women's Day is"; but
	// "asked the court to step in" keeps the particle of its verb.
	let space = title.lastIndexOf(' ');
	while (
		LITTLE_WORD.test(title.slice(space + 1)) &&
		hasWords(title, 3) &&
		!PHRASAL.test(title.slice(Math.max(0, space - 12), space + 4))
	) {
		title = title.slice(0, space);
		space = title.lastIndexOf(' ');
	}
	if (/^[,;:]$/.test(title.slice(-1))) title = title.slice(0, -1);
	// "Warehouse, built": a noun and its participle read without the comma.
	if (title.includes(', '))
		title = title.replace(
			/^((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+),\s+(\p{Ll}+(?:ed|en|t))$/u,
			'$1 $2'
		);
	const capital = title.charAt(0).toUpperCase() + title.slice(1);
	return cut ? capital + '…' : capital;
}

// A verb and its particle at the end of a title: "step in", "took over", "signed on".
const PHRASAL =
	/\b(?:step|stepped|steps|take|took|taken|takes|give|gave|given|set|come|came|go|went|gone|turn|turned|carry|carried|sign|signed|weigh|weighed|cave|caved|kick|kicked|phase|phased|hand|handed|hold|held|stand|stood|sit|sat|pull|pulled|move|moved|log|logged|fill|filled|sworn)\s+(?:in|on)$/i;

const LITTLE_WORD =
	/^(?:a|an|the|of|to|in|on|into|onto|through|until|since|during|about|around|approximately|roughly|and|or|for|with|by|at|from|that|its|his|her|their|than|between|is|are|was|were)$/i;

/** `text` without its trailing run of `chars`, as `/[…]+$/` removes it, found from the end. */
function withoutTrailing(text: string, chars: string): string {
	let end = text.length;
	while (end > 0 && chars.includes(text[end - 1])) end--;
	return text.slice(0, end);
}
