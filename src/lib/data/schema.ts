/**
 * The dataset contract, version 1: the one definition of a Dateline timeline.
 *
 * The TypeScript types, the runtime validation (`validateDataset`) and the published JSON Schema
 * (`/schema/timeline-v1.json`, from `datasetJsonSchema()`) all derive from the zod schema below.
 * Field names are read by outside tools: add beside them, never rename.
 *
 * Structure is checked by zod; the rules that relate fields to each other (a quote must equal its
 * slice of the source, an EDTF date must agree with its start/end days, ids must be unique) are
 * checked afterwards by `semanticProblems`, so that every problem names its JSON path. When the
 * structure is broken somewhere, those rules still run over every source and event whose own
 * structure is sound, so one refusal lists every problem rather than one kind at a time.
 */
import { z } from 'zod';
import { calendarProblem, ISO_DATE_TIME, ISO_DAY } from './calendar';
import { boundsOf } from './edtfBounds';
import { PRECISIONS, type Precision } from './partialDate';
import { isHttpUrl } from './url';
import { pairAround } from './utf16';

// The pages' Content-Security-Policy allows no 'unsafe-eval', so in a browser (a page or a worker)
// zod cannot compile its parsers with `new Function`, and its probe for that is reported as a
// violation: there it parses without compiling. Node keeps the compiled parsers.
z.config({ jitless: typeof document !== 'undefined' || 'WorkerGlobalScope' in globalThis });

export { isHttpUrl, PRECISIONS, type Precision };

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
		version: z.literal(1),
		id: slug,
		title: z.string().trim().min(1, 'a non-empty title'),
		description: z.string().optional(),
		sources: z.array(SourceSchema).min(1, 'at least one source'),
		events: z.array(EventSchema)
	})
	.describe('A Dateline timeline dataset, version 1.');

export type Quote = z.infer<typeof QuoteSchema>;
export type Entities = z.infer<typeof EntitiesSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;

/** One thing wrong with a dataset, located by its JSON path. */
export interface Problem {
	/** JSONPath of the offending value, e.g. `$.events[2].quotes[0].text`. */
	path: string;
	expected: string;
	found: string;
}

/** Thrown when a dataset breaks the contract; its message lists every problem found. */
export class DatasetError extends Error {
	readonly file: string;
	readonly problems: Problem[];

	constructor(file: string, problems: Problem[]) {
		const lines = problems
			.slice(0, 20)
			.map((p) => `${file}: ${p.path}: expected ${p.expected}, found ${p.found}`);
		if (problems.length > 20) lines.push(`${file}: … and ${problems.length - 20} more problems`);
		super(lines.join('\n'));
		this.name = 'DatasetError';
		this.file = file;
		this.problems = problems;
	}
}

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
	const parsed = DatasetSchema.safeParse(value);
	if (parsed.success) {
		return semanticProblems(numbered(parsed.data.sources), numbered(parsed.data.events), true);
	}
	const issues = parsed.error.issues;
	const shape = issues.map((issue) => ({
		path: jsonPath(issue.path),
		expected: expectedOf(issue),
		found: describe(valueAt(value, issue.path))
	}));
	return [...shape, ...soundPartsProblems(value, issues)];
}

/**
 * The semantic problems of the sources and events whose own structure is sound, in a value whose
 * structure is broken elsewhere. A part with a structural problem is left out; and while any
 * source is, a quote naming an unknown source is not reported, as it may name the broken one.
 */
function soundPartsProblems(value: unknown, issues: z.core.$ZodIssue[]): Problem[] {
	if (value === null || typeof value !== 'object') return [];
	const { sources, events } = value as Record<string, unknown>;
	// The items with a structural problem; 'list' when the problem is the list itself.
	const broken = { sources: new Set<PropertyKey>(), events: new Set<PropertyKey>() };
	for (const [list, index = 'list'] of issues.map((issue) => issue.path)) {
		if (list === 'sources' || list === 'events') broken[list].add(index);
	}
	// A problem with a whole list (not an array, too short) leaves none of its items to check.
	const sound = <T>(list: unknown, name: 'sources' | 'events'): [number, T][] =>
		Array.isArray(list) && !broken[name].has('list')
			? numbered(list as T[]).filter(([i]) => !broken[name].has(i))
			: [];
	const soundSources = sound<Source>(sources, 'sources');
	const allSources = Array.isArray(sources) && soundSources.length === sources.length;
	return semanticProblems(soundSources, sound<TimelineEvent>(events, 'events'), allSources);
}

/** Items with their index in the dataset, so problems name the right path when some are left out. */
function numbered<T>(items: T[]): [number, T][] {
	return items.map((item, i) => [i, item]);
}

/**
 * The rules that tie fields together, over sources and events whose structure is sound.
 * `allSources`: no source was left out, so a quote naming none of them names an unknown one.
 */
