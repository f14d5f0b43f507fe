/**
 * From time expressions to dated events: one event per dated happening, quoting the sentence
 * that dates it, with every mention of the same happening gathered as extra quotes.
 */
import type { TimelineEvent } from '../data/schema';
import { longDay, parseDay, type Day } from '../data/calendar';
import { bySpan } from '../data/partialDate';
import { boundsOf } from '../data/edtfBounds';
import { storyStart } from './dateline';
import { edtfOf, type EdtfDate } from './edtfDate';
import { findEntities, type Found } from './entities';
import { isFurniture } from './furniture';
import { inCondition, statesHabit } from './tense';
import { draftTitle, subjectTitle } from './headline';
import { ORDINALS } from './lexicon';
import { numbered } from '../data/ids';
import { clip, paragraphs, sentences, spanFrom, spanIndexAt, type Span } from './sentences';
import { tag } from './language';
import { contentWords } from './story/words';
import type { Candidate } from './types';

interface Mention {
	edtf: EdtfDate;
	sentence: Span;
	sentenceIndex: number;
	paragraph: number;
	/**
	 * Where the time expression is in `sentence.text`. The draft title is made around it, and
	 * only for the mention that names its event: most mentions never need one.
	 */
	expression: { start: number; end: number };
	resolution: string;
	/**
	 * For "the fourth anniversary of X": X, which titles the event, and whose other mentions are
	 * gathered too.
	 */
	subject?: string;
}

const ORDINAL_WORDS: Record<string, number> = {
	...ORDINALS,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	twentieth: 20,
	fiftieth: 50,
	hundredth: 100
};

/** Mentions gathered as one happening; `order` is when it was opened, earliest first. */
interface Group {
	order: number;
	mentions: Mention[];
}

/** The groups of one date, by the paragraphs and sentences they hold (the earliest group each). */
interface Places {
	byParagraph: Map<number, Group>;
	bySentence: Map<number, Group>;
}

// Anniversaries whose subjects are looked for elsewhere in the text, at most (each is a scan).
const MAX_SUBJECTS = 50;

const NUMBER_WORDS: Record<number, string> = {
	1: 'one',
	2: 'two',
	3: 'three',
	4: 'four',
	5: 'five',
	6: 'six',
	7: 'seven',
	8: 'eight',
	9: 'nine',
	10: 'ten'
};

