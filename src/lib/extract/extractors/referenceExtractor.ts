/**
 * Times TimeML names only by their relation to the present: "now", "currently", "recently",
 * "the past", "formerly", "the future", "soon", "coming months". They anchor nothing on a
 * timeline, so they never become events.
 */
import { patternExtractor } from '../lexicon';

const PRESENT = String.raw`(?:right\s+)?now|nowadays|currently|at\s+present|these\s+days|current|the\s+present(?!\s+\w+ing\b)|(?:the\s+)?moment|this\s+(?:crucial\s+|critical\s+|difficult\s+|decisive\s+|historic\s+|very\s+)?moment`;
const PAST = String.raw`(?:(?:more|most|very|only|as|just)\s+)?recently|lately|(?:the\s+)?past(?=\s*[,.;]|\s+(?:and|or|but|when|as|that|is|was|has|have)\b)|(?:in|of|from)\s+the\s+past(?!\s+(?:\w+\s+)?(?:centur|decade|year|month|week|day|quarter))|(?<=\bin\s+)past\s+(?:years|decades)|once\s+upon\s+a\s+time`;
const FUTURE = String.raw`the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short)\s+term|future\s+(?:quarters|years|months)|coming\s+(?:days|weeks|months|years|quarters|decades)|(?:in\s+)?the\s+years\s+ahead|a\s+later\s+date`;

export const referenceExtractor = patternExtractor(
	'referenceExtractor',
	new RegExp(`\\b(?<![\\w-])(?:(${PRESENT})|(${PAST})|(${FUTURE}))(?![\\w-])`, 'gi'),
	(match) => {
		const [whole, present, past] = match;
		let skip = 0;
		// TimeML leaves the preposition out: "in the past" is tagged "the past".
		const lead = /^(?:in|of|from)\s+/i.exec(whole);
		if (lead) skip = lead[0].length;
		const leadIn = /^in\s+(?=the\s+years)/i.exec(whole);
		if (leadIn) skip = leadIn[0].length;
		if (/moment$/i.test(whole)) {
			// "at the moment", "at this crucial moment": now. "the moment the tragedies occurred" is
			// not.
			if (/^moment$/i.test(whole)) return null;
			const before = match.input.slice(Math.max(0, match.index - 4), match.index);
			if (!/at\s+$/i.test(before)) return null;
		}
		// A sentence opening "Now, …" or "Currently, …" is a discourse marker, not a time
		// reference TimeML tags.
		if (
			/^(?:now|currently)$/i.test(whole) &&
			match.input[match.index + whole.length] === ',' &&
			/(?:^|[.!?]["'’”]?\s+|\n\s*)$/.test(
				match.input.slice(Math.max(0, match.index - 4), match.index)
			)
		)
			return null;
		// "the future of our peoples", "the future looks bleak": what lies ahead for something, not
		// a time.
		if (
			/^the\s+future$/i.test(whole) &&
			/^\s+(?:of|looks?|is|was|seems?|holds?|belongs?|remains?)\b/i.test(
				match.input.slice(match.index + whole.length, match.index + whole.length + 12)
			)
		)
			return null;
		const value = present ? 'PRESENT_REF' : past ? 'PAST_REF' : 'FUTURE_REF';
		return {
			type: 'DATE',
			value,
			skip,
			priority: 0,
			resolution: `'${whole.slice(skip)}': relative to the present, no calendar date`
		};
	},
	1,
	{
		anchor:
			/now|current|present|moment|recent|lately|past|once|future|coming|ahead|term|later|these/gi,
		before: 40,
		after: 30,
		behind: 8
	}
);
