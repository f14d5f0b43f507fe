/**
 * The databases the store's tests run against: a fresh SQLite file, and a fresh PostgreSQL schema
 * in the database at DATELINE_TEST_DATABASE_URL, or else in a throwaway cluster started for the
 * spec file from Debian's PostgreSQL (scripts/postgres.mjs). Under CI, PostgreSQL must be there:
 * the tests fail rather than skip it. Elsewhere without it, they say so and run on SQLite alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBin, startPostgres, stopPostgres } from '../../../../../scripts/postgres.mjs';
import { freePort } from '../../../../../scripts/processes';
import { openStore, type Store, type StoreConfig } from '../index';

export interface TestPostgres {
	url: string;
	/** Stops the cluster if this spec started it. */
	stop(): Promise<void>;
}

/**
 * PostgreSQL for this spec file, or `null` when it is not installed outside CI.
 *
 * @throws under CI (`CI` set) when PostgreSQL is unreachable or not installed
 */
export async function testPostgres(): Promise<TestPostgres | null> {
	const given = process.env.DATELINE_TEST_DATABASE_URL;
	if (given) {
		const client = new pg.Client({ connectionString: given, connectionTimeoutMillis: 5000 });
		try {
			await client.connect();
		} catch (error) {
			throw new Error(
				`DATELINE_TEST_DATABASE_URL (${given}) is unreachable: ${(error as Error).message}`
			);
		} finally {
			await client.end().catch(() => undefined);
		}
		return { url: given, stop: async () => {} };
	}
	if (!postgresBin()) {
		if (process.env.CI) {
			throw new Error(
				'PostgreSQL is required under CI: install it (scripts/setup.sh) or set DATELINE_TEST_DATABASE_URL'
			);
		}
		console.warn(
			'PostgreSQL is not installed here: the store tests run on SQLite only (scripts/setup.sh installs it)'
		);
		return null;
	}
	const port = await freePort();
	const url = startPostgres(port);
	return { url, stop: async () => stopPostgres(port) };
}

let schemas = 0;

/** A store config for an empty database of the given kind; `drop` removes it. */
export async function emptyDatabase(
	kind: 'sqlite' | 'postgres',
	postgres: TestPostgres | null
): Promise<{ config: StoreConfig; drop: () => Promise<void> }> {
	if (kind === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
		return {
			config: { kind: 'sqlite', path: join(dir, 'dateline.sqlite') },
			drop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	if (!postgres) throw new Error('no PostgreSQL for this test');
	const schema = `test_${process.pid}_${++schemas}_${Date.now().toString(36)}`;
	const admin = new pg.Client({ connectionString: postgres.url });
	await admin.connect();
	await admin.query(`CREATE SCHEMA ${schema}`);
	await admin.end();
	const url = new URL(postgres.url);
	url.searchParams.set('options', `-c search_path=${schema}`);
	return {
		config: { kind: 'postgres', url: url.href },
		drop: async () => {
			const client = new pg.Client({ connectionString: postgres.url });
			await client.connect();
			await client.query(`DROP SCHEMA ${schema} CASCADE`);
			await client.end();
		}
	};
}

/**
 * A store on an empty database of the given kind (SQLite by default), for a spec's `beforeEach`;
 * `close` closes it and deletes the database.
 *
 * @example
 * let fresh: Awaited<ReturnType<typeof emptyStore>>;
 * beforeEach(async () => (fresh = await emptyStore()));
 * afterEach(() => fresh.close());
 */
export async function emptyStore(
	kind: 'sqlite' | 'postgres' = 'sqlite',
	postgres: TestPostgres | null = null
): Promise<{ store: Store; config: StoreConfig; close: () => Promise<void> }> {
	const { config, drop } = await emptyDatabase(kind, postgres);
	const store = await openStore(config);
	return {
		store,
		config,
		close: async () => {
			await store.db.close();
			await drop();
		}
	};
}
