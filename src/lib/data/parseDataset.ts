/**
 * Dataset text → a valid dataset, or the reason it is refused. Used for the published datasets
 * at build time and for any dataset a reader points the page at (`?src=`), so both are held to
 * the same contract and a refused dataset is never half-rendered.
 */
import { DatasetError, validateDataset, type Dataset } from './schema';

/** A dataset as loaded: valid, or the reason it is refused (never half of it). */
export type Loaded =
	{ ok: true; file: string; dataset: Dataset } | { ok: false; file: string; error: string };

/**
 * Parses and validates dataset text, naming `file` in every message.
 *
 * @param expectedId when given, the dataset's id must equal it (a file is published under its id).
 * @example
 * const loaded = parseDataset(await response.text(), url);
 * if (!loaded.ok) showError(loaded.error);
 */
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
