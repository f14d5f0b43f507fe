/**
 * The server's one store, opened (and migrated) once per process from the environment
 * (`DATABASE_URL` or `DATELINE_DB`, see `store/index.ts`). Server builds only: the static site
 * has no store.
 */
import { openStore, type Store } from './store';

let opening: Promise<Store> | undefined;

/** The store, opening it on first use. */
export function store(): Promise<Store> {
	opening ??= openStore().catch((error) => {
		opening = undefined;
		throw error;
	});
	return opening;
}

/** Closes the store if it was opened (adapter-node's `sveltekit:shutdown`). */
export async function closeStore(): Promise<void> {
	const open = opening;
	opening = undefined;
	if (open) await (await open).db.close();
}
