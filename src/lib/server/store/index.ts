/**
 * Where the store lives, from the environment, and opening it (migrated) for the server, the
 * `user` command and the benchmark alike.
 *
 * - `DATABASE_URL=postgres://…`: PostgreSQL, shared by any number of app servers;
 * - else `DATELINE_DB`: the SQLite file (default `var/dateline.sqlite`, made on first start).
 */
import { resolve } from 'node:path';
import type { Db } from './db';
import { migrate } from './migrations';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';
import { Store } from './store';

export { ConflictError, Store, serialise } from './store';
export type { Creator, TimelineState, User, VersionInfo, VersionOrigin, Withdrawal } from './store';

export const DEFAULT_SQLITE_PATH = 'var/dateline.sqlite';

export type StoreConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * Reads the store's location from the environment.
 *
 * @throws when DATABASE_URL is set but is not a PostgreSQL URL
 * @example
 * storeConfig({ DATABASE_URL: 'postgres://localhost/dateline' }); // { kind: 'postgres', url: … }
 * storeConfig({}); // { kind: 'sqlite', path: '<cwd>/var/dateline.sqlite' }
 */
export function storeConfig(env: Record<string, string | undefined> = process.env): StoreConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url)) {
			throw new Error(
				`DATABASE_URL must be a postgres:// URL (found "${url.split(':')[0]}:…"); leave it unset to use SQLite`
			);
		}
		return { kind: 'postgres', url };
	}
	return { kind: 'sqlite', path: resolve(env.DATELINE_DB?.trim() || DEFAULT_SQLITE_PATH) };
}

/** Opens the database and brings its schema up to date. */
export async function openStore(config: StoreConfig = storeConfig()): Promise<Store> {
	const db: Db = config.kind === 'postgres' ? openPostgres(config.url) : openSqlite(config.path);
	try {
		await migrate(db);
	} catch (error) {
		await db.close().catch(() => undefined);
		throw error;
	}
	return new Store(db);
}
