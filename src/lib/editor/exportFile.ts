/**
 * The draft as a file to download, in each export format: the dataset itself (JSON), a flat CSV,
 * TimelineJS's JSON and its Google Sheets template. An unconfirmed suggested date leaves saying
 * so, never as an instruction to the editor (`forExport`).
 */
import { datasetToCsv } from '$lib/data/csv';
import type { Dataset } from '$lib/data/schema';
import { toSheetsCsv } from '$lib/data/sheets';
import { toTimelineJs } from '$lib/data/timelinejs';
import { forExport } from './draft';

/** The export formats. */
export type ExportKind = 'json' | 'csv' | 'timelinejs' | 'sheets';

/** A file to download: its name, its text and its media type. */
export interface ExportedFile {
	name: string;
	text: string;
	type: string;
}

const json = (value: unknown) => JSON.stringify(value, null, '\t') + '\n';

/** The draft `dataset` as a file of format `kind`, named after the dataset's id. */
export function exportFile(dataset: Dataset, kind: ExportKind): ExportedFile {
	const out = forExport(dataset);
	switch (kind) {
		case 'json':
			return { name: `${out.id}.json`, text: json(out), type: 'application/json' };
		case 'csv':
			return { name: `${out.id}.csv`, text: datasetToCsv(out) + '\n', type: 'text/csv' };
		case 'timelinejs':
			return {
				name: `${out.id}.timelinejs.json`,
				text: json(toTimelineJs(out)),
				type: 'application/json'
			};
		case 'sheets':
			return { name: `${out.id}.sheet.csv`, text: toSheetsCsv(out) + '\n', type: 'text/csv' };
	}
}
