/**
 * The dataset contract: the one definition of a Dateline timeline.
 *
 * The TypeScript types, the runtime validation (`validateDataset`) and the published JSON Schemas
 * (`/schema/timeline-v2.json` and `/schema/timeline-v1.json`, from `datasetJsonSchema()`) all
 * derive from the zod schema below. Field names are read by outside tools: add beside them, never
 * rename.
 *
 * Version 2 adds to version 1, removing nothing: media, groups, eras, backgrounds, a display date,
 * times of day (the `minute` precision) and years before 1 and after 9999, and what a TimelineJS
 * import keeps to give back on export. A version 1 dataset stays valid as it is; a dataset that
 * uses any of these says `"version": 2` (`datasetVersion` tells which it needs), so that a tool
 * written for version 1 refuses it rather than silently dropping what it does not know.
 *
 * Structure is checked by zod; the rules that relate fields to each other (a quote must equal its
 * slice of the source, an EDTF date must agree with its start/end days, ids must be unique) are
 * checked afterwards by `semanticProblems`, so that every problem names its JSON path. When the
 * structure is broken somewhere, those rules still run over every source and event whose own
 * structure is sound, so one refusal lists every problem rather than one kind at a time.
 */
import { z } from 'zod';
import { calendarProblem, ISO_DATE_TIME, ISO_DAY } from './calendar';
import { PRECISIONS, type Precision } from './partialDate';
import { isHttpUrl } from './url';
import {
	DatasetError,
	describe,
	expectedOf,
	inItemOrder,
	jsonPath,
	valueAt,
	type Problem
} from './issueText';
import { soundDatasetProblems } from './quickValidate';
import { numbered, semanticProblems, soundProblems } from './semantics';

// The pages' Content-Security-Policy allows no 'unsafe-eval', so in a browser (a page or a worker)
// zod cannot compile its parsers with `new Function`, and its probe for that is reported as a
// violation: there it parses without compiling. Node keeps the compiled parsers.
z.config({ jitless: typeof document !== 'undefined' || 'WorkerGlobalScope' in globalThis });

export { DatasetError, isHttpUrl, PRECISIONS, type Precision };
export { datasetVersion } from './semantics';
export type { Problem };

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a URL-safe slug (lowercase letters, digits, hyphens)');

/**
 * A string of an ISO shape that must also be on the calendar (`calendarProblem`, the one check
 * every date field of the contract shares). The shape stays a pattern so the published JSON
 * Schema states it; a value of the wrong shape gets one problem, not two.
 */
function calendarString(shape: RegExp, shapeMessage: string, realMessage: string) {
	return z
		.string()
		.regex(shape, shapeMessage)
		.superRefine((value, context) => {
			if (!shape.test(value)) return;
			const problem = calendarProblem(value);
			if (problem) context.addIssue({ code: 'custom', message: `${realMessage} (${problem})` });
		});
}

const isoDay = calendarString(ISO_DAY, 'a day as YYYY-MM-DD', 'a real calendar day');

/** ISO 8601 as stated: a year, month, day, or day and time, with a zone only if one was stated. */
const isoPublished = calendarString(
	ISO_DATE_TIME,
	'an ISO 8601 date or date-time, e.g. 2024-01-08 or 2024-01-08T10:19',
	'a real date or date-time, e.g. 2024-01-08 or 2024-01-08T10:19'
);

const httpUrl = z
	.string()
	.refine((s) => isHttpUrl(s), 'an absolute http(s) URL')
	.describe('Only http and https links are rendered.');

// A text that must say something; its absence is refused in the same words as its emptiness.
const nonBlank = (what: string) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? what : undefined) })
		.trim()
		.min(1, what);

// A colour as CSS names one and nothing more (a hex, a name, rgb()/hsl() of numbers), so that a
// value can never carry another declaration or a url() into a style.
const cssColor = z
	.string()
	.regex(
		/^(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(?:rgb|hsl)a?\([0-9.,%\s]+\))$/,
		'a CSS colour such as #1a4d80, steelblue or rgb(26, 77, 128)'
	);

/** Who made a medium and what it shows: plain text, shown with it. */
const mediaWords = {
	credit: z.string().optional().describe('Who made it or holds its rights, shown with it.'),
	caption: z.string().optional().describe('What it shows, shown under it.'),
	thumbnail: httpUrl.optional().describe('A small image standing for it.')
};

export const ImageMediaSchema = z
	.object({
		type: z.literal('image'),
		url: httpUrl.describe('The image, loaded lazily when its event opens.'),
		alt: nonBlank('alt text describing the image').describe(
			'What the image shows, for readers who cannot see it.'
		),
		...mediaWords,
		link: httpUrl.optional().describe('Where the image leads when followed.')
	})
	.describe('An image.');

