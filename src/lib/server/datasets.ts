/**
 * The datasets the site publishes: every `data/timelines/*.json`, read at build time.
 *
 * Files are read as text so that a syntax error is reported like any other problem, with the
 * file's name, instead of breaking the build. Server-only: the reader's page receives one
 * already-validated dataset, never this module, zod or the EDTF parser.
 */
import { parseDataset, type Loaded } from '$lib/data/parseDataset';
import site from '../../../data/site.json';

const files = import.meta.glob<string>('/data/timelines/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

export type { Loaded };

/** Ids of every dataset file, from its name (`data/timelines/<id>.json`). */
export function datasetIds(): string[] {
	return Object.keys(files)
		.map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1'))
		.sort();
}

/** The dataset shown at the site's root. */
export const defaultDatasetId: string = site.defaultTimeline;

/** Loads and validates one dataset by id, or says why it cannot be shown. */
export function loadDataset(id: string): Loaded | undefined {
	const path = `/data/timelines/${id}.json`;
	const raw = files[path];
	if (raw === undefined) return undefined;
	const file = path.slice(1);
	return parseDataset(raw, file, id);
}
