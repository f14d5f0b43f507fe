/**
 * Years, decades and centuries: "in 2014", "fiscal 1990", "early 1990", "the 1990s",
 * "the mid-'80s", "the 20th century". Four-digit numbers that count things ("1900 troops"),
 * money ("$2014") or percentages are not years, nor are a live page's clock stamps ("1938: …",
 * `liveStamps.ts`).
 */
import { pad } from '../../data/calendar';
import { tag } from '../language';
import { patternExtractor } from '../lexicon';
import type { Candidate, Extractor } from '../types';
import { isLivePage, opensOnStamp } from './liveStamps';

// Nouns that, right after a four-digit number, show it counts something rather than names a year.
const COUNTED =
	'people|troops|soldiers|shares|employees|workers|jobs|members|cases|units|votes|points|miles|feet|meters|metres|tons|tonnes|barrels|residents|dollars|students|homes|houses|cars|vehicles|acres|pounds|kilometers|kilometres|delegates|deaths|patients|children|officers|police|prisoners|refugees|flights|planes|aircraft|rounds|pages|copies|signatures|hours|minutes|seconds|calories|degrees|yards|employees|stores|sites|beds|rooms|square|fans|spectators|visitors|tourists|customers|users|words|lines|games|titles|seats|miles';

// Makes of car: "Kopp's 1987 Chevrolet Cavalier" names a model year, not a time in the story.
const MODEL_YEAR =
	/^\s+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Buick|Cadillac|Dodge|Chrysler|Pontiac|Oldsmobile|Plymouth|Volkswagen|BMW|Mercedes(?:-Benz)?|Nissan|Datsun|Jeep|Mazda|Subaru|Volvo|Hyundai|Kia|Audi|Porsche|Lexus|Acura|Mitsubishi|Peugeot|Renault|Fiat)\b/;
// "Mirage 2000 fighters", "Mirage 2000 fighter jets", "Windows 2000 computers": a name, the
// number, then the plural of what the name makes, alone or as the head of a compound. Not a
// month's or a season's name ("March 2000 sales").
const MODEL_NAME = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}[\p{L}-]*)\s$/u;
// Up to three words in lower case after the number: what is made, and the words after it.
const THINGS_AFTER = /^\s(\p{Ll}{3,}(?:\s\p{Ll}{2,}){0,2})(?![\p{L}-])/u;
const CALENDAR_NAME =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Fiscal|Since|Until|Till|During|Through|By|In|From|Before|After|Around|Early|Late|Mid)$/;

/**
 * Whether the number `match` names a model between its maker's name and the plural of what is
 * made: the tagger reads the name as a proper noun and the words after it as nouns, the last of
 * them plural ("fighters", "fighter jets").
 */
function isModelNumber(match: RegExpExecArray): boolean {
	const name = MODEL_NAME.exec(match.input.slice(Math.max(0, match.index - 20), match.index))?.[1];
	if (!name || CALENDAR_NAME.test(name)) return false;
	const things = THINGS_AFTER.exec(match.input.slice(match.index + match[0].length))?.[1];
	if (!things) return false;
	const [maker, , ...after] = tag(`${name} ${match[0]} ${things}`);
	const other = after.findIndex((t) => t.pos !== 'NOUN');
	const head = (other < 0 ? after : after.slice(0, other)).at(-1);
	return maker?.pos === 'PROPN' && head !== undefined && head.lemma !== head.lower;
}
// "Vision 2030", "Agenda 2063", "Horizon 2020": a plan or programme named for the year it aims
// at, capitalised as a name. The year is its target, not a time anything in the story happens
// (an event under such a plan was dated to 2030). A happening named for its year is still read:
// "Euro 2024", "Paris 2024", "Expo 2020" are held in that year.
const PLAN_NAME =
	/(?<![\p{L}-])(?:Vision|Agenda|Horizon|Strategy|Plan|Programme|Program|Roadmap|Blueprint|Mission|Target|Compact|Framework|Initiative|Project)\s$/u;
