/**
 * The contract as a published JSON Schema, version 1 or 2 (`/schema/timeline-v1.json`,
 * `/schema/timeline-v2.json`), derived from the zod schemas in `schema.ts`.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from './calendar';
import { PRECISIONS } from './partialDate';
import { DatasetSchema, EventSchema } from './schema';

/** The contract of version 1, for its published JSON Schema: version 2 without what it added. */
const DatasetSchemaV1 = DatasetSchema.omit({
	eras: true,
	media: true,
	background: true,
	timelinejs: true
})
	.extend({
		version: z.literal(1),
		events: z.array(
			EventSchema.omit({
				media: true,
				group: true,
				displayDate: true,
				background: true,
				timelinejs: true
			}).extend({ precision: z.enum(PRECISIONS.filter((p) => p !== 'minute')) })
		)
	})
	.describe('A Dateline timeline dataset, version 1.');

/**
 * The published JSON Schema (draft 2020-12) of a dataset of a version, derived from the zod
 * schema. The rules that relate fields (quotes equal their slices, dates agree with start/end,
 * unique ids) cannot be said in JSON Schema; they are listed in its description.
 */
export function datasetJsonSchema(baseUrl = '', version: 1 | 2 = 2): Record<string, unknown> {
	const schema = z.toJSONSchema(version === 1 ? DatasetSchemaV1 : DatasetSchema, {
		target: 'draft-2020-12',
		io: 'input'
	}) as Record<string, unknown>;
	const years =
		version === 1 ? 'years 1 to 9999' : `years ${FIRST_YEAR} to ${LAST_YEAR}, 0 being 1 BC`;
	return {
		...schema,
		$id: `${baseUrl}/schema/timeline-v${version}.json`,
		title: `Dateline timeline dataset, version ${version}`,
		description:
			'A Dateline timeline. Beyond this schema, a valid dataset also satisfies: ' +
			'every quote.text equals sources[quote.source].text.slice(quote.start, quote.end), with start < end ' +
			'and neither offset inside a surrogate pair; an event lists each quote once; ' +
			`every event.date${version === 2 ? ' and era.date' : ''} (EDTF) covers exactly the days start to end; ` +
			`every day and date-time is on the calendar (${years}, times to 23:59:59, zones within ±14:00); ` +
			'source ids and event ids are unique.' +
			(version === 2
				? ' A dataset that uses media, groups, eras, backgrounds, display dates, times of day or other years says "version": 2.'
				: '')
	};
}
