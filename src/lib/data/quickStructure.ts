/**
 * A quick check of a dataset's structure, for the shapes most datasets have (issue 15): zod walks
 * 100,000 events in about half a second without its compiled parsers (which the pages' policy
 * forbids), this in a fraction of that. It only ever vouches: true means the structure is sound by
 * the zod schema of `schema.ts`, which stays the contract; false means "not vouched for", and the
 * schema decides, naming every problem. It leaves to the schema whatever is rare (media, eras,
 * backgrounds, TimelineJS originals), so it checks only what it can check exactly as the schema
 * does, and `quickStructure.spec.ts` holds it, with fast-check, to never vouch for a value the
 * schema refuses.
 */
import { calendarProblem, ISO_DATE_TIME, ISO_DAY } from './calendar';
import { PRECISIONS } from './partialDate';
import { isHttpUrl } from './url';

type Record_ = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const precisions = new Set<unknown>(PRECISIONS);

// Each as the schema's field of the same name says.
const isObject = (v: unknown): v is Record_ =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const slug = (v: unknown) => isString(v) && SLUG.test(v);
const nonBlank = (v: unknown) => isString(v) && v.trim().length > 0;
const onCalendar = (shape: RegExp) => (v: unknown) =>
	isString(v) && shape.test(v) && calendarProblem(v) === null;
const isoDay = onCalendar(ISO_DAY);
const isoPublished = onCalendar(ISO_DATE_TIME);
const httpUrl = (v: unknown) => isString(v) && isHttpUrl(v);
const offset = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);
/** Whether every item of a list passes, holes included (as undefined: `every` would skip them). */
const all = (v: unknown, check: (item: unknown) => boolean) => {
	if (!Array.isArray(v)) return false;
	for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
	return true;
};
const strings = (v: unknown) => all(v, isString);
// Made once: a check made inside another would be a new function for each of 100,000 events.
const optionalString = optional(isString);
const optionalNonBlank = optional(nonBlank);
const optionalHttpUrl = optional(httpUrl);
const optionalImportance = optional((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);

const quote = (q: unknown) =>
	isObject(q) &&
	slug(q.source) &&
	offset(q.start) &&
	offset(q.end) &&
	isString(q.text) &&
	q.text.length > 0;

const entities = (e: unknown) =>
	isObject(e) && strings(e.people) && strings(e.places) && strings(e.organizations);
const optionalEntities = optional(entities);

const event = (e: unknown) =>
	isObject(e) &&
	// Left to the schema.
	e.media === undefined &&
	e.background === undefined &&
	e.timelinejs === undefined &&
	slug(e.id) &&
	nonBlank(e.title) &&
	optionalString(e.summary) &&
	isString(e.date) &&
	e.date.length > 0 &&
	isoDay(e.start) &&
	isoDay(e.end) &&
	precisions.has(e.precision) &&
	all(e.quotes, quote) &&
	optionalString(e.resolution) &&
	optionalEntities(e.entities) &&
	optionalHttpUrl(e.url) &&
	optionalNonBlank(e.group) &&
	optionalNonBlank(e.displayDate) &&
	optionalImportance(e.importance);

const source = (s: unknown) =>
	isObject(s) &&
	slug(s.id) &&
	isString(s.title) &&
	isString(s.publisher) &&
	isString(s.author) &&
	optionalHttpUrl(s.url) &&
	isoPublished(s.published) &&
	isString(s.text);

/**
 * Whether a value's structure is sound by the schema (`DatasetSchema`), known without it: true
 * only when it is; false when it is not, or when its structure uses what only the schema checks.
 *
 * @example
 * quickStructure(JSON.parse(text)) ? semantics only : DatasetSchema.safeParse(…)
 */
export function quickStructure(value: unknown): boolean {
	return (
		isObject(value) &&
		(value.version === 1 || value.version === 2) &&
		// Left to the schema.
		value.eras === undefined &&
		value.media === undefined &&
		value.background === undefined &&
		value.timelinejs === undefined &&
		slug(value.id) &&
		nonBlank(value.title) &&
		optionalString(value.description) &&
		all(value.sources, source) &&
		(value.sources as unknown[]).length > 0 &&
		all(value.events, event)
	);
}
