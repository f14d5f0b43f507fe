import { addDays, formatDay, parseDay } from '../../../data/calendar';
import type { Quote } from '../../../data/schema';
import { storyStart } from '../../dateline';
import { isFurniture } from '../../furniture';
import { draftTitle } from '../../headline';
import { paragraphs, sentences, spanFrom, type Span } from '../../sentences';
import type { Mention } from '../storyDraft';
import { SAME_HAPPENING } from '../thresholds';
import type { ArticleInFold, ArticleStep } from '../types';
import { contentWords } from '../words';

// A lede is a sentence of news, not a caption or a byline: at least this many words.
const LEDE_WORDS = 8;
// Where a lede may be: the first paragraphs (a headline, a dateline, a byline may come first).
const LEDE_PARAGRAPHS = 6;

/**
 * An article's opening sentence tells the news of its day, often without a date ("BP has
 * capped the well"). When it names no date of its own, it is a further telling of the story's
 * event of the publication day or the day before that it is most like, and joins it (an
 * article's lede is the most prominent place a happening can be told: see `importance.ts`).
 * It never makes an event of its own: an undated sentence is no evidence of which day it tells.
 */
export const ledeStep: ArticleStep = {
	name: 'lede',
	run(draft, article) {
		const day = parseDay(article.source.published);
		const lede = ledeOf(article);
		if (!day || !lede) return;
		const words = contentWords(lede.text);
		const quote: Quote = { source: article.source.id, ...lede };
		const published = formatDay(day);
		const mention: Mention = {
			event: {
				id: `${published}-lede`,
				// Titled below, once it joins: most ledes join nothing, and a title is costly to draft.
				title: '',
				date: published,
				start: published,
				end: published,
				precision: 'day',
				quotes: [quote]
			},
			source: article.source,
			bags: [words],
			words
		};
		const days = [published, formatDay(addDays(day, -1))];
		const i = draft.nearest(
			mention,
			days.flatMap((d) => draft.eventsOn(d)),
			SAME_HAPPENING
		);
		if (i === null) return;
		mention.event.title = draftTitle(lede.text, 0, 0);
		draft.join(i, mention);
		article.placed.set(mention, { kind: 'joined', event: i });
	}
};

/** The article's opening sentence of news, unless one of its events quotes it already. */
export function ledeOf(article: ArticleInFold): Span | null {
	const { text, title } = article.source;
	for (const sentence of sentences(text, paragraphs(text).slice(0, LEDE_PARAGRAPHS))) {
		if (sentence.text === title || isFurniture(sentence.text)) continue;
		if (sentence.text.split(/\s+/).length < LEDE_WORDS) continue;
		// A lede that dates its own news is one of the article's mentions already.
		const quoted = article.mentions.some((m) =>
			m.event.quotes.some((q) => q.start < sentence.end && q.end > sentence.start)
		);
		// Quoted from where its story starts: "GENEVA (Reuters) - Talks stalled" is "Talks stalled".
		return quoted
			? null
			: spanFrom(text, sentence, sentence.start + storyStart(sentence.text, true));
	}
	return null;
}
