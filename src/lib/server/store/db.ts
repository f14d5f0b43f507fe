/**
 * The one interface the store's SQL runs through, with an implementation per database
 * (`sqlite.ts`, `postgres.ts`). SQL is written once, with `?` placeholders, in the subset both
 * speak (`INSERT … ON CONFLICT … DO UPDATE … RETURNING`, `TEXT` and `INTEGER` columns, ISO 8601
 * timestamps as text, booleans as 0/1); the PostgreSQL side numbers the placeholders.
 */

/** A value bound to a placeholder. */
export type Param = string | number | null;

/** Queries, inside or outside a transaction. */
export interface Queries {
	/** Every row the query returns. */
	all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
	/** The first row, or `undefined`. */
	get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
	/** Runs a statement; returns how many rows it changed. */
	run(sql: string, params?: readonly Param[]): Promise<number>;
}

export interface Db extends Queries {
	readonly dialect: 'sqlite' | 'postgres';
	/** Where the data lives, for messages ("SQLite at var/dateline.sqlite"). */
	readonly description: string;
	/**
	 * Runs `fn` in one transaction: all of its writes are kept, or none (an error rolls back; a
	 * process killed before the commit leaves nothing behind). Reads outside the transaction never
	 * see its writes before the commit.
	 *
	 * @param exclusive also holds the database-wide lock that migrations take, so that servers
	 *   starting together migrate one at a time.
	 */
	transaction<T>(fn: (tx: Queries) => Promise<T>, options?: { exclusive?: boolean }): Promise<T>;
	close(): Promise<void>;
}

/**
 * `?` placeholders → PostgreSQL's `$1, $2, …`. The store's SQL has no `?` inside string literals
 * (values are always bound), so a plain scan is exact.
 *
 * @example
 * numberPlaceholders('SELECT * FROM users WHERE email = ? AND id = ?'); // '… email = $1 AND id = $2'
 */
export function numberPlaceholders(sql: string): string {
	let n = 0;
	return sql.replace(/\?/g, () => `$${++n}`);
}