export const LinkMediaSchema = z
	.object({
		type: z.literal('link'),
		url: httpUrl.describe('A video, map, post or page: shown as a link, never embedded.'),
		...mediaWords
	})
	.describe('Any other medium, as a link (a third-party embed is kept as its link).');

export const TextMediaSchema = z
	.object({
		type: z.literal('text'),
		text: nonBlank('the words of the passage'),
		...mediaWords
	})
	.describe('A passage shown as text beside the event (TimelineJS shows a blockquote so).');

export const MediaSchema = z
	.discriminatedUnion('type', [ImageMediaSchema, LinkMediaSchema, TextMediaSchema])
	.describe('What an event (or the timeline) shows beside its words. Version 2.');

export const BackgroundSchema = z
	.object({ color: cssColor.optional(), url: httpUrl.optional() })
	.refine((b) => b.color !== undefined || b.url !== undefined, 'a colour, an image url or both')
	.describe('A TimelineJS slide background: kept for an export back to TimelineJS. Version 2.');

export const TimelineJsOriginSchema = z
	.object({
		headline: z.string().optional(),
		text: z.string().optional(),
		media: z.string().optional(),
		caption: z.string().optional(),
		credit: z.string().optional()
	})
	.describe(
		'What a TimelineJS slide said as HTML, never rendered: its headline, text, media (when it was embed code rather than a link), caption and credit. ' +
			'An export to TimelineJS gives each back while the field Dateline read from it still holds the same words. Version 2.'
	);

export const QuoteSchema = z
	.object({
		source: slug.describe('The id of a source in this dataset.'),
		start: z.number().int().min(0).describe('UTF-16 offset of the first character in source.text.'),
		end: z.number().int().min(0).describe('UTF-16 offset just past the last character.'),
		text: z.string().min(1).describe('Exactly source.text.slice(start, end).')
	})
	.describe('Words of a source that support an event.');

export const EntitiesSchema = z.object({
	people: z.array(z.string()),
	places: z.array(z.string()),
	organizations: z.array(z.string())
});

export const EventSchema = z
	.object({
		id: slug.describe('Stable id: corrections and links (#id) refer to it.'),
		title: z.string().trim().min(1, 'a non-empty title'),
		summary: z.string().optional(),
		date: z
			.string()
			.min(1)
			.describe('EDTF (ISO 8601-2): 2014, 2020-01, 2023-10-07, 2024-01-01/2024-01-07, 201X.'),
		start: isoDay.describe('First day the date covers (inclusive).'),
		end: isoDay.describe('Last day the date covers (inclusive).'),
		precision: z.enum(PRECISIONS),
		quotes: z.array(QuoteSchema),
		resolution: z.string().optional().describe('One line: how the date was resolved.'),
		entities: EntitiesSchema.optional(),
		url: httpUrl.optional(),
		media: MediaSchema.optional(),
		group: nonBlank('a non-empty group name')
			.optional()
			.describe('The group (lane) the event belongs to. Version 2.'),
		displayDate: nonBlank('a non-empty date label')
			.optional()
			.describe(
				'The date as the timeline shows it, in place of the one made from date. Version 2.'
			),
		background: BackgroundSchema.optional(),
		timelinejs: TimelineJsOriginSchema.optional(),
		importance: z
			.number()
			.finite()
			.min(0)
			.optional()
			.describe(
				'How central the event is to the story, from what its articles show: higher is more central. Compare within one dataset only.'
			)
	})
	.describe('One dated happening.');

export const EraSchema = z
	.object({
		title: z.string().trim().min(1, 'a non-empty title'),
		date: z.string().min(1).describe('EDTF, as an event date.'),
		start: isoDay.describe('First day the era covers (inclusive).'),
		end: isoDay.describe('Last day the era covers (inclusive).'),
		precision: z.enum(PRECISIONS),
		summary: z.string().optional(),
		timelinejs: TimelineJsOriginSchema.optional()
	})
	.describe('A labelled span of time, drawn as a band behind the events. Version 2.');

export const SourceSchema = z
	.object({
		id: slug,
		title: z.string(),
		publisher: z.string(),
		author: z.string(),
		url: httpUrl.optional(),
		published: isoPublished,
		text: z.string().describe('The article body, exact: quotes are offsets into it.')
	})
	.describe('An article the events are drawn from.');

