/**
 * The datasets the site publishes: every `data/timelines/*.json`, read at build time.
 *
 * Files are read as text so that a syntax error is reported like any other problem, with the
 * file's name, instead of breaking the build. Server-only: the reader's page receives one
 * already-validated dataset, never this module, zod or the EDTF parser.
 */
import { DatasetError, validateDataset, type Dataset } from '$lib/data/schema';
import site from '../../../data/site.json';

const files = import.meta.glob<string>('/data/timelines/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** A dataset as loaded: valid, or the reason it is refused (never half of it). */
export type Loaded =
	{ ok: true; file: string; dataset: Dataset } | { ok: false; file: string; error: string };

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

/** Parses and validates dataset text; the id must match the file name it was published under. */
export function parseDataset(raw: string, file: string, expectedId?: string): Loaded {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch (error) {
		return { ok: false, file, error: `${file}: not valid JSON: ${(error as Error).message}` };
	}
	try {
		const dataset = validateDataset(value, file);
		if (expectedId !== undefined && dataset.id !== expectedId) {
			return {
				ok: false,
				file,
				error: `${file}: $.id: expected "${expectedId}" (the file's name), found "${dataset.id}"`
			};
		}
		return { ok: true, file, dataset };
	} catch (error) {
		if (error instanceof DatasetError) return { ok: false, file, error: error.message };
		throw error;
	}
}
