/**
 * The store's schema, as an ordered list of migrations that both databases run. Each is applied
 * once, in one transaction with its record in `dateline_migrations`; a server applies what is
 * missing when it starts, under a lock, so servers starting together do it once. Append new
 * migrations; never edit one that has shipped.
 */
import type { Db } from './db';

export interface Migration {
	version: number;
	name: string;
	statements: string[];
}

export const MIGRATIONS: Migration[] = [
	{
		version: 1,
		name: 'editors, their sessions and sign-in failures; timelines and their versions',
		statements: [
			`CREATE TABLE users (
				id TEXT PRIMARY KEY,
				email TEXT NOT NULL UNIQUE,
				password_hash TEXT NOT NULL,
				is_admin INTEGER NOT NULL DEFAULT 0,
				created_at TEXT NOT NULL
			)`,
			// The token itself is never stored: only its SHA-256, so the database cannot sign anyone in.
			`CREATE TABLE sessions (
				token_hash TEXT PRIMARY KEY,
				user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
				created_at TEXT NOT NULL,
				expires_at TEXT NOT NULL
			)`,
			`CREATE INDEX sessions_by_user ON sessions (user_id)`,
			// Wrong passwords by account and by address, shared by every app server.
			`CREATE TABLE sign_in_failures (
				key TEXT PRIMARY KEY,
				failures INTEGER NOT NULL,
				last_failure_at TEXT NOT NULL
			)`,
			// latest_version is what readers get, unless withdrawn_at is set.
			`CREATE TABLE timelines (
				id TEXT PRIMARY KEY,
				latest_version INTEGER NOT NULL,
				created_at TEXT NOT NULL,
				withdrawn_at TEXT,
				withdrawn_by TEXT
			)`,
			// A version is never changed once written: its dataset is served as it is, under its etag.
			`CREATE TABLE versions (
				timeline_id TEXT NOT NULL REFERENCES timelines (id),
				version INTEGER NOT NULL,
				dataset TEXT NOT NULL,
				etag TEXT NOT NULL,
				title TEXT NOT NULL,
				event_count INTEGER NOT NULL,
				published_at TEXT NOT NULL,
				published_by TEXT NOT NULL,
				origin TEXT NOT NULL,
				restored_from INTEGER,
				PRIMARY KEY (timeline_id, version)
			)`,
			`CREATE TABLE withdrawals (
				timeline_id TEXT NOT NULL REFERENCES timelines (id),
				version INTEGER NOT NULL,
				withdrawn_at TEXT NOT NULL,
				withdrawn_by TEXT NOT NULL
			)`,
			`CREATE INDEX withdrawals_by_timeline ON withdrawals (timeline_id)`
		]
	}
];

/**
 * Brings the database's schema up to date, or refuses a database migrated by a newer Dateline.
 *
 * @returns the versions it applied
 */
export async function migrate(db: Db, migrations = MIGRATIONS): Promise<number[]> {
	return db.transaction(
		async (tx) => {
			await tx.run(
				`CREATE TABLE IF NOT EXISTS dateline_migrations (
					version INTEGER PRIMARY KEY,
					name TEXT NOT NULL,
					applied_at TEXT NOT NULL
				)`
			);
			const rows = await tx.all<{ version: number }>('SELECT version FROM dateline_migrations');
			const applied = new Set(rows.map((row) => Number(row.version)));
			const known = Math.max(0, ...migrations.map((m) => m.version));
			const newest = Math.max(0, ...applied);
			if (newest > known) {
				throw new Error(
					`${db.description} was migrated by a newer Dateline (schema ${newest}; this one knows ${known})`
				);
			}
			const done: number[] = [];
			for (const migration of migrations) {
				if (applied.has(migration.version)) continue;
				for (const statement of migration.statements) await tx.run(statement);
				await tx.run(
					'INSERT INTO dateline_migrations (version, name, applied_at) VALUES (?, ?, ?)',
					[migration.version, migration.name, new Date().toISOString()]
				);
				done.push(migration.version);
			}
			return done;
		},
		{ exclusive: true }
	);
}
