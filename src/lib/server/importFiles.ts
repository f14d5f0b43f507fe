/**
 * How the datasets of `data/timelines/` reach the server's store: each is imported when a server
 * starts, as a version published by its file, unless an editor has taken the timeline over.
 *
 * - A timeline the store does not have yet is published from its file (version 1): a fresh
 *   machine serves the seed at `/` with nothing to set up.
 * - A file that changed since it was imported (the extractor was rerun, `npm run regenerate`) is
 *   published as the next version, as long as the latest version is still the file's own.
 * - Once an editor has published or restored a version, or withdrawn the timeline, the file is
 *   left alone: a restart never clobbers what an editor did. The server says so in its log.
 */
import { serialise, ConflictError, type Store } from './store';
import type { Loaded } from './datasets';

export interface ImportOutcome {
	id: string;
	/** What happened to the file, in a few words for the server's log. */
	outcome: 'published' | 'updated' | 'unchanged' | 'kept-editor' | 'withdrawn' | 'refused';
	detail?: string;
}

/**
 * Imports every file's dataset (`files`: as `datasets.ts` loads them, validated).
 *
 * @param files map from dataset id to its loaded file
 */
export async function importFiles(
	store: Store,
	files: Map<string, Loaded>,
	now = new Date()
): Promise<ImportOutcome[]> {
	const outcomes: ImportOutcome[] = [];
	for (const [id, loaded] of files) {
		if (!loaded.ok) {
			outcomes.push({ id, outcome: 'refused', detail: loaded.error });
			continue;
		}
		const by = loaded.file;
		const current = await store.timeline(id);
		if (current) {
			if (current.withdrawn) {
				outcomes.push({ id, outcome: 'withdrawn', detail: `withdrawn by ${current.withdrawn.by}` });
				continue;
			}
			if (current.latest.origin !== 'file') {
				outcomes.push({
					id,
					outcome: 'kept-editor',
					detail: `version ${current.latest.version} by ${current.latest.publishedBy}`
				});
				continue;
			}
			if (current.latest.etag === serialise(loaded.dataset).etag) {
				outcomes.push({ id, outcome: 'unchanged' });
				continue;
			}
		}
		try {
			const version = await store.publish({
				dataset: loaded.dataset,
				by,
				base: current ? current.latest.version : null,
				origin: 'file',
				now
			});
			outcomes.push({
				id,
				outcome: current ? 'updated' : 'published',
				detail: `version ${version.version}`
			});
		} catch (error) {
			// Another server starting at the same moment imported it first: theirs stands.
			if (!(error instanceof ConflictError)) throw error;
			outcomes.push({ id, outcome: 'unchanged', detail: 'imported by another server' });
		}
	}
	return outcomes;
}

/** One line per file for the server's log. */
export function describeImports(outcomes: ImportOutcome[]): string[] {
	const said: Record<ImportOutcome['outcome'], string> = {
		published: 'published from its file',
		updated: 'updated from its changed file',
		unchanged: 'up to date',
		'kept-editor': 'kept as editors published it; its file was not imported',
		withdrawn: 'withdrawn by an editor; its file was not imported',
		refused: 'not imported: its file breaks the contract'
	};
	return outcomes.map(
		(o) => `data/timelines/${o.id}.json: ${said[o.outcome]}${o.detail ? ` (${o.detail})` : ''}`
	);
}
