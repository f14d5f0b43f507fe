/** Mutations that keep a valid dataset valid (see `index.ts`). Test-only. */
import { pick, realDay, realDeepDay, realPublished } from './dates';
import { HOSTILE_STRINGS, type Mutation } from './mutation';

export const keeps: Mutation[] = [
	{ name: 'unchanged', verdict: 'valid', apply: () => true },
	{
		name: 'hostile title and texts',
		verdict: 'valid',
		apply(d, r) {
			const text = pick(HOSTILE_STRINGS, r[0]);
			d.title = `${text} x`;
			d.sources[r[1] % d.sources.length].publisher = text;
			if (d.events.length) d.events[r[2] % d.events.length].title = `x ${text}`;
			return true;
		}
	},
	{
		name: 'empty optional texts',
		verdict: 'valid',
		apply(d, r) {
			d.description = '';
			for (const event of d.events) {
				if (r[0] % 2) event.summary = '';
				if (r[1] % 2) event.resolution = '';
			}
			return true;
		}
	},
	{
		name: 'real publication date',
		verdict: 'valid',
		apply(d, r) {
			d.sources[r[0] % d.sources.length].published = realPublished(r[1], r[2]);
			return true;
		}
	},
	{
		name: 'real day, years 1-9999',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			const day = realDay(r[1]);
			Object.assign(d.events[r[0] % d.events.length], {
				date: day,
				start: day,
				end: day,
				precision: 'day'
			});
			return true;
		}
	},
	{
		name: 'real day of any year JavaScript holds, in version 2',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			const { date, start, end } = realDeepDay(r[1]);
			d.version = 2;
			Object.assign(d.events[r[0] % d.events.length], {
				date,
				start,
				end,
				precision: date.startsWith('Y') ? 'year' : 'day'
			});
			return true;
		}
	},
	{
		name: 'hostile media, group, display date and era texts, in version 2',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			const text = pick(HOSTILE_STRINGS, r[0]);
			d.version = 2;
			const event = d.events[r[1] % d.events.length];
			event.media = pick(
				[
					{
						type: 'image',
						url: 'https://example.org/a.jpg',
						alt: `${text} x`,
						credit: text,
						caption: text
					},
					{ type: 'link', url: 'https://example.org/v', credit: text, caption: text },
					{ type: 'text', text: `x ${text}`, credit: text }
				] as const,
				r[2]
			);
			event.group = `${text} g`;
			event.displayDate = `${text} d`;
			d.eras = [
				{
					title: `${text} e`,
					date: '2014',
					start: '2014-01-01',
					end: '2014-12-31',
					precision: 'year'
				}
			];
			return true;
		}
	},
	{
		name: 'quote of whole characters',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			const source = d.sources[r[0] % d.sources.length];
			// Offsets between characters, counted by iterating code points.
			const cuts = [0];
			for (const character of source.text) cuts.push(cuts[cuts.length - 1] + character.length);
			if (cuts.length < 2) return false;
			const start = cuts[r[1] % (cuts.length - 1)];
			const later = cuts.filter((c) => c > start);
			const end = later[r[2] % later.length];
			const event = d.events[r[3] % d.events.length];
			if (event.quotes.some((q) => q.source === source.id && q.start === start && q.end === end))
				return false;
			event.quotes.push({ source: source.id, start, end, text: source.text.slice(start, end) });
			return true;
		}
	},
	{
		name: 'events and sources reordered',
		verdict: 'valid',
		apply(d) {
			d.events.reverse();
			d.sources.reverse();
			return true;
		}
	},
	{
		name: 'http(s) links',
		verdict: 'valid',
		apply(d, r) {
			const url = pick(
				['https://example.com/a?b=c#d', 'http://localhost:8080/', 'https://xn--bcher-kva.example/'],
				r[0]
			);
			d.sources[r[1] % d.sources.length].url = url;
			if (d.events.length) d.events[r[2] % d.events.length].url = url;
			return true;
		}
	},
	{
		name: 'hostile entity names',
		verdict: 'valid',
		apply(d, r) {
			if (!d.events.length) return false;
			d.events[r[0] % d.events.length].entities = {
				people: [pick(HOSTILE_STRINGS, r[1])],
				places: [pick(HOSTILE_STRINGS, r[2]), pick(HOSTILE_STRINGS, r[2])],
				organizations: []
			};
			return true;
		}
	}
];
