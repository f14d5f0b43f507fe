/**
 * Draft event titles, short and headline-like, built from the clause that carries the time
 * expression: its subject and verb, not the whole sentence. Editors refine them through
 * corrections; ids are derived from them, so the rules are deterministic.
 */

const MAX_WORDS = 12;
const SUBORDINATORS =
	/(?:^|\s)(?:after|when|while|because|since|before|until|as|where|which|who|whom|that|although|though|once)\s+/gi;
const ATTRIBUTION =
	/\b(?:said|says|told|announced|reported|added|warned|stated|confirmed|declared|wrote|noted)\s+(?:on\s+)?$/i;
const LEADING_PREPOSITION =
	/\s*\b(?:on|in|during|since|by|from|until|through|at|of|for|over|within|before|after|between)\s+$/i;

/**
 * A headline for the happening a time expression dates, from its sentence.
 *
 * @example
 * draftTitle('Last week, X died when a strike hit a car.', 0, 9); // 'X died'
 */
export function draftTitle(sentence: string, start: number, end: number): string {
	// Whatever the rules find, a title is never empty: the sentence itself is the fallback.
	const title = clauseTitle(sentence, start, end) || tidy(sentence) || 'Untitled event';
	return named(title, sentence);
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
	const before = sentence.slice(0, start);
	const after = sentence.slice(end);
	// "since Oct. 7, 2023, when Hamas invaded Israel, …": the when-clause is the happening.
	const when = /^,?\s+when\s+([^,;.]+)/i.exec(after);
	if (when) return tidy(when[1]);
	// "Last week, X died when …": the main clause after a leading time expression.
	if (/^\s*(?:(?:on|in|during|by|at|early|late|earlier|later)\s+)?$/i.test(before)) {
		return tidy(firstClause(after.replace(/^[\s,]+/, '')));
	}
	// "…," the office said Friday: the reported content comes before the attribution.
	if (ATTRIBUTION.test(before)) {
		const quoted = /^(.*?)[,.]?["”]?,\s+[^,]*$/.exec(before.replace(ATTRIBUTION, ''));
		if (quoted && wordCount(quoted[1]) >= 3) return tidy(firstClause(quoted[1]));
		const that = /^\s*(?:,\s*)?(?:that\s+)?(.+)$/i.exec(after);
		if (that && wordCount(that[1]) >= 3) return tidy(firstClause(that[1]));
		return tidy(before.replace(ATTRIBUTION, '') + ' said');
	}
	// Otherwise the clause holding the expression, from the last subordinator or comma before it.
	// A time expression without a preposition is part of the clause ("the third quarter looks
	// stronger"); with one, it is an adverbial the headline can do without.
	// Only the end of `before` can hold it: a short tail keeps the $-anchored pattern cheap.
	const lead = LEADING_PREPOSITION.exec(before.slice(-24));
	const adverbial = lead?.[0].trim();
	// "voted 7-2 last Tuesday": after a verb or its object, the expression is an adverbial too;
	// "the 2023 flood", "the third quarter": after a determiner, part of a noun phrase.
	const inPhrase =
		!before.trim() ||
		/^the\s/i.test(sentence.slice(start, end)) ||
		/\b(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+$/i.test(before) ||
		/['’]s\s+$/.test(before);
	const head = adverbial
		? before.slice(0, before.length - (lead?.[0].length ?? 0))
		: inPhrase
			? before + sentence.slice(start, end)
			: before.replace(/\s+$/, '');
	// "studied the riverbank in 1998 and again in 2011": the other date of the pair goes too.
	const single = head.replace(
		/\s+(?:(?:in|on|by|from)\s+)?[^\s,]*\d[^\s,]*\s+(?:and|or)(?:\s+(?:again|then|later))?\s*$/i,
		''
	);
	// "in 2012 and 2013": the rest of a coordinated date goes too.
	const rest = after.replace(
		/^\s*(?:and|or|to|through|[-–])\s+(?:again\s+|then\s+|later\s+)?(?:(?:in|on|by)\s+)?(?:[^,;\s]*\d[^,;]*?|(?:last|next|this)\s+\w+)(?=[,;]|\s(?:and|by|when|too|also)\s|\s(?:too|also)$|[.!?"”]*$)/i,
		''
	);
	let from = 0;
	for (const match of single.matchAll(SUBORDINATORS)) from = match.index + match[0].length;
	// "For most of the 1990s, the rivers … held": a leading adverbial; the main clause follows.
	if (
		/^,\s/.test(rest) &&
		wordCount(single) <= 4 &&
		!single.includes(',') &&
		/^(?:for|in|during|by|at|over|through|throughout|until|from|after|before|early|late|most|much)\b/i.test(
			single.trim()
		)
	)
		return tidy(firstClause(rest.replace(/^[\s,]+/, '')));
	const comma = single.lastIndexOf(', ');
	// "…, and by the summer of 2014 alewives were running": the clause follows the expression.
	if (comma >= 0 && wordCount(single.slice(comma + 2)) <= 2 && wordCount(firstClause(rest)) >= 3)
		return tidy(firstClause(rest.replace(/^[\s,]+/, '')));
	if (comma >= 0 && comma + 2 > from && wordCount(single.slice(comma + 2)) >= 3) from = comma + 2;
	// A comma right after the expression closes its clause.
	let clause = single.slice(from) + ' ' + (/^\s*,/.test(rest) ? '' : firstClause(rest));
	if (wordCount(clause) < 3) clause = firstClause(sentence);
	return tidy(clause);
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
	const cut = /[;:]|,\s|\s[-–—]\s|\s(?:when|while|because|although|after)\s/.exec(text);
	return cut ? text.slice(0, cut.index) : text;
}

function wordCount(text: string): number {
	return text.trim().split(/\s+/).filter(Boolean).length;
}

function tidy(text: string): string {
	// "They promised us a wall too, said James Whitfield": the attribution is no part of it.
	const unquoted = text.replace(/["“”]/g, '');
	const unattributed = /\b(?:said|says|told)\b/.test(unquoted)
		? unquoted.replace(/,\s+(?:[\p{L}.'’-]+\s+){0,3}(?:said|says|told)\b[^,]*$/u, '')
		: unquoted;
	let words = unattributed
		// A wire dateline is not part of the story: "CINCINNATI (AP) — ".
		.replace(/^\s*[A-Z][A-Z .,'-]+(?:\([^)]*\))?\s*[—–-]{1,2}\s+/, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\s,.;:!?]+$/, '')
		.replace(/^(?:the|a|an|and|but|so|also)\s+/i, '')
		.split(' ')
		.filter(Boolean);
	let cut = false;
	// A headline too long stops before its first infinitive or relative clause: "X is organizing a committee".
	const stop = words.findIndex(
		(w, i) => i >= 7 && /^(?:to|that|which|who|because|after|when)$/i.test(w)
	);
	if (words.length > MAX_WORDS && stop >= 7) {
		words = words.slice(0, stop);
		cut = true;
	}
	if (words.length > MAX_WORDS) {
		words = words.slice(0, MAX_WORDS);
		// Do not end a headline on a little word.
		while (
			words.length > 3 &&
			/^(?:a|an|the|of|to|in|on|and|or|for|with|by|at|from|that|its|his|her|their)$/i.test(
				words[words.length - 1]
			)
		)
			words.pop();
		cut = true;
	}
	const title = words.join(' ').replace(/[,;:]$/, '');
	const capital = title.charAt(0).toUpperCase() + title.slice(1);
	return cut ? capital + '…' : capital;
}