export const DatasetSchema = z
	.object({
		version: z.literal([1, 2]),
		id: slug,
		title: z.string().trim().min(1, 'a non-empty title'),
		description: z.string().optional(),
		sources: z.array(SourceSchema).min(1, 'at least one source'),
		events: z.array(EventSchema),
		eras: z.array(EraSchema).optional(),
		media: MediaSchema.optional(),
		background: BackgroundSchema.optional(),
		timelinejs: TimelineJsOriginSchema.optional()
	})
	.describe('A Dateline timeline dataset, version 1 or 2.');

export type Media = z.infer<typeof MediaSchema>;
export type Era = z.infer<typeof EraSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Entities = z.infer<typeof EntitiesSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * Checks any value against the contract and returns it typed, or throws a `DatasetError` naming
 * the file, the JSON path, what was expected and what was found, for every problem.
 *
 * @example
 * const dataset = validateDataset(JSON.parse(text), 'data/timelines/iraq.json');
 */
export function validateDataset(value: unknown, file = 'dataset'): Dataset {
	const problems = datasetProblems(value);
	if (problems.length) throw new DatasetError(file, problems);
	return value as Dataset;
}

/**
 * Every problem with a value as a dataset, structural ones first; empty when it is valid.
 *
 * @example
 * datasetProblems({ ...dataset, title: '' }); // [{ path: '$.title', expected: 'a non-empty title', found: '""' }]
 */
export function datasetProblems(value: unknown): Problem[] {
	// Most datasets' structure is vouched for by a quick check that never passes what the schema
	// refuses (`quickValidate.ts`); the schema decides on the rest, and names the problems.
	const sound = soundDatasetProblems(value);
	if (sound) return sound;
	const parsed = DatasetSchema.safeParse(value);
	if (parsed.success) return soundProblems(parsed.data);
	const issues = parsed.error.issues;
	const shape = issues.map((issue) => ({
		path: jsonPath(issue.path),
		expected: expectedOf(issue),
		found: describe(valueAt(value, issue.path))
	}));
	return inItemOrder([...shape, ...soundPartsProblems(value, issues)]);
}

/**
 * The semantic problems of the sources and events whose own structure is sound, in a value whose
 * structure is broken elsewhere. A part with a structural problem is left out, but for the sound
 * quotes of a broken event; a quote naming a source left out (by its id) is not checked, as its
 * words may be what is wrong; a quote naming an id no source has is reported all the same.
 */
function soundPartsProblems(value: unknown, issues: z.core.$ZodIssue[]): Problem[] {
	if (value === null || typeof value !== 'object') return [];
	const { sources, events, eras } = value as Record<string, unknown>;
	// The items with a structural problem; 'list' when the problem is the list itself.
	const broken = {
		sources: new Set<PropertyKey>(),
		events: new Set<PropertyKey>(),
		eras: new Set<PropertyKey>()
	};
	// The quotes with a structural problem, by event; 'list' when the problem is the list itself.
	const brokenQuotes = new Map<PropertyKey, Set<PropertyKey>>();
	for (const [list, index = 'list', field, quote = 'list'] of issues.map((issue) => issue.path)) {
		if (list === 'sources' || list === 'events' || list === 'eras') broken[list].add(index);
		if (list === 'events' && field === 'quotes') {
			const quotes = brokenQuotes.get(index) ?? new Set();
			brokenQuotes.set(index, quotes.add(quote));
		}
	}
	// A problem with a whole list (not an array, too short) leaves none of its items to check.
	const split = <T>(list: unknown, name: 'sources' | 'events' | 'eras') => {
		const items = Array.isArray(list) && !broken[name].has('list') ? numbered(list as T[]) : [];
		return [
			items.filter(([i]) => !broken[name].has(i)),
			items.filter(([i]) => broken[name].has(i))
		];
	};
	const [soundSources, brokenSources] = split<Source>(sources, 'sources');
	const [soundEvents, brokenEvents] = split<TimelineEvent>(events, 'events');
	return semanticProblems(soundSources, soundEvents, split<Era>(eras, 'eras')[0], {
		sourceIds: new Set(
			brokenSources.map(([, source]) => (source as Partial<Source> | null)?.id).filter(isString)
		),
		events: brokenEvents.flatMap(([i, event]) => {
			const quotes = (event as Partial<TimelineEvent> | null)?.quotes;
			const brokenHere = brokenQuotes.get(i) ?? new Set<PropertyKey>();
			return Array.isArray(quotes) && !brokenHere.has('list')
				? [[i, quotes, brokenHere as ReadonlySet<number>] as const]
				: [];
		})
	});
}

const isString = (value: unknown): value is string => typeof value === 'string';