const NAMED = /\b(?:called|named|dubbed|titled)\s+(?:[A-Z][\w'’-]*\s+){1,3}$/;
const OWNED = /(?:\b(?:a|an|the|his|her|their|its|my|our|your)|['’]s)\s+$/i;

export const yearExtractor = patternExtractor(
	'yearExtractor',
	new RegExp(
		`(?=[elmf12])\\b(?<![\\w$£€#.,/:]|(?<!\\b(?:[Pp]ost|[Pp]re))-)(?<!\\b(?:[Bb]ox|No\\.|Nos\\.|[Rr]oom|[Ss]uite|[Rr]oute|[Hh]ighway|[Ii]nterstate|[Ff]light|[Aa]pt\\.|[Uu]nit|[Pp]ages?|[Ss]ection|[Aa]rticle|[Cc]hapter|[Mm]odel|[Nn]umber|[Cc]ode|[Ss]ize)\\s)((?:(?:early|late|mid)[\\s-]+)|(?:fiscal(?:\\s+year)?\\s+))?((?:1[6-9]|20)\\d\\d)(?![\\w%]|[.,:/]\\d|-\\d|\\s+\\d+\\/\\d|\\s+(?:${COUNTED})\\b)`,
		'gi'
	),
	(match, { text, ref }) => {
		const [, modifier, year] = match;
		// "1938: Jane Doe writes": a live page's clock stamp, not a year.
		if (!modifier && opensOnStamp(text, match.index) && isLivePage(text, ref.y)) return null;
		if (
			!modifier &&
			OWNED.test(match.input.slice(Math.max(0, match.index - 8), match.index)) &&
			MODEL_YEAR.test(match.input.slice(match.index + match[0].length))
		)
			return null;
		if (!modifier && isModelNumber(match)) return null;
		if (!modifier && PLAN_NAME.test(match.input.slice(Math.max(0, match.index - 14), match.index)))
			return null;
		// "a joint venture called Orion 1980": part of a name.
		if (!modifier && NAMED.test(match.input.slice(Math.max(0, match.index - 40), match.index)))
			return null;
		return {
			type: 'DATE',
			value: year,
			stated: ['year'],
			resolution: `'${match[0]}': the year as stated${modifier ? `, ${modifier.trim().toLowerCase()}` : ''}`
		};
	},
	1,
	{ anchor: /(?:1[6-9]|20)\d\d/g, before: 25, after: 40, behind: 20 }
);

// "2008-09", "2010/11", "1998-2001": a first year, a dash or slash, and a later year, whole or by
// its last two digits. Not a date ("2008-09-15"), a score or a count glued to more digits.
const YEAR_SPAN =
	/(?<![\w$£€#.,/:-])((?:1[6-9]|20)\d\d)([-–/])((?:1[6-9]|20)\d\d|\d\d)(?![\w%]|[-–/.,:]\d)/g;

/**
 * A span of years written with a dash or a slash: "the 2008-09 season", "the 2023/24 budget",
 * "1998-2001". A season, a fiscal or school year, or a war's years spans both; each end is a year
 * of its own, as TimeML tags the ends of a range, and the `rangeRefiner` joins them for events
 * (before, the year reading refused a year glued to a dash and the span was not read at all). A
 * second year that is not later, or more than one after in two digits that could be a month
 * ("2008-12"), is no span.
 */
export const yearSpanExtractor: Extractor = {
	name: 'yearSpanExtractor',
	extract({ text }): Candidate[] {
		const found: Candidate[] = [];
		for (const match of text.matchAll(YEAR_SPAN)) {
			const [whole, first, dash, second] = match;
			const from = Number(first);
			const to =
				second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
			if (to <= from || (second.length === 2 && to !== from + 1) || to - from > 100) continue;
			const start = match.index;
			const year = (at: number, value: number, part: string): Candidate => ({
				start: at,
				end: at + part.length,
				text: part,
				type: 'DATE',
				value: String(value),
				stated: ['year'],
				implied: part.length === 2 ? ['century'] : [],
				tags: ['yearSpanExtractor'],
				resolution: `'${part}': ${value}, where the span of years '${whole}' ${at === start ? 'starts' : 'ends'}`,
				priority: 1
			});
			found.push(year(start, from, first), year(start + first.length + dash.length, to, second));
		}
		return found;
	}
};

/** "the 1990s", "the early 1980s", "mid-1990s": TIMEX3 writes the decade as its first three digits. */
export const decadeExtractor = patternExtractor(
	'decadeExtractor',
	/(?=[tTeElLmM'’12])(?<![\w'’])(?:(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:((?:1[6-9]|20)\d)0|['’](\d)0)['’]?s\b|the\s+(?:(?:early|late|mid)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)/gi,
	(match, { ref }) => {
		const [whole, stated, digit, word] = match;
		// "the '90s", "the nineties": the last such decade that began by publication.
		const tens = word ? DECADE_WORDS.indexOf(word.toLowerCase()) + 2 : Number(digit);
		let start = Math.floor(ref.y / 100) * 100 + tens * 10;
		if (start > ref.y) start -= 100;
		const decade = stated ?? String(start / 10);
		return {
			type: 'DATE',
			value: decade,
			stated: ['decade'],
			implied: stated ? [] : ['century'],
			resolution: `'${whole}': the decade ${decade}0-${decade}9`
		};
	},
	1,
	{ anchor: /\d0['’]?s\b|ties\b/gi, before: 40, after: 5, behind: 2 }
);

const DECADE_WORDS = [
	'twenties',
	'thirties',
	'forties',
	'fifties',
	'sixties',
	'seventies',
	'eighties',
	'nineties'
];

/** "the 20th century" is TIMEX3 `19`. */
export const centuryExtractor = patternExtractor(
	'centuryExtractor',
	/\b(?<![\w-])(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
	(match) => {
		const n = Number(match[1]);
		if (n < 1 || n > 21) return null;
		return {
			type: 'DATE',
			value: pad(n - 1),
			stated: ['century'],
			resolution: `'${match[0]}': the years ${(n - 1) * 100}-${(n - 1) * 100 + 99}`
		};
	},
	1,
	{ anchor: /century/gi, before: 40, after: 5, behind: 2 }
);
