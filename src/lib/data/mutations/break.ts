/** Mutations that make a valid dataset break the contract (see `index.ts`). Test-only. */
import { impossibleDay, impossiblePublished, pick, year4 } from './dates';
import { quotesOf, type Mutation } from './mutation';

/** Deletes `key` from `target`: a structural break the schema names. */
function remove(target: Record<string, unknown>, key: string): boolean {
	if (!(key in target)) return false;
	delete target[key];
	return true;
}

const REQUIRED = {
	dataset: ['version', 'id', 'title', 'sources', 'events'],
	source: ['id', 'title', 'publisher', 'author', 'published', 'text'],
	event: ['id', 'title', 'date', 'start', 'end', 'precision', 'quotes'],
	quote: ['source', 'start', 'end', 'text']
};
const WRONG_TYPES: unknown[] = [null, 7, true, [], {}, 'text'];

export const breaks: Mutation[] = [
	{
		name: 'required field missing',
		verdict: 'invalid',
		apply(d, r) {
			const where = r[0] % 4;
			if (where === 0) return remove(d as never, pick(REQUIRED.dataset, r[1]));
			if (where === 1)
				return remove(d.sources[r[2] % d.sources.length] as never, pick(REQUIRED.source, r[1]));
			if (where === 2)
				return (
					d.events.length > 0 &&
					remove(d.events[r[2] % d.events.length] as never, pick(REQUIRED.event, r[1]))
				);
			const quotes = quotesOf(d);
			return (
				quotes.length > 0 &&
				remove(quotes[r[2] % quotes.length].q as never, pick(REQUIRED.quote, r[1]))
			);
		}
	},
	{
		name: 'field of the wrong type',
		verdict: 'invalid',
		apply(d, r) {
			const wrong = pick(WRONG_TYPES, r[1]);
			const where = r[0] % 3;
			const set = (target: Record<string, unknown>, key: string) => {
				const before = target[key];
				// A string field given 'text' or a list given [] may still be of the right type.
				if (typeof before === typeof wrong && Array.isArray(before) === Array.isArray(wrong))
					return false;
				target[key] = wrong;
				return true;
			};
			if (where === 0) return set(d as never, pick(REQUIRED.dataset, r[2]));
			if (where === 1)
				return set(d.sources[r[3] % d.sources.length] as never, pick(REQUIRED.source, r[2]));
			return (
				d.events.length > 0 &&
				set(d.events[r[3] % d.events.length] as never, pick(REQUIRED.event, r[2]))
			);
		}
	},
	{
		name: 'version neither 1 nor 2',
		verdict: 'invalid',
		apply(d, r) {
			(d as { version: unknown }).version = pick([0, 3, '1', 1.5], r[0]);
			return true;
		}
	},
	{
		name: 'a version 2 field in a version 1 dataset',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.version = 1;
			const event = d.events[r[0] % d.events.length];
			if (r[1] % 2) event.group = 'Politics';
			else event.media = { type: 'link', url: 'https://example.org/video' };
			return true;
		}
	},
	{
		name: 'media not http(s), or an image without alt text',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.version = 2;
			d.events[r[0] % d.events.length].media = pick(
				[
					{ type: 'image', url: 'javascript:alert(1)', alt: 'x' },
					{ type: 'link', url: 'data:text/html,<script>alert(1)</script>' },
					{ type: 'image', url: 'https://example.org/a.jpg', alt: ' ' },
					{ type: 'image', url: 'https://example.org/a.jpg' },
					{ type: 'image', url: 'https://example.org/a.jpg', alt: 'x', link: 'vbscript:x' },
					{ type: 'iframe', url: 'https://example.org/embed' }
				] as never[],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'id not a slug',
		verdict: 'invalid',
		apply(d, r) {
			const bad = pick(['', 'Has Caps', 'a b', '-a', 'a-', 'a--b', 'é', 'a_b', 'a/b'], r[0]);
			const where = r[1] % 3;
			if (where === 0) d.id = bad;
			else if (where === 1) d.sources[r[2] % d.sources.length].id = bad;
			else if (d.events.length) d.events[r[2] % d.events.length].id = bad;
			else return false;
			return true;
		}
	},
	{
		name: 'blank title',
		verdict: 'invalid',
		apply(d, r) {
			const blank = pick(['', ' ', '\n\t', '\u00a0'], r[0]);
			if (r[1] % 2 && d.events.length) d.events[r[2] % d.events.length].title = blank;
			else d.title = blank;
			return true;
		}
	},
	{
		name: 'no sources',
		verdict: 'invalid',
		apply(d) {
			d.sources = [];
			return true;
		}
	},
	{
		name: 'source id used twice',
		verdict: 'invalid',
		apply(d, r) {
			d.sources.push(structuredClone(d.sources[r[0] % d.sources.length]));
			return true;
		}
	},
	{
		name: 'event id used twice',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.events.push(structuredClone(d.events[r[0] % d.events.length]));
			return true;
		}
	},
	{
		name: 'start after end',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const event = d.events[r[0] % d.events.length];
			if (!/^\d{4}-/.test(event.end)) return false;
			// The day after the end, by JavaScript's calendar.
			const after = new Date(`${event.end}T00:00:00Z`);
			after.setUTCDate(after.getUTCDate() + 1 + (r[1] % 400));
			if (after.getUTCFullYear() > 9999) return false;
			event.start = after.toISOString().slice(0, 10);
			return true;
		}
	},
	{
		name: 'date disagrees with start and end',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const event = d.events[r[0] % d.events.length];
			if (!/^\d{4}-/.test(event.start)) return false;
			// A plain year other than the first day's covers other days.
			const y = Number(event.start.slice(0, 4)) + 1 + (r[1] % 50);
			if (y > 9999) return false;
			event.date = year4(y);
			return true;
		}
	},
	{
		name: 'date not EDTF',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.events[r[0] % d.events.length].date = pick(
				['soon', 'last week', '2024-13', '2024/13', '20244', 'Jan 2024', '2024-02-30'],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'impossible event day',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const event = d.events[r[0] % d.events.length];
			if (r[3] % 2) event.start = impossibleDay(r[1], r[2]);
			else event.end = impossibleDay(r[1], r[2]);
			return true;
		}
	},
	{
		name: 'impossible publication date',
		verdict: 'invalid',
		apply(d, r) {
			d.sources[r[0] % d.sources.length].published = impossiblePublished(r[1], r[2]);
			return true;
		}
	},
	{
		name: 'publication date of another shape',
		verdict: 'invalid',
		apply(d, r) {
			d.sources[r[0] % d.sources.length].published = pick(
				[
					'2024-1-8',
					'24-01-08',
					'2024-01-08 10:19',
					'2024-01-08T10',
					'2024-01-08T10:19+0100',
					'January 8, 2024',
					'+002024-01-08',
					''
				],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'precision not one of the nine',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			(d.events[r[0] % d.events.length] as { precision: string }).precision = pick(
				['fortnight', 'Day', '', 'days'],
				r[1]
			);
			return true;
		}
	},
	{
		name: 'quote text not its slice',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { q } = quotes[r[0] % quotes.length];
			const i = r[1] % q.text.length;
			q.text = q.text.slice(0, i) + (q.text[i] === 'x' ? 'y' : 'x') + q.text.slice(i + 1);
			return true;
		}
	},
	{
		name: 'quote past the end of its source',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { q } = quotes[r[0] % quotes.length];
			const source = d.sources.find((s) => s.id === q.source);
			if (!source) return false;
			q.end = source.text.length + 1 + (r[1] % 100);
			return true;
		}
	},
	{
		name: 'quote start not before its end',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { q } = quotes[r[0] % quotes.length];
			q.start = q.end + (r[1] % 3);
			q.text = q.start === q.end ? 'x' : q.text;
			return true;
		}
	},
	{
		name: 'quote splitting a surrogate pair',
		verdict: 'invalid',
		apply(d, r) {
			if (!d.events.length) return false;
			const source = d.sources[r[0] % d.sources.length];
			// An astral character added at the end moves no other quote; the quote ends inside it.
			const at = source.text.length;
			source.text += '🎉';
			const start = r[1] % 2 ? Math.max(0, at - 1 - (r[2] % 5)) : at + 1;
			const end = r[1] % 2 ? at + 1 : at + 2;
			if (start >= end) return false;
			d.events[r[3] % d.events.length].quotes.push({
				source: source.id,
				start,
				end,
				text: source.text.slice(start, end)
			});
			return true;
		}
	},
	{
		name: 'quote of an unknown source',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const ids = new Set(d.sources.map((s) => s.id));
			let id = 'unknown-source';
			while (ids.has(id)) id += '-x';
			quotes[r[0] % quotes.length].q.source = id;
			return true;
		}
	},
	{
		name: 'quote listed twice in its event',
		verdict: 'invalid',
		apply(d, r) {
			const quotes = quotesOf(d);
			if (!quotes.length) return false;
			const { event, q } = quotes[r[0] % quotes.length];
			event.quotes.splice(r[1] % (event.quotes.length + 1), 0, { ...q });
			return true;
		}
	},
	{
		name: 'link not http(s)',
		verdict: 'invalid',
		apply(d, r) {
			const url = pick(
				[
					'javascript:alert(1)',
					'data:text/html,x',
					'ftp://example.com/',
					'/relative',
					'example.com',
					''
				],
				r[0]
			);
			if (r[1] % 2 && d.events.length) d.events[r[2] % d.events.length].url = url;
			else d.sources[r[2] % d.sources.length].url = url;
			return true;
		}
	},
	{
		name: 'not a dataset at all',
		verdict: 'invalid',
		apply(d, r) {
			const shape = r[0] % 3;
			if (shape === 0) (d as { events: unknown }).events = {};
			else if (shape === 1) (d as { sources: unknown }).sources = 'sources';
			else (d as { events: unknown[] }).events.push(pick(WRONG_TYPES, r[1]));
			return true;
		}
	}
];