function semanticProblems(
	soundSources: [number, Source][],
	soundEvents: [number, TimelineEvent][],
	allSources: boolean
): Problem[] {
	const problems: Problem[] = [];
	const sources = new Map<string, Source>();
	soundSources.forEach(([i, source]) => {
		if (sources.has(source.id)) {
			problems.push({
				path: `$.sources[${i}].id`,
				expected: 'a source id used once',
				found: describe(source.id) + ' (already used)'
			});
		}
		sources.set(source.id, source);
	});
	const eventIds = new Set<string>();
	// Listed in a refusal once, however many quotes name an unknown source.
	let sourceIds: string | undefined;
	soundEvents.forEach(([i, event]) => {
		const at = `$.events[${i}]`;
		if (eventIds.has(event.id)) {
			problems.push({
				path: `${at}.id`,
				expected: 'an event id used once',
				found: describe(event.id) + ' (already used)'
			});
		}
		eventIds.add(event.id);
		if (event.start > event.end) {
			problems.push({
				path: `${at}.start`,
				expected: `a day on or before end (${event.end})`,
				found: describe(event.start)
			});
		}
		let bounds: { start: string; end: string } | null = null;
		try {
			bounds = boundsOf(event.date);
		} catch {
			problems.push({
				path: `${at}.date`,
				expected: 'an EDTF date such as 2014, 2020-01, 2023-10-07 or 2024-01-01/2024-01-07',
				found: describe(event.date)
			});
		}
		if (bounds && (bounds.start !== event.start || bounds.end !== event.end)) {
			problems.push({
				path: `${at}.date`,
				expected: `a date covering ${event.start} to ${event.end} (start/end)`,
				found: `${describe(event.date)}, which covers ${bounds.start} to ${bounds.end}`
			});
		}
		const quoted = new Map<string, number>();
		event.quotes.forEach((quote, j) => {
			const qat = `${at}.quotes[${j}]`;
			// The editor lists an event's quotes by their words: the same words twice are one quote.
			const key = `${quote.source}\u0000${quote.start}\u0000${quote.end}`;
			const first = quoted.get(key);
			if (first !== undefined) {
				problems.push({
					path: qat,
					expected: 'a quote listed once in its event',
					found: `the same words as ${at}.quotes[${first}] (${quote.source} ${quote.start}-${quote.end})`
				});
				return;
			}
			quoted.set(key, j);
			const source = sources.get(quote.source);
			if (!source) {
				if (!allSources) return;
				problems.push({
					path: `${qat}.source`,
					expected: `one of the source ids (${(sourceIds ??= [...sources.keys()].join(', '))})`,
					found: describe(quote.source)
				});
				return;
			}
			if (quote.start >= quote.end) {
				problems.push({
					path: `${qat}.start`,
					expected: `an offset before end (${quote.end})`,
					found: String(quote.start)
				});
				return;
			}
			if (quote.end > source.text.length) {
				problems.push({
					path: `${qat}.end`,
					expected: `an offset within the source text (at most ${source.text.length})`,
					found: String(quote.end)
				});
				return;
			}
			// Offsets are UTF-16 units: one inside a surrogate pair would show half a character.
			for (const end of ['start', 'end'] as const) {
				const pair = pairAround(source.text, quote[end]);
				if (pair !== null) {
					problems.push({
						path: `${qat}.${end}`,
						expected: `an offset between characters, not inside the two halves of ${describe(source.text.slice(pair, pair + 2))} (${pair}-${pair + 2})`,
						found: String(quote[end])
					});
					return;
				}
			}
			const slice = source.text.slice(quote.start, quote.end);
			if (slice !== quote.text) {
				problems.push({
					path: `${qat}.text`,
					expected: `the source text at ${quote.start}-${quote.end}, ${describe(slice)}`,
					found: describe(quote.text)
				});
			}
		});
	});
	return problems;
}

/**
 * The published JSON Schema (draft 2020-12) of a dataset, derived from the zod schema. The rules
 * that relate fields (quotes equal their slices, dates agree with start/end, unique ids) cannot be
 * said in JSON Schema; they are listed in its description.
 */
export function datasetJsonSchema(baseUrl = ''): Record<string, unknown> {
	const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
		string,
		unknown
	>;
	return {
		...schema,
		$id: `${baseUrl}/schema/timeline-v1.json`,
		title: 'Dateline timeline dataset, version 1',
		description:
			'A Dateline timeline. Beyond this schema, a valid dataset also satisfies: ' +
			'every quote.text equals sources[quote.source].text.slice(quote.start, quote.end), with start < end ' +
			'and neither offset inside a surrogate pair; an event lists each quote once; ' +
			'every event.date (EDTF) covers exactly the days event.start to event.end; ' +
			'every day and date-time is on the calendar (years 1 to 9999, times to 23:59:59, zones within ±14:00); ' +
			'source ids and event ids are unique.'
	};
}

function jsonPath(path: PropertyKey[]): string {
	return (
		'$' +
		path
			.map((key) =>
				typeof key === 'number'
					? `[${key}]`
					: /^[A-Za-z_$][\w$]*$/.test(String(key))
						? `.${String(key)}`
						: `[${JSON.stringify(String(key))}]`
			)
			.join('')
	);
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
	let at: unknown = value;
	for (const key of path) {
		if (at === null || typeof at !== 'object') return undefined;
		at = Object.hasOwn(at, key) ? (at as Record<PropertyKey, unknown>)[key] : undefined;
	}
	return at;
}

function expectedOf(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.expected === 'array' || issue.expected === 'object'
				? `an ${issue.expected}`
				: `a ${issue.expected}`;
		case 'invalid_value':
			return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			return issue.message.startsWith('Too small') || issue.message.startsWith('Too short')
				? `at least ${String(issue.minimum)} ${issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : ''}`.trim()
				: issue.message;
		case 'unrecognized_keys':
			return `no unknown keys (${issue.keys.join(', ')})`;
		default:
			return issue.message.replace(/^Invalid input: /, '');
	}
}

/** A short, safe rendering of a found value for an error message. */
function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `an array of ${value.length}`;
	if (typeof value === 'object') return 'an object';
	const text = JSON.stringify(value);
	return text.length > 80 ? text.slice(0, 77) + '…"' : text;
}