const ANNIVERSARY =
	/\b(?:the\s+)?(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|fiftieth|hundredth)\s+anniversary\s+of\s+(.+?)(?=,\s|;|:\s|\s+(?:and|but)\s|[.!?]?["”’]?$)/i;

/** Options for `buildEvents`. */
export interface BuildOptions {
	sourceId: string;
	published: string;
	/** Text of the headline line, which is the source title and not a happening of its own. */
	title?: string;
	entities?: boolean;
}

/** Dated events of an article from its settled time expressions. */
export function buildEvents(
	text: string,
	candidates: Candidate[],
	options: BuildOptions
): TimelineEvent[] {
	const ref = parseDay(options.published);
	if (!ref) return [];
	const paras = paragraphs(text);
	// The headline line (also a Markdown "# Headline") is the source's title, not a happening.
	const headline = options.title?.trim();
	// Asked only of paragraphs that date something, and answered once each.
	const news: boolean[] = [];
	const isNews = (paragraph: number) =>
		paragraph >= 0 &&
		(news[paragraph] ??=
			!isFurniture(paras[paragraph].text) &&
			paras[paragraph].text.replace(/^#+\s*/, '') !== headline);
	// A dateline's own date ("BRUSSELS, Dec. 2 (Reuters) -", "LONDON | Tue Apr 27, 2010 4:08
	// am EDT") is a time expression that dates the article, which the publication date already
	// says: no happening. Where each paragraph's story starts, read once per paragraph.
	const storyStarts: number[] = [];
	// Only the lede opens on a day without a place ("March 10 (Reuters) -").
	let lede: number | undefined;
	const isLede = (paragraph: number) =>
		paragraph === (lede ??= paras.findIndex((_, i) => isNews(i)));
	const inDateline = (paragraph: number, at: number) =>
		at <
		(storyStarts[paragraph] ??=
			paras[paragraph].start + storyStart(paras[paragraph].text, isLede(paragraph)));
	const sents = sentences(text, paras);
	const paragraphOf = (span: Span) => spanIndexAt(paras, span.start);
	const mentions: Mention[] = [];
	// One mention per date per sentence, however often the sentence repeats it.
	const seen = new Set<string>();

	for (const candidate of candidates) {
		if (candidate.type !== 'DATE' && candidate.type !== 'TIME') continue;
		// "was shot at 10 p.m.", with no day in its paragraph: the clock says when in a day, not
		// which day; the publication day would be a guess drawn as a fact.
		if (
			candidate.type === 'TIME' &&
			(candidate.tags.includes('clockExtractor') || candidate.tags.includes('chronoExtractor')) &&
			!candidate.stated.some((part) => part === 'day' || part === 'weekday') &&
			!candidate.tags.includes('contextRefiner')
		)
			continue;
		// The closing end of a range is dated with its opening end.
		if (candidate.inRange) continue;
		const edtf = candidate.range
			? rangeOf(edtfOf(candidate.value), edtfOf(candidate.range.value))
			: edtfOf(candidate.value);
		if (!edtf) continue;
		const end = candidate.range ? Math.max(candidate.end, candidate.range.end) : candidate.end;
		const sentenceIndex = spanIndexAt(sents, candidate.start);
		if (sentenceIndex < 0 || end > sents[sentenceIndex].end) continue;
		// Asked before the sentence is clipped, which costs a walk through its words: a run-on
		// "sentence" of thousands of dates (a pasted table) clips once per date, not once each.
		const key = `${sentenceIndex} ${edtf.date}`;
		if (seen.has(key)) continue;
		const clipped = clip(text, sents[sentenceIndex], candidate.start, end);
		const paragraph = paragraphOf(clipped);
		if (!isNews(paragraph) || inDateline(paragraph, candidate.start)) continue;
		// The quote is the story's words: "DUBAI (Reuters) - Oil rose on Thursday" quotes "Oil
		// rose on Thursday", its dateline left to the article.
		const sentence = spanFrom(text, clipped, storyStarts[paragraph]);
		// "if a pandemic broke out today": a supposed happening, not one to draw.
		if (inCondition(text, candidate.start)) continue;
		// "The summer months are typically the peak season": any year's summer.
		if (candidate.implied.includes('year') && statesHabit(text, candidate.start)) continue;
		// Counted once past the dateline: "LONDON, Sept 8 (Reuters) - … died on Thursday" names
		// the day twice, and the dateline's is no mention of the happening.
		seen.add(key);
		mentions.push({
			edtf,
			sentence,
			sentenceIndex,
			paragraph,
			expression: { start: candidate.start - sentence.start, end: end - sentence.start },
			resolution: candidate.resolution
		});
	}

	const anniversaries = /anniversary/i.test(text) ? sents : [];
	let subjects = 0;
	anniversaries.forEach((whole, sentenceIndex) => {
		const at = whole.text.search(/anniversary/i);
		if (at < 0) return;
		const paragraph = paragraphOf(whole);
		if (!isNews(paragraph) || subjects >= MAX_SUBJECTS) return;
		const sentence = clip(text, whole, whole.start + at, whole.start + at + 11);
		const match = ANNIVERSARY.exec(sentence.text);
		if (!match) return;
		subjects++;
		const years = ORDINAL_WORDS[match[1].toLowerCase()] ?? parseInt(match[1], 10);
		if (!years) return;
		const anchor = anchorFor(mentions, sentenceIndex, paragraph);
		const on = anchor ? anchor.day : ref;
		const occasion = anchor
			? `fell on ${longDay(on)} (${anchor.why})`
			: `is taken as the publication day, ${longDay(on)}`;
		const y = on.y - years;
		const phrase = `the ${match[1]} anniversary of ${match[2]}`;
		const expression = { start: match.index, end: match.index + match[0].length };
		if (anchor) {
			mentions.push({
				edtf: { date: anchor.date, precision: 'day' },
				sentence,
				sentenceIndex,
				paragraph,
				expression,
				resolution: `'${phrase}': the anniversary ${occasion}`
			});
		}
		mentions.push({
			edtf: { date: String(y), precision: 'year' },
			sentence,
			sentenceIndex,
			paragraph,
			expression,
			resolution: `'${phrase}': the anniversary ${occasion}, so this happened ${NUMBER_WORDS[years] ?? years} years earlier, in ${y}; the text gives no month or day`,
			subject: match[2]
		});
	});

	// Mentions of one date (and one anniversary subject) in the same paragraph or in adjacent
	// sentences are one happening: the first group (in the order groups were opened) that holds
	// the paragraph or a sentence beside the mention's. Each group is found through the paragraph
	// or sentence that places it, not by reading every group of the date: a date named in
	// thousands of paragraphs stays linear. A sentence beside it across a paragraph break goes on
	// with the same happening only when it says so (a word of it again, or a pronoun for it): a
	// wire story gives each of a day's happenings its own one-sentence paragraph ("The minister
	// said on Wednesday …" / "Norland said it had diverted three vessels … on Wednesday").
	const groups: Mention[][] = [];
	const open = new Map<string, Places>();
	// The headline's words are the story's topic, in every sentence: no sign of one happening.
	const topic = contentWords(headline ?? '');
	for (const mention of mentions.sort((a, b) => a.sentence.start - b.sentence.start)) {
		const key = `${mention.edtf.date} ${mention.subject ?? ''}`;
		let places = open.get(key);
		if (!places) open.set(key, (places = { byParagraph: new Map(), bySentence: new Map() }));
		const i = mention.sentenceIndex;
		const beside = (j: number) =>
			sents[j] &&
			(paragraphOf(sents[j]) === mention.paragraph ||
				goesOn(sents[Math.min(i, j)], sents[Math.max(i, j)], topic))
				? places.bySentence.get(j)
				: undefined;
		const group = [
			places.byParagraph.get(mention.paragraph),
			beside(i - 1),
			places.bySentence.get(i),
			beside(i + 1)
		].reduce((a, b) => (!a || (b && b.order < a.order) ? b : a));
		const into = group ?? { order: groups.length, mentions: [] };
		if (!group) groups.push(into.mentions);
		into.mentions.push(mention);
		// A later mention joins the earliest group that holds its paragraph or a sentence beside.
		earliest(places.byParagraph, mention.paragraph, into);
		earliest(places.bySentence, i, into);
	}

	// The news sentences before a title's own, the nearest last: what an opening "He" names.
	const sentencesBefore = (i: number) =>
		sents
			.slice(Math.max(0, i - 3), i)
			.filter((s) => isNews(paragraphOf(s)))
			.map((s) => s.text);
	// The other dates of a title's sentence, which the title leaves out.
	const othersIn = (mention: Mention) =>
		mentions
			.filter((m) => m.sentenceIndex === mention.sentenceIndex && m !== mention)
			.map((m) => m.expression);
	const tagged = new Map<string, Found>();
	const events = groups.map((group) => {
		const first = group[0];
		const quoted = new Map<number, Span>(group.map((m) => [m.sentence.start, m.sentence]));
		if (first.subject) {
			for (const sentence of otherMentions(first.subject, sents, (s) => isNews(paragraphOf(s))))
				quoted.set(sentence.start, sentence);
		}
		const spans = [...quoted.values()].sort((a, b) => a.start - b.start);
		const { start, end } = boundsOf(first.edtf.date);
		const event: TimelineEvent = {
			id: '',
			title: first.subject
				? subjectTitle(first.subject)
				: draftTitle(
						first.sentence.text,
						first.expression.start,
						first.expression.end,
						sentencesBefore(first.sentenceIndex),
						othersIn(first)
					),
			date: first.edtf.date,
			start,
			end,
			precision: first.edtf.precision,
			quotes: spans.map((s) => ({
				source: options.sourceId,
				start: s.start,
				end: s.end,
				text: s.text
			})),
			resolution: first.resolution
		};
		if (options.entities !== false)
			event.entities = findEntities(
				spans.map((s) => s.text),
				tagged
			);
		return event;
	});

	events.sort((a, b) => bySpan(a, b) || a.quotes[0].start - b.quotes[0].start);
	const used = new Set<string>();
	for (const event of events) event.id = numbered(eventSlug(event.date, event.title), used);
	return events;
}

/** Files `group` under `at` unless a group opened before it is there already. */
/**
 * Whether `next` goes on with the happening `first` tells: it names a word of it again ("the
 * man … / The man, 34, was charged"), other than the story's `topic` (its headline's words), or
 * opens on a pronoun that stands for it ("He was charged").
 */
function goesOn(first: Span, next: Span, topic: ReadonlySet<string>): boolean {
	if (tag(next.text)[0]?.pos === 'PRON') return true;
	const words = contentWords(first.text);
	for (const word of contentWords(next.text)) if (words.has(word) && !topic.has(word)) return true;
	return false;
}

function earliest(places: Map<number, Group>, at: number, group: Group): void {
	const there = places.get(at);
	if (!there || group.order < there.order) places.set(at, group);
}

/**
 * One EDTF interval from the start of one date to the end of another, at the first one's
 * precision: "2025-09" to "2027-03" is `2025-09/2027-03`; "2019" to "2025-06-12" (since 2019)
 * is `2019/2025-06-12`.
 */
function rangeOf(from: EdtfDate | null, to: EdtfDate | null): EdtfDate | null {
	if (!from || !to) return null;
	const first = from.date.split('/')[0];
	const last = to.date.split('/').at(-1) ?? to.date;
	if (first === last) return from;
	return { date: `${first}/${last}`, precision: from.precision };
}

/** The day an anniversary fell on: a day-precise date in its sentence, or just before it. */
function anchorFor(
	mentions: Mention[],
	sentenceIndex: number,
	paragraph: number
): { day: Day; date: string; why: string } | null {
	const before = mentions
		.filter(
			(m) =>
				m.edtf.precision === 'day' &&
				!m.subject &&
				m.sentenceIndex <= sentenceIndex &&
				paragraph - m.paragraph <= 1
		)
		.sort((a, b) => b.sentenceIndex - a.sentenceIndex)[0];
	if (!before) return null;
	const day = parseDay(before.edtf.date);
	if (!day) return null;
	return {
		day,
		date: before.edtf.date,
		why:
			before.sentenceIndex === sentenceIndex
				? 'as dated in the same sentence'
				: 'the date given just before'
	};
}

/** Other sentences about X: they name its key person or thing and its kind of happening. */
function otherMentions(subject: string, sents: Span[], isNews: (s: Span) => boolean): Span[] {
	const core = subject.replace(/\s+(?:in|at|on|near|outside|inside)\s+[A-Z][\s\S]*$/, '');
	const names = core.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? [];
	const key = names[names.length - 1];
	const head = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|\d+)\s+)*(\p{Ll}[\p{L}-]+)/u.exec(core)?.[1];
	if (!key || !head || head.length < 4) return [];
	const keyPattern = new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
	// A word that names the kind ends `head` or ends with it, so it ends on the last five letters
	// of `head`: a sentence without them is spared splitting into words.
	const ending = head.slice(-5);
	return sents.filter((sentence) => {
		if (!keyPattern.test(sentence.text) || !isNews(sentence)) return false;
		const lower = sentence.text.toLowerCase();
		if (!lower.includes(ending)) return false;
		const words = lower.match(/\p{L}+/gu) ?? [];
		return words.some((w) => w.length >= 5 && (head.endsWith(w) || w.endsWith(head)));
	});
}

/** A stable id: the date and the first words of the title, as a URL-safe slug. */
export function eventSlug(date: string, title: string): string {
	const day = date
		.split('/')[0]
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	// Most titles are ASCII, and Unicode normalisation is the slowest step of building a slug.
	const plain = /[^ -~]/.test(title)
		? title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
		: title;
	// The first five words that count; the rest of the title is never split.
	const letters = plain.toLowerCase().replace(/['’]/g, '');
	const pattern = /[a-z0-9]+/g;
	const words: string[] = [];
	for (let match; words.length < 5 && (match = pattern.exec(letters));)
		if (!SLUG_SKIPS.has(match[0])) words.push(match[0]);
	return (day ? [day, ...words] : words).join('-');
}

const SLUG_SKIPS = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'on']);
