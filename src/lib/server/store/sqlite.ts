/**
 * The embedded database: one SQLite file (better-sqlite3), made on first open.
 *
 * better-sqlite3 is synchronous, which is what makes it fast, and the store's interface is
 * asynchronous because PostgreSQL's is. Two connections keep them honest together: writes and
 * transactions go through one, one transaction at a time (a queue), and reads outside a
 * transaction through the other, so a reader in between two steps of a publish can never see
 * its uncommitted rows. WAL mode lets the reading connection go on while the file is written.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Param, Queries } from './db';

type Statement = Database.Statement<unknown[]>;

function queries(connection: Database.Database): Queries {
	const statements = new Map<string, Statement>();
	const prepare = (sql: string) => {
		let statement = statements.get(sql);
		if (!statement) {
			statement = connection.prepare(sql);
			statements.set(sql, statement);
		}
		return statement;
	};
	return {
		async all<T>(sql: string, params: readonly Param[] = []) {
			return prepare(sql).all(...params) as T[];
		},
		async get<T>(sql: string, params: readonly Param[] = []) {
			return prepare(sql).get(...params) as T | undefined;
		},
		async run(sql: string, params: readonly Param[] = []) {
			return prepare(sql).run(...params).changes;
		}
	};
}

/**
 * Opens (creating it and its folder if needed) the SQLite file at `path`.
 *
 * @example
 * const db = openSqlite('var/dateline.sqlite');
 */
export function openSqlite(path: string): Db {
	mkdirSync(dirname(path), { recursive: true });
	const writer = new Database(path);
	// WAL: readers and the writer do not block each other. FULL: a committed publish survives a
	// power cut, not only a killed process; publishes are rare, reads never wait for the disk.
	writer.pragma('journal_mode = WAL');
	writer.pragma('synchronous = FULL');
	writer.pragma('foreign_keys = ON');
	// The user command may write while the server runs: wait for its lock rather than fail.
	writer.pragma('busy_timeout = 5000');
	const reader = new Database(path);
	reader.pragma('busy_timeout = 5000');
	const write = queries(writer);
	const read = queries(reader);

	// One transaction (or lone write) at a time on the writing connection.
	let queue: Promise<unknown> = Promise.resolve();
	function serially<T>(task: () => Promise<T>): Promise<T> {
		const result = queue.then(task, task);
		queue = result.catch(() => undefined);
		return result;
	}

	return {
		dialect: 'sqlite',
		description: `SQLite at ${path}`,
		all: read.all,
		get: read.get,
		run: (sql, params) => serially(() => write.run(sql, params)),
		transaction(fn) {
			return serially(async () => {
				// IMMEDIATE takes the write lock at once, so two processes never both read and then
				// both try to write (SQLite would refuse the second's commit).
				writer.exec('BEGIN IMMEDIATE');
				try {
					const result = await fn(write);
					writer.exec('COMMIT');
					return result;
				} catch (error) {
					if (writer.inTransaction) writer.exec('ROLLBACK');
					throw error;
				}
			});
		},
		async close() {
			await queue;
			reader.close();
			writer.close();
		}
	};
}
